import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { RECAP_COLUMNS, toRecapRow, type RecapRow } from './types';

// Reads for the export (lib/export): every recap, image and person, a page
// at a time by key, so that a large site is never held in memory at once.
// No server-only: `npm run export` runs these under plain tsx.

type Db = Kysely<Database>;

/** Database recaps (working copy and live text) with an id above `afterId`, by id, at most `limit`. The export only. */
export async function selectRecapRowsAfter(db: Db, afterId: number, limit: number): Promise<RecapRow[]> {
  const rows = await db.selectFrom('recaps').select(RECAP_COLUMNS).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map(toRecapRow);
}

export interface MediaKey {
  hash: string;
  ext: string;
  mime: string;
  width: number;
  height: number;
}

/** Stored images with a hash above `afterHash`, by hash, without their bytes. The export only. */
export async function selectMediaKeysAfter(db: Db, afterHash: string, limit: number): Promise<MediaKey[]> {
  return db.selectFrom('media').select(['hash', 'ext', 'mime', 'width', 'height']).where('hash', '>', afterHash).orderBy('hash').limit(limit).execute();
}

/** One stored image's bytes, or null. The export only (the media route reads through getMedia). */
export async function getMediaBytes(db: Db, hash: string): Promise<Buffer | null> {
  const row = await db.selectFrom('media').select('data').where('hash', '=', hash).executeTakeFirst();
  return row ? row.data : null;
}

export interface ExportedPersonRow {
  slug: string;
  source: 'file' | 'db';
  homepage: string | null;
  github: string | null;
  names: { name: string; kind: 'en' | 'zh' | 'alias'; source: 'file' | 'db' }[];
}

/** People of the registry with a slug above `afterSlug`, by slug, with every name. The export only. */
export async function selectPeopleAfter(db: Db, afterSlug: string, limit: number): Promise<ExportedPersonRow[]> {
  const people = await db
    .selectFrom('speakers')
    .select(['slug', 'source', 'homepage', 'github'])
    .where('slug', '>', afterSlug)
    .orderBy('slug')
    .limit(limit)
    .execute();
  if (!people.length) return [];
  const names = await db
    .selectFrom('speaker_names')
    .select(['person_slug', 'name', 'kind', 'source'])
    .where(
      'person_slug',
      'in',
      people.map((p) => p.slug),
    )
    .orderBy('person_slug')
    .orderBy('name_key')
    .execute();
  const bySlug = new Map<string, ExportedPersonRow['names']>();
  for (const n of names) {
    const list = bySlug.get(n.person_slug) ?? [];
    list.push({ name: n.name, kind: n.kind, source: n.source });
    bySlug.set(n.person_slug, list);
  }
  return people.map((p) => ({ ...p, names: bySlug.get(p.slug) ?? [] }));
}

export interface ExportedCalendarRow {
  eventKey: string;
  uid: string;
  sequence: number;
  fingerprint: string;
  createdAt: string;
  changedAt: string;
  /** JSON as stored: speakers replaced before the event. */
  speakerChanges: string;
}

/** Calendar identities of events (event_calendar) with a key above `afterKey`, by key. The export only. */
export async function selectCalendarRowsAfter(db: Db, afterKey: string, limit: number): Promise<ExportedCalendarRow[]> {
  const rows = await db.selectFrom('event_calendar').selectAll().where('event_key', '>', afterKey).orderBy('event_key').limit(limit).execute();
  return rows.map((r) => ({
    eventKey: r.event_key,
    uid: r.uid,
    sequence: r.sequence,
    fingerprint: r.fingerprint,
    createdAt: r.created_at,
    changedAt: r.changed_at,
    speakerChanges: r.speaker_changes,
  }));
}
