import 'server-only';
import type { Kysely } from 'kysely';
import { getDb } from './connection';
import { databaseStatus, DatabaseUnavailableError } from './health';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';
import { bootstrapAdmin } from '@/lib/auth/bootstrap';
import { processState } from '@/lib/process-state';

/** The migration run, once per process whichever bundle asks first. */
const shared = () => processState('dbReady', (): { run?: Promise<void> } => ({}));

/**
 * The shared database, migrated and with the first admin created from
 * ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet. Every lib module
 * reaches the database through this, so the first request (or the build)
 * works on an empty database with no separate setup step.
 *
 * While the health probe (./health.ts) knows PostgreSQL is down, this throws
 * DatabaseUnavailableError at once rather than letting the caller wait for a
 * connection that will not come.
 */
export async function db(): Promise<Kysely<Database>> {
  if (databaseStatus() === 'down') throw new DatabaseUnavailableError();
  const handle = getDb();
  const state = shared();
  state.run ??= (async () => {
    await migrateToLatest(handle);
    await bootstrapAdmin(handle);
  })().catch((error) => {
    // Let the next request retry (the database may just be starting up).
    state.run = undefined;
    throw error;
  });
  await state.run;
  return handle;
}
