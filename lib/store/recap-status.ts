import 'server-only';
import type { Kysely, Updateable } from 'kysely';
import type { Database, RecapsTable, RecapStatus } from '@/lib/db/schema';
import { bumpCatalogVersion } from './catalog-version';
import { InvalidTransitionError, NotFoundError } from './errors';
import { iso } from './internal';
import { toRecap, type Recap } from './types';

type Db = Kysely<Database>;

// Status changes. Each is one conditional UPDATE (`... AND status IN (allowed)`)
// so a concurrent change can't slip between the check and the write.
// Status changes don't bump `version`: that counts text saves only. Those that
// may change the public site bump the catalog version in the same transaction.

async function transition(
  db: Db,
  id: number,
  action: string,
  from: RecapStatus[],
  set: Updateable<RecapsTable>,
  changesPublicSet: boolean,
): Promise<Recap> {
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('recaps')
      .set(set)
      .where('id', '=', id)
      .where('status', 'in', from)
      .returningAll()
      .executeTakeFirst();
    if (updated && changesPublicSet) await bumpCatalogVersion(trx);
    return updated;
  });
  if (row) return toRecap(row);
  throw await whyNot(db, id, action);
}

async function whyNot(db: Db, id: number, action: string): Promise<Error> {
  const current = await db.selectFrom('recaps').select('status').where('id', '=', id).executeTakeFirst();
  return current ? new InvalidTransitionError(action, current.status) : new NotFoundError('recap', id);
}

/** draft|scheduled → published now. Editor actions only. */
export function publish(db: Db, id: number, actorId: number, now: Date): Promise<Recap> {
  const at = iso(now);
  return transition(db, id, 'publish', ['draft', 'scheduled'], {
    status: 'published', published_at: at, scheduled_at: null, updated_by: actorId, updated_at: at,
  }, true);
}

/** draft|scheduled → scheduled for `at` (must be in the future). Editor actions only. */
export async function schedule(db: Db, id: number, at: Date, actorId: number, now: Date): Promise<Recap> {
  if (at.getTime() <= now.getTime()) {
    const current = await db.selectFrom('recaps').select('status').where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('recap', id);
    throw new InvalidTransitionError('schedule', current.status, 'the time must be in the future');
  }
  return transition(db, id, 'schedule', ['draft', 'scheduled'], {
    status: 'scheduled', scheduled_at: iso(at), updated_by: actorId, updated_at: iso(now),
  }, false);
}

/**
 * published|scheduled → draft; clears published_at and scheduled_at. Editor
 * actions only. Bumps the catalog version even when the recap was only
 * scheduled: the UPDATE does not tell which it was, and a spare bump costs one
 * re-read while a missing one would leave a recap on the site.
 */
export function unpublish(db: Db, id: number, actorId?: number, now: Date = new Date()): Promise<Recap> {
  return transition(db, id, 'unpublish', ['published', 'scheduled'], {
    status: 'draft', published_at: null, scheduled_at: null, updated_at: iso(now),
    ...(actorId !== undefined ? { updated_by: actorId } : {}),
  }, true);
}

/**
 * Deletes a recap that is a draft (revisions and preview links cascade); a
 * draft is not public, so the catalog version stays. Editor actions only.
 */
export async function deleteDraft(db: Db, id: number): Promise<void> {
  const result = await db.deleteFrom('recaps').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  if (result.numDeletedRows > 0n) return;
  throw await whyNot(db, id, 'delete');
}

/**
 * Publishes every scheduled recap that is due and returns the ones THIS call
 * published. A single UPDATE … RETURNING: with several app instances ticking
 * at once, PostgreSQL re-checks `status = 'scheduled'` after waiting on the
 * row lock and SQLite serialises writers, so each recap is returned once.
 * The scheduler tick only.
 */
export async function publishDue(db: Db, now: Date): Promise<Recap[]> {
  const at = iso(now);
  const rows = await db.transaction().execute(async (trx) => {
    const published = await trx
      .updateTable('recaps')
      .set({ status: 'published', published_at: at, scheduled_at: null, updated_at: at })
      .where('status', '=', 'scheduled')
      .where('scheduled_at', '<=', at)
      .returningAll()
      .execute();
    if (published.length) await bumpCatalogVersion(trx);
    return published;
  });
  return rows.map(toRecap);
}
