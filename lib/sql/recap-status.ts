import 'server-only';
import type { Kysely, Updateable } from 'kysely';
import type { Database, RecapsTable, RecapStatus } from '@/lib/db/schema';
import { bumpCatalogVersion } from './catalog-version';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from './errors';
import { iso } from './internal';
import { RECAP_COLUMNS, toRecapRow, type RecapRow } from './types';

type Db = Kysely<Database>;

// Status changes. Each is one conditional UPDATE (`... AND status IN (allowed)`)
// so a concurrent change can't slip between the check and the write.
// Status changes don't bump `version`: that counts text saves only. Those that
// may change the public site bump the catalog version in the same transaction.

async function transition(db: Db, id: number, action: string, from: RecapStatus[], set: Updateable<RecapsTable>, changesPublicSet: boolean): Promise<RecapRow> {
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('recaps').set(set).where('id', '=', id).where('status', 'in', from).returning(RECAP_COLUMNS).executeTakeFirst();
    if (updated && changesPublicSet) await bumpCatalogVersion(trx);
    return updated;
  });
  if (row) return toRecapRow(row);
  throw await whyNot(db, id, action);
}

async function whyNot(db: Db, id: number, action: string): Promise<Error> {
  const current = await db.selectFrom('recaps').select('status').where('id', '=', id).executeTakeFirst();
  return current ? new InvalidTransitionError(action, current.status) : new NotFoundError('recap', id);
}

/**
 * draft|scheduled → published now, with the working copy at `version` (the
 * text the publish gate passed) as the live text. Throws StaleVersionError if
 * the working copy moved on meanwhile. lib/recaps/mutations.ts only, after
 * the publish gate.
 */
export async function markPublished(db: Db, id: number, version: number, actorId: number, now: Date): Promise<RecapRow> {
  const at = iso(now);
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('recaps')
      .set((eb) => ({
        ...goLive(eb, at),
        updated_by: actorId,
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('status', 'in', ['draft', 'scheduled'])
      .where('version', '=', version)
      .returning(RECAP_COLUMNS)
      .executeTakeFirst();
    if (updated) await bumpCatalogVersion(trx);
    return updated;
  });
  if (row) return toRecapRow(row);
  const current = await db.selectFrom('recaps').select(['status', 'version']).where('id', '=', id).executeTakeFirst();
  if (current && current.status !== 'published' && current.version !== version) throw new StaleVersionError(id, version, current.version);
  throw await whyNot(db, id, 'publish');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function goLive(eb: any, at: string) {
  return {
    status: 'published' as const,
    published_at: at,
    scheduled_at: null,
    live_front_matter: eb.ref('front_matter'),
    live_body: eb.ref('body'),
    live_version: eb.ref('version'),
    live_updated_at: at,
    live_problem: null,
    publish_problem: null,
    publish_checked_version: null,
  };
}

/**
 * draft|scheduled → scheduled for `at` (must be in the future); a problem the
 * scheduler recorded is cleared, so the new schedule is checked afresh.
 * Editor actions only.
 */
export async function markScheduled(db: Db, id: number, at: Date, actorId: number, now: Date): Promise<RecapRow> {
  if (at.getTime() <= now.getTime()) {
    const current = await db.selectFrom('recaps').select('status').where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('recap', id);
    throw new InvalidTransitionError('schedule', current.status, 'the time must be in the future');
  }
  return transition(
    db,
    id,
    'schedule',
    ['draft', 'scheduled'],
    {
      status: 'scheduled',
      scheduled_at: iso(at),
      updated_by: actorId,
      updated_at: iso(now),
      publish_problem: null,
      publish_checked_version: null,
    },
    false,
  );
}

/**
 * published|scheduled → draft; clears published_at, scheduled_at and the live
 * text (the working copy stays). Editor actions only. Bumps the catalog
 * version even when the recap was only scheduled: the UPDATE does not tell
 * which it was, and a spare bump costs one re-read while a missing one would
 * leave a recap on the site.
 */
export function markUnpublished(db: Db, id: number, actorId?: number, now: Date = new Date()): Promise<RecapRow> {
  return transition(
    db,
    id,
    'unpublish',
    ['published', 'scheduled'],
    {
      status: 'draft',
      published_at: null,
      scheduled_at: null,
      updated_at: iso(now),
      live_front_matter: null,
      live_body: null,
      live_version: null,
      live_updated_at: null,
      live_snapshot: null,
      live_snapshot_version: null,
      live_problem: null,
      publish_problem: null,
      publish_checked_version: null,
      ...(actorId !== undefined ? { updated_by: actorId } : {}),
    },
    true,
  );
}

/**
 * Deletes a recap that is a draft (revisions and preview links cascade); a
 * draft is not public, so the catalog version stays. Editor actions only.
 */
export async function deleteDraftRow(db: Db, id: number): Promise<void> {
  const result = await db.deleteFrom('recaps').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  if (result.numDeletedRows > 0n) return;
  throw await whyNot(db, id, 'delete');
}

/**
 * Scheduled recaps that are due and whose current text the scheduler has not
 * refused yet (a refused one is looked at again once its text changes, or
 * when it is scheduled anew), oldest schedule first. The scheduler tick only.
 */
export async function listDueScheduled(db: Db, now: Date, limit = 100): Promise<RecapRow[]> {
  const rows = await db
    .selectFrom('recaps')
    .select(RECAP_COLUMNS)
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', iso(now))
    .where((eb) => eb.or([eb('publish_checked_version', 'is', null), eb('publish_checked_version', '<>', eb.ref('version'))]))
    .orderBy('scheduled_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toRecapRow);
}

/**
 * Publishes one due scheduled recap with its working copy at `version` (the
 * text the gate passed) as the live text. Returns it, or null when another
 * instance published it first, it was unscheduled, or its text changed since
 * the check: with several instances ticking, PostgreSQL re-checks the WHERE
 * after waiting on the row lock and SQLite serialises writers, so exactly one
 * call returns each recap. The scheduler tick only.
 */
export async function markScheduledPublished(db: Db, id: number, version: number, now: Date): Promise<RecapRow | null> {
  const at = iso(now);
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('recaps')
      .set((eb) => ({ ...goLive(eb, at), updated_at: at }))
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .where('scheduled_at', '<=', at)
      .where('version', '=', version)
      .returning(RECAP_COLUMNS)
      .executeTakeFirst();
    if (updated) await bumpCatalogVersion(trx);
    return updated;
  });
  return row ? toRecapRow(row) : null;
}

/**
 * Records why the scheduler refused a due recap's text at `version`; the
 * recap stays scheduled. Returns whether the problem is new (to log it once).
 * The scheduler tick only.
 */
export async function markScheduleRefused(db: Db, id: number, version: number, problem: string): Promise<boolean> {
  const result = await db
    .updateTable('recaps')
    .set({ publish_problem: problem, publish_checked_version: version })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('version', '=', version)
    .where((eb) => eb.or([eb('publish_checked_version', 'is', null), eb('publish_checked_version', '<>', version)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
