import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapAdmin } from '@/lib/auth/bootstrap';
import { closeDb, getDb } from '@/lib/db/connection';
import { migrateToLatest } from '@/lib/db/migrate';
import { env } from '@/lib/env';
import { draftImageStore, draftWriter } from '@/lib/import/drafts';
import type { PostReport } from '@/lib/import/report';
import type { ImageStore } from '@/lib/import/images';
import { loadImportRegistry } from '@/lib/import/registry-load';
import type { RecurringSpeaker } from '@/lib/import/registry-match';
import { isExport } from '@/lib/restore/open-export';
import { fileWriter, folderImageStore, runImport, type PostWriter } from '@/lib/import/run';
import { selectKnownAffiliations } from '@/lib/sql/imports';
import { getUserByEmail, listUsers } from '@/lib/sql/users';
import type { User } from '@/lib/sql/types';

// The command behind scripts/import.ts (which must load first, see there).

const USAGE = `Usage: npm run import -- <path> [options]
  <path>               a Hugo site (config.toml/hugo.toml/yaml), a Jekyll or Markdown folder, or one .md file;
                       an export of a portal (a folder or .zip holding export.json) is restored instead
  --dry-run            write nothing; print every post's report as JSON
  --out <dir>          write MDX files there (git-managed recaps) instead of database drafts
  --report <file>      also write the reports as JSON to this file
  --community <name>   the community (default: the site's title)
  --city <city>        the city of posts that name none (each is flagged)
  --author <name>      the author of posts that name none (default: the site's author)
  --as <email>         the organizer or admin the drafts are created by (default: ADMIN_EMAIL, else the first admin)
  --site <identity>    which site this is, for matching a re-import to its drafts (default: the config's baseURL,
                       else its title, else the folder's name)`;

export async function main(argv: string[]): Promise<number> {
  // An export of a portal (it holds export.json) is restored, not imported: scripts/restore-cli.ts.
  if (argv.some((a) => !a.startsWith('-') && isExport(a))) return (await import('./restore-cli')).restoreMain(argv);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        report: { type: 'string' },
        community: { type: 'string' },
        city: { type: 'string' },
        author: { type: 'string' },
        as: { type: 'string' },
        site: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const input = positionals[0];
  if (!fs.existsSync(input)) {
    console.error(`${input}: no such file or folder`);
    return 2;
  }
  const options: Parameters<typeof runImport>[1] = {
    community: values.community,
    city: values.city,
    author: values.author,
    site: values.site,
    timeZone: env.siteTimeZone,
    // The gate renders each post too, as content:check does (in the import workers).
    render: true,
  };
  let write: PostWriter | undefined;
  let imageStore: ImageStore | undefined;
  let done = async () => {};
  let database: ReturnType<typeof getDb> | undefined;
  if (values['dry-run']) write = undefined;
  else if (values.out) {
    write = fileWriter(path.resolve(values.out));
    imageStore = folderImageStore(path.resolve(values.out));
  } else {
    const db = getDb();
    database = db;
    // As the server does on its first request: an empty database gets its first admin from ADMIN_EMAIL/ADMIN_PASSWORD.
    await migrateToLatest(db);
    await bootstrapAdmin(db);
    done = () => closeDb();
    const user = await importingUser(values.as);
    if (!user) {
      await done();
      console.error(values.as ? `${values.as}: no active organizer or admin with this email` : 'No active admin to create the drafts: pass --as <email>.');
      return 2;
    }
    write = draftWriter(db, user);
    imageStore = draftImageStore(db, user);
    // Organisations the portal's talks already name: "DaoCloud 架构师" splits into affiliation and role.
    options.knownAffiliations = await selectKnownAffiliations(db);
  }
  try {
    // The speaker registry: content/speakers.yml as it is now, and (importing into the database) the people made in the admin.
    const { registry, problems } = await loadImportRegistry({ db: database, contentDir: env.contentDir });
    for (const problem of problems) console.error(`registry ${problem} (the file is left out of the speaker matching)`);
    const { reports, site, people } = await runImport(input, { ...options, imageStore, registry }, write);
    for (const skipped of site.skipped) console.error(`skipped  ${skipped.file}: ${skipped.reason}`);
    for (const person of people) console.error(recurringLine(person));
    if (values['dry-run']) console.log(JSON.stringify(reports, null, 2));
    else for (const report of reports) console.log(summary(report));
    if (values.report) fs.writeFileSync(values.report, `${JSON.stringify(reports, null, 2)}\n`);
    const bad = reports.filter((r) => r.outcome === 'failed' || r.outcome === 'conflict').length;
    console.error(`${reports.length} posts: ${countBy(reports)}${bad ? `; ${bad} need attention (see above)` : ''}`);
    return bad ? 1 : 0;
  } finally {
    await done();
  }
}

async function importingUser(email: string | undefined): Promise<User | null> {
  const db = getDb();
  const wanted = email ?? env.adminEmail;
  if (wanted) {
    const user = await getUserByEmail(db, wanted);
    return user?.active ? user : null;
  }
  return (await listUsers(db)).find((u) => u.active && u.role === 'admin') ?? null;
}

function summary(r: PostReport): string {
  const head = `${r.outcome.padEnd(9)} ${r.slug.padEnd(32)} ${r.file}`;
  const tail = `${r.talks.length} talks, ${r.review.length} to review`;
  return [`${head}  (${tail})`, ...r.problems.map((p) => `          ${p}`)].join('\n');
}

function recurringLine(person: RecurringSpeaker): string {
  const who = person.slug ? `${person.names.join(' / ')} (${person.slug})` : `${person.names.join(' / ')} (not in the speaker registry)`;
  return `speaker  ${who}: ${person.talks.length} talks, ${person.talks.map((t) => `${t.file}:${t.line}`).join(', ')}`;
}

function countBy(reports: PostReport[]): string {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
