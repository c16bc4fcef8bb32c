import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

type Db = Kysely<Database>;

// The catalog version is one number that moves whenever what the public site
// shows from the database may have changed: a recap published (now or by the
// scheduler), unpublished, or a published recap's live text updated. Saving,
// restoring or discarding a working copy changes nothing public and leaves it.
// Invariant: every such write bumps it in its own transaction, after the
// recaps UPDATE (so locks are always taken recaps first, catalog second).
// Drafts, working copies and schedules don't move it: nothing public changes.
// Every write to the public read model moves it too (lib/sql/read-model-write.ts),
// git-managed recaps loaded at start included.

/** The current catalog version. Public reads may call it (one primary-key read). */
export async function getCatalogVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('catalog_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Internal to lib/sql: call inside the transaction that changed the public set. */
export async function bumpCatalogVersion(trx: Db): Promise<void> {
  await trx
    .updateTable('catalog_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}
