import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapAdmin } from '@/lib/auth/bootstrap';
import { closeDb, getDb } from '@/lib/db/connection';
import { migrateToLatest } from '@/lib/db/migrate';
import { env } from '@/lib/env';
import { inProcessCompile } from '@/lib/import/gate';
import { checkRender } from '@/lib/mdx/check-render';
import { openExport } from '@/lib/restore/open-export';
import { restoreExport, type RestoreReport } from '@/lib/restore/restore';
import { getUserByEmail, listUsers } from '@/lib/sql/users';

// `npm run import -- <export>`: an export folder or zip (it holds export.json)
// is restored rather than imported (scripts/import-cli.ts hands it here).

const USAGE = `Usage: npm run import -- <export folder or .zip> [--dry-run] [--as <email>]
  restores everything an export holds (npm run export) into this portal's database
  --dry-run      check everything and print what would be restored; write nothing
  --as <email>   the admin the restored recaps are created by (default: ADMIN_EMAIL, else the first admin)`;

export async function restoreMain(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, as: { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const opened = openExport(positionals[0]);
  if (!opened.ok) {
    console.error(`restore: ${opened.error}`);
    return 2;
  }
  const db = getDb();
  try {
    await migrateToLatest(db);
    await bootstrapAdmin(db);
    const wanted = values.as ?? env.adminEmail;
    const user = wanted ? await getUserByEmail(db, wanted) : ((await listUsers(db)).find((u) => u.active && u.role === 'admin') ?? null);
    if (!user?.active || user.role !== 'admin') {
      console.error(wanted ? `restore: ${wanted} is not an active admin` : 'restore: no active admin to restore as: pass --as <email>');
      return 2;
    }
    const report = await restoreExport(db, user, opened.dir, opened.manifest, {
      contentDir: env.contentDir,
      publicDir: path.resolve('public'),
      dryRun: values['dry-run'],
      gate: { render: checkRender, compile: inProcessCompile },
    });
    print(report, Boolean(values['dry-run']));
    return report.ok ? 0 : 1;
  } finally {
    opened.cleanup();
    await closeDb().catch(() => undefined);
  }
}

function print(report: RestoreReport, dryRun: boolean): void {
  const verb = report.written ? 'restored' : 'would restore';
  if (report.ok)
    for (const r of report.recaps)
      console.log(`${verb.padEnd(13)} ${r.status.padEnd(9)} ${r.slug}${r.from === 'file' ? '  (a git-managed file on the source site)' : ''}`);
  for (const line of report.conflicts) console.error(`conflict  ${line}`);
  for (const line of report.problems) console.error(`refused   ${line}`);
  for (const line of report.notes) console.error(`note      ${line}`);
  const counts = `${report.recaps.length} recap(s), ${report.people} person(s), ${report.images} image(s), ${report.calendar} calendar identit(ies)`;
  if (report.written) console.error(`restore: ${counts} restored`);
  else if (report.ok && dryRun) console.error(`restore (dry run): ${counts} would be restored; nothing was written`);
  else
    console.error(
      `restore: nothing was written: ${report.problems.length} problem(s), ${report.conflicts.length} conflict(s)` +
        (report.conflicts.length ? ' (restore into an empty portal, or delete those recaps and people first)' : ' (fix the files named above and run again)'),
    );
}
