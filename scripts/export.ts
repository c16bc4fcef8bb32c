/**
 * `npm run export -- <dir> [--force]`: writes every recap (files and the
 * database's drafts, scheduled and published recaps), the speaker registry
 * and every image to `<dir>` as plain files (lib/export/export-site.ts;
 * README "Exporting everything"). Reads CONTENT_DIR and the database of
 * DATABASE_URL / SQLITE_PATH, like the app. Refuses a folder that is not
 * empty unless --force (files of the same name are then overwritten).
 */
import path from 'node:path';
import { closeDb, getDb } from '@/lib/db/connection';
import { env } from '@/lib/env';
import { exportSite } from '@/lib/export/export-site';
import { folderSink, isEmptyDir } from '@/lib/export/sink';

async function main(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--force');
  if (dirs.length !== 1 || unknown.length) {
    console.error('usage: npm run export -- <dir> [--force]');
    return 2;
  }
  const dir = path.resolve(dirs[0]);
  if (!force && !isEmptyDir(dir)) {
    console.error(`export: ${dir} is not empty; choose an empty folder or add --force to write over it`);
    return 1;
  }
  const shown = (name: string) => path.join(dirs[0], name);
  try {
    const summary = await exportSite(
      folderSink(dir, (name) => console.log(`  wrote ${shown(name)}`)),
      { db: getDb(), contentDir: env.contentDir, publicDir: path.resolve('public') },
    );
    console.log(
      `export: ${summary.recaps} public recap(s), ${summary.drafts} draft(s), ${summary.people} person(s), ` +
        `${summary.media} uploaded image(s) and ${summary.publicFiles} file(s) of public/ written to ${dir}`,
    );
    for (const src of summary.missing) console.warn(`export: a recap names ${src}, which neither the media store nor public/ holds`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`export failed: ${reason}${/no such table|does not exist/.test(reason) ? ' (run npm run db:migrate first)' : ''}`);
    return 1;
  } finally {
    await closeDb().catch(() => undefined);
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
