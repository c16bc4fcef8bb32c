import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { NotFoundError, SlugTakenError } from './errors';
import { iso, isUniqueViolation } from './internal';
import { recordRevision } from './revisions';
import { RECAP_COLUMNS, toRecapRow, type FrontMatterJson, type RecapRow, type RecapStatus } from './types';

type Db = Kysely<Database>;

export interface WorkingCopyInput {
  id: number;
  /** The version the editor started from. */
  baseVersion: number;
  /**
   * The version whose text this one was edited from, when it differs from
   * `baseVersion` ("Keep mine" overrides a newer version it never showed);
   * null for a text that replaces rather than continues (a restore). Only the
   * revision of that version may be coalesced into. Default: `baseVersion`.
   */
  startedFrom?: number | null;
  frontMatter: FrontMatterJson;
  body: string;
  slug?: string;
  actorId: number;
  now: Date;
}

export type WorkingCopyResult =
  /** `status` after the save: a scheduled recap may have been published meanwhile. */
  | { ok: true; version: number; status: RecapStatus }
  /** Someone saved first. `current` is what is stored; `attempted` is the refused text, for the editor to merge. */
  | { ok: false; conflict: { current: RecapRow; attempted: { frontMatter: FrontMatterJson; body: string; slug?: string } } };

/**
 * Saves new text into a recap's working copy (any status; status is
 * unchanged) with optimistic concurrency: succeeds only if the stored version
 * still equals `baseVersion`, then bumps it and records a (coalesced)
 * revision. The live text is never touched: nothing public changes, so the
 * catalog version stays (lib/sql/recap-live.ts makes a text live). Throws
 * NotFoundError / SlugTakenError. Editor actions only.
 */
export async function writeWorkingCopy(db: Db, input: WorkingCopyInput): Promise<WorkingCopyResult> {
  const frontMatter = JSON.stringify(input.frontMatter);
  try {
    return await db.transaction().execute(async (trx): Promise<WorkingCopyResult> => {
      // Check-and-update in one statement: the version predicate is the lock.
      const row = await trx
        .updateTable('recaps')
        .set((eb) => ({
          front_matter: frontMatter,
          body: input.body,
          ...(input.slug !== undefined ? { slug: input.slug } : {}),
          version: eb('version', '+', 1),
          updated_by: input.actorId,
          updated_at: iso(input.now),
        }))
        .where('id', '=', input.id)
        .where('version', '=', input.baseVersion)
        .returning(['id', 'version', 'status', 'live_version'])
        .executeTakeFirst();
      if (!row) {
        const current = await trx.selectFrom('recaps').select(RECAP_COLUMNS).where('id', '=', input.id).executeTakeFirst();
        if (!current) throw new NotFoundError('recap', input.id);
        const attempted = { frontMatter: input.frontMatter, body: input.body, ...(input.slug !== undefined ? { slug: input.slug } : {}) };
        return { ok: false, conflict: { current: toRecapRow(current), attempted } };
      }
      await recordWorkingRevision(
        trx,
        {
          recapId: row.id,
          version: row.version,
          continues: input.startedFrom === undefined ? input.baseVersion : input.startedFrom,
          authorId: input.actorId,
          frontMatter,
          body: input.body,
          now: input.now,
        },
        row.live_version,
      );
      return { ok: true, version: row.version, status: row.status };
    });
  } catch (err) {
    if (input.slug !== undefined && isUniqueViolation(err)) throw new SlugTakenError(input.slug);
    throw err;
  }
}

type RevisionText = Parameters<typeof recordRevision>[1];

/**
 * Records a working-copy save's revision (coalesced as usual), except that the
 * revision holding the live text (`liveVersion`) is never folded into a later
 * save: the history keeps, and marks, what visitors see. Internal to
 * lib/sql: call in the transaction that bumped the version.
 */
export async function recordWorkingRevision(trx: Db, revision: RevisionText, liveVersion: number | null): Promise<void> {
  if (liveVersion !== null && (await latestRevisionVersion(trx, revision.recapId)) === liveVersion) await insertRevision(trx, revision);
  else await recordRevision(trx, revision);
}

async function latestRevisionVersion(trx: Db, recapId: number): Promise<number | undefined> {
  const latest = await trx
    .selectFrom('revisions')
    .select('version')
    .where('recap_id', '=', recapId)
    .orderBy('version', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.version;
}

async function insertRevision(trx: Db, r: RevisionText): Promise<void> {
  const at = iso(r.now);
  await trx
    .insertInto('revisions')
    .values({ recap_id: r.recapId, version: r.version, author_id: r.authorId, front_matter: r.frontMatter, body: r.body, created_at: at, updated_at: at })
    .execute();
}

/**
 * Saves an old revision's text as a new version of the working copy (never
 * straight to the live text), through the same
 * `baseVersion` conflict check as writeWorkingCopy. Throws NotFoundError if the
 * revision doesn't belong to the recap. Editor actions only.
 */
export async function copyRevisionToWorking(
  db: Db,
  recapId: number,
  revisionId: number,
  baseVersion: number,
  actorId: number,
  now: Date,
): Promise<WorkingCopyResult> {
  const rev = await db.selectFrom('revisions').select(['front_matter', 'body']).where('id', '=', revisionId).where('recap_id', '=', recapId).executeTakeFirst();
  if (!rev) throw new NotFoundError('revision', revisionId);
  return writeWorkingCopy(db, {
    id: recapId,
    baseVersion,
    frontMatter: JSON.parse(rev.front_matter) as FrontMatterJson,
    body: rev.body,
    startedFrom: null,
    actorId,
    now,
  });
}
