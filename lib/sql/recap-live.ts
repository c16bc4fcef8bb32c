import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { bumpCatalogVersion } from './catalog-version';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from './errors';
import { iso } from './internal';
import { recordWorkingRevision, type WorkingCopyResult } from './recap-save';
import { RECAP_COLUMNS, toRecapRow, type RecapRow } from './types';

type Db = Kysely<Database>;

// The live text of a published recap changes only here (and in publish,
// lib/sql/recap-status.ts), each time from the working copy at a version
// the caller has checked: the `version = ?` predicate makes sure what goes
// live is exactly the text the publish gate passed.

/**
 * Makes the working copy at `baseVersion` the live text of a published recap,
 * clearing any live problem, and bumps the catalog version. Throws
 * StaleVersionError when the working copy moved on (someone saved since the
 * gate ran), InvalidTransitionError when the recap is not published,
 * NotFoundError. lib/recaps/mutations.ts only, after the publish gate.
 */
export async function copyWorkingToLive(db: Db, input: { id: number; baseVersion: number; now: Date; republish?: boolean }): Promise<RecapRow> {
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('recaps')
      .set((eb) => ({
        live_front_matter: eb.ref('front_matter'),
        live_body: eb.ref('body'),
        live_version: eb.ref('version'),
        live_updated_at: iso(input.now),
        live_problem: null,
        // The recap written over its announcement is published from now on (lib/recaps/publication-date.ts).
        ...(input.republish ? { published_at: iso(input.now) } : {}),
      }))
      .where('id', '=', input.id)
      .where('status', '=', 'published')
      .where('version', '=', input.baseVersion)
      .returning(RECAP_COLUMNS)
      .executeTakeFirst();
    if (updated) await bumpCatalogVersion(trx);
    return updated;
  });
  if (row) return toRecapRow(row);
  throw await whyNotLive(db, input.id, 'update the live page of', input.baseVersion);
}

/**
 * Puts the live text back into the working copy of a published recap, as a
 * new version with its own revision (so the discarded text stays in the
 * history), with writeWorkingCopy's `baseVersion` conflict check. Nothing public
 * changes. Throws InvalidTransitionError when the recap is not published,
 * NotFoundError. Editor actions only.
 */
export async function copyLiveToWorking(db: Db, input: { id: number; baseVersion: number; actorId: number; now: Date }): Promise<WorkingCopyResult> {
  return db.transaction().execute(async (trx): Promise<WorkingCopyResult> => {
    const row = await trx
      .updateTable('recaps')
      .set((eb) => ({
        front_matter: eb.fn.coalesce('live_front_matter', 'front_matter'),
        body: eb.fn.coalesce('live_body', 'body'),
        version: eb('version', '+', 1),
        updated_by: input.actorId,
        updated_at: iso(input.now),
      }))
      .where('id', '=', input.id)
      .where('status', '=', 'published')
      .where('live_body', 'is not', null)
      .where('version', '=', input.baseVersion)
      .returning(['id', 'version', 'status', 'front_matter', 'body', 'live_version'])
      .executeTakeFirst();
    if (!row) {
      const current = await trx.selectFrom('recaps').select(RECAP_COLUMNS).where('id', '=', input.id).executeTakeFirst();
      if (!current) throw new NotFoundError('recap', input.id);
      if (current.status !== 'published' || current.live_body === null) throw new InvalidTransitionError('discard the changes of', current.status);
      const recap = toRecapRow(current);
      return { ok: false, conflict: { current: recap, attempted: { frontMatter: recap.live!.frontMatter, body: recap.live!.body } } };
    }
    // Discarding replaces the text rather than continuing it: never folded into the revision before.
    await recordWorkingRevision(
      trx,
      { recapId: row.id, version: row.version, continues: null, authorId: input.actorId, frontMatter: row.front_matter, body: row.body, now: input.now },
      row.live_version,
    );
    return { ok: true, version: row.version, status: row.status };
  });
}

/**
 * Records (or clears, with null) why the live text at `liveVersion` no longer
 * validates. Writes only when it changes and only for that live version, so
 * racing instances and a concurrent update cannot flag the wrong text.
 * lib/recaps/db-recaps.ts only.
 */
export async function setLiveProblem(db: Db, id: number, liveVersion: number, problem: string | null): Promise<void> {
  let q = db.updateTable('recaps').set({ live_problem: problem }).where('id', '=', id).where('live_version', '=', liveVersion);
  q = problem === null ? q.where('live_problem', 'is not', null) : q.where((eb) => eb.or([eb('live_problem', 'is', null), eb('live_problem', '<>', problem)]));
  await q.execute();
}

/** Keeps `json` (a compiled public recap) as the last good live text at `liveVersion`. lib/recaps/db-recaps.ts only. */
export async function saveLiveSnapshot(db: Db, id: number, liveVersion: number, json: string): Promise<void> {
  await db
    .updateTable('recaps')
    .set({ live_snapshot: json, live_snapshot_version: liveVersion })
    .where('id', '=', id)
    .where('live_version', '=', liveVersion)
    .execute();
}

/** The last good live text kept by saveLiveSnapshot, or null. lib/recaps/db-recaps.ts only. */
export async function getLiveSnapshot(db: Db, id: number): Promise<{ json: string; version: number } | null> {
  const row = await db.selectFrom('recaps').select(['live_snapshot', 'live_snapshot_version']).where('id', '=', id).executeTakeFirst();
  return row?.live_snapshot && row.live_snapshot_version !== null ? { json: row.live_snapshot, version: row.live_snapshot_version } : null;
}

async function whyNotLive(db: Db, id: number, action: string, baseVersion: number): Promise<Error> {
  const current = await db.selectFrom('recaps').select(['status', 'version']).where('id', '=', id).executeTakeFirst();
  if (!current) return new NotFoundError('recap', id);
  if (current.status !== 'published') return new InvalidTransitionError(action, current.status);
  return new StaleVersionError(id, baseVersion, current.version);
}
