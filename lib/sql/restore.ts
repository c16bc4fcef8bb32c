import type { Kysely } from 'kysely';
import type { Database, RecapStatus } from '@/lib/db/schema';
import { bumpCatalogVersion } from './catalog-version';
import type { ExportedCalendarRow } from './export-reads';
import type { FrontMatterJson } from './types';

// Writes of a restore (lib/restore): an export's recaps and calendar
// identities put back as they were, into a database that holds none of
// them (the restore refuses up front otherwise, with the slugs it found).
// No server-only: `npm run import` runs these under plain tsx.

type Db = Kysely<Database>;

/** Of `slugs`, those a recap of this database already has. The restore's conflict check only. */
export async function selectTakenRecapSlugs(db: Db, slugs: string[]): Promise<string[]> {
  const taken: string[] = [];
  for (let i = 0; i < slugs.length; i += 400) {
    const rows = await db
      .selectFrom('recaps')
      .select('slug')
      .where('slug', 'in', slugs.slice(i, i + 400))
      .execute();
    taken.push(...rows.map((r) => r.slug));
  }
  return taken.sort();
}

/** Of `slugs`, those the speaker registry already has (file or database). The restore's conflict check only. */
export async function selectTakenPersonSlugs(db: Db, slugs: string[]): Promise<string[]> {
  const taken: string[] = [];
  for (let i = 0; i < slugs.length; i += 400) {
    const rows = await db
      .selectFrom('speakers')
      .select('slug')
      .where('slug', 'in', slugs.slice(i, i + 400))
      .execute();
    taken.push(...rows.map((r) => r.slug));
  }
  return taken.sort();
}

/** Of `keys`, the events that already have a calendar identity here. The restore's conflict check only. */
export async function selectTakenCalendarKeys(db: Db, keys: string[]): Promise<string[]> {
  const taken: string[] = [];
  for (let i = 0; i < keys.length; i += 400) {
    const rows = await db
      .selectFrom('event_calendar')
      .select('event_key')
      .where('event_key', 'in', keys.slice(i, i + 400))
      .execute();
    taken.push(...rows.map((r) => r.event_key));
  }
  return taken.sort();
}

/** A text of a restored recap: the working copy or the live text, at its version. */
export interface RestoredText {
  frontMatter: FrontMatterJson;
  body: string;
  version: number;
}

export interface RestoredRecap {
  slug: string;
  status: RecapStatus;
  translationKey: string | null;
  working: RestoredText;
  /** The live text of a published recap; null otherwise. */
  live: (RestoredText & { updatedAt: string }) | null;
  scheduledAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  actorId: number;
}

/**
 * Inserts a recap exactly as the export describes it (status, versions,
 * dates, live text and working copy) with a revision for each of its texts,
 * and bumps the catalog version. Returns its id. lib/restore only, after
 * authorize, the conflict check and the validation gate.
 */
export async function insertRestoredRecap(db: Db, recap: RestoredRecap): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('recaps')
      .values({
        slug: recap.slug,
        front_matter: JSON.stringify(recap.working.frontMatter),
        body: recap.working.body,
        status: recap.status,
        version: recap.working.version,
        scheduled_at: recap.scheduledAt,
        published_at: recap.publishedAt,
        created_by: recap.actorId,
        updated_by: recap.actorId,
        created_at: recap.createdAt,
        updated_at: recap.updatedAt,
        live_front_matter: recap.live ? JSON.stringify(recap.live.frontMatter) : null,
        live_body: recap.live?.body ?? null,
        live_version: recap.live?.version ?? null,
        live_updated_at: recap.live?.updatedAt ?? null,
        translation_key: recap.translationKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const texts = recap.live && recap.live.version !== recap.working.version ? [recap.live, recap.working] : [recap.working];
    for (const text of texts)
      await trx
        .insertInto('revisions')
        .values({
          recap_id: row.id,
          version: text.version,
          author_id: recap.actorId,
          front_matter: JSON.stringify(text.frontMatter),
          body: text.body,
          created_at: recap.updatedAt,
          updated_at: recap.updatedAt,
        })
        .execute();
    if (recap.status === 'published') await bumpCatalogVersion(trx);
    return row.id;
  });
}

/**
 * Puts back the calendar identities of events (UID, SEQUENCE, what
 * subscribers last got), before their recaps are written: the read-model
 * write then finds the same fingerprints and moves nothing, so subscribers
 * keep one copy of each event. lib/restore only, after the conflict check.
 */
export async function insertCalendarRows(db: Db, rows: ExportedCalendarRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('event_calendar')
      .values(
        rows.slice(i, i + 100).map((r) => ({
          event_key: r.eventKey,
          uid: r.uid,
          sequence: r.sequence,
          fingerprint: r.fingerprint,
          created_at: r.createdAt,
          changed_at: r.changedAt,
          speaker_changes: r.speakerChanges,
        })),
      )
      .execute();
}
