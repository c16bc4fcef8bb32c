// Applies pending database migrations: `npm run db:migrate`.
// Target comes from DATABASE_URL (postgres://…) or SQLITE_PATH (default ./data/portal.db).
import { closeDb, getDb, optionsFromEnv } from '@/lib/db/connection';
import { migrateToLatest } from '@/lib/db/migrate';

async function main(): Promise<number> {
  const options = optionsFromEnv();
  const target = options.dialect === 'postgres' ? redact(options.connectionString) : `SQLite ${options.path}`;
  console.log(`Migrating ${target} …`);
  try {
    const applied = await migrateToLatest(getDb());
    if (applied.length === 0) console.log('Already up to date.');
    for (const name of applied) console.log(`  applied ${name}`);
    return 0;
  } catch (err) {
    console.error(`Migration failed; no changes were kept. ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await closeDb().catch(() => undefined);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

main().then((code) => process.exit(code));
