import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { ListedLocale, PublicRecapRow } from './read-model';

type Db = Kysely<Database>;

// Reads of the calendar feeds (lib/calendar): each event once in the feed's
// language (the listing flags), upcoming and recently ended ones (ends_at at
// or after `since`: the (listed_<l>, ends_at) and (listed_<l>, series_key,
// starts_at) indexes of 0009-events), by start, at most `limit`. An event's
// calendar record (its UID and SEQUENCE) comes with it; a row written before
// event_calendar existed has none yet and waits for its next write.

/** Whose events a feed holds. */
export type CalendarScope = { kind: 'site' } | { kind: 'series'; key: string } | { kind: 'city'; key: string } | { kind: 'speaker'; slug: string };

/** A public recap row with its event's calendar record. */
export interface CalendarFeedRow {
  row: PublicRecapRow;
  record: { uid: string; sequence: number; createdAt: string; changedAt: string };
}

const listed = (locale: ListedLocale) => (locale === 'zh' ? 'p.listed_zh' : 'p.listed_en');

function withRecords(db: Db) {
  return db
    .selectFrom('public_recaps as p')
    .innerJoin('event_calendar as c', (join) => join.on(sql`c.event_key`, '=', sql`coalesce(p.translation_key, p.slug)`))
    .selectAll('p')
    .select(['c.uid', 'c.sequence', 'c.created_at as calendar_created_at', 'c.changed_at as calendar_changed_at']);
}

type Joined = PublicRecapRow & { uid: string; sequence: number; calendar_created_at: string; calendar_changed_at: string };

function toFeedRow(r: Joined): CalendarFeedRow {
  const { uid, sequence, calendar_created_at, calendar_changed_at, ...row } = r;
  return { row, record: { uid, sequence: Number(sequence), createdAt: calendar_created_at, changedAt: calendar_changed_at } };
}

/** The events of `scope` in `locale`'s feed that end at or after `since` (ISO), by start then slug. */
export async function selectCalendarFeedRows(db: Db, scope: CalendarScope, locale: ListedLocale, since: string, limit: number): Promise<CalendarFeedRow[]> {
  let query = withRecords(db).where(listed(locale), '=', 1).where('p.ends_at', '>=', since);
  if (scope.kind === 'series') query = query.where('p.series_key', '=', scope.key);
  if (scope.kind === 'city') query = query.where('p.city_key', '=', scope.key);
  if (scope.kind === 'speaker')
    // By event: the version listed may name the speaker in its own script, the talk row is on another version.
    query = query.where('p.translation_key', 'in', (eb) =>
      eb
        .selectFrom('public_talk_speakers as s')
        .innerJoin('public_recaps as v', 'v.slug', 's.recap_slug')
        .select('v.translation_key')
        .where('s.speaker_slug', '=', scope.slug)
        // Only the talks of events that can still be in the feed (a multi-day event starts before it ends): a range of the speaker's index, not all their talks.
        .where('s.date', '>=', new Date(Date.parse(since) - 40 * 86_400_000).toISOString().slice(0, 10)),
    );
  const rows = (await query.orderBy('p.starts_at').orderBy('p.slug').limit(limit).execute()) as Joined[];
  return rows.map(toFeedRow);
}

/** One recap with its event's calendar record, by slug, whenever it took place (its own feed). */
export async function getCalendarFeedRow(db: Db, slug: string): Promise<CalendarFeedRow | null> {
  const r = (await withRecords(db).where('p.slug', '=', slug).executeTakeFirst()) as Joined | undefined;
  return r ? toFeedRow(r) : null;
}

/** The name of series `key` as the version listed in `locale` writes it, or null for a series no public recap has. */
export async function getSeriesName(db: Db, key: string, locale: ListedLocale): Promise<string | null> {
  const r = await db
    .selectFrom('public_recaps as p')
    .select('p.event')
    .where(listed(locale), '=', 1)
    .where('p.series_key', '=', key)
    .orderBy('p.starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r?.event) return null;
  return (JSON.parse(r.event) as { series?: { name: string } }).series?.name ?? key;
}

/** The city `key` (lowercased) as written by a recap listed in `locale`, or null for a city no public recap has. */
export async function getCityName(db: Db, key: string, locale: ListedLocale): Promise<string | null> {
  const r = await db
    .selectFrom('public_recaps as p')
    .select('p.city')
    .where(listed(locale), '=', 1)
    .where('p.city_key', '=', key)
    .orderBy('p.date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.city ?? null;
}
