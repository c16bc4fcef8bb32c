import 'server-only';
import { numberedStops } from '@/lib/events/series-stops';
import { cache } from 'react';
import { env } from '@/lib/env';
import { FEED_SIZE } from '@/lib/feed';
import type { Locale } from '@/lib/i18n/locales';
import {
  countPublicRecaps,
  countSitemapRows,
  countSpeakers,
  countTags,
  getPublicRecapBody,
  getPublicRecapRow,
  getSpeakerRow,
  getTagRow,
  selectAdjacentRows,
  selectPublicRecapRows,
  selectRecentlyPublishedRows,
  selectSitemapRecapRows,
  selectSitemapRows,
  selectSpeakerRows,
  selectSpeakerTalkRows,
  selectSitemapTranslations,
  selectTagRows,
  selectTranslationRows,
  type SitemapTable,
  countUpcomingRows,
  selectPastRows,
  selectSeriesRows,
  selectUpcomingRows,
} from '@/lib/sql/read-model';
import { instantText } from '@/lib/events/instant-text';
import { getNameSlugTarget } from '@/lib/sql/read-model-speakers';
import type { CalendarEntry } from '@/lib/calendar/types';
import { getCalendarFeedRow, getCityName, getSeriesName, selectCalendarFeedRows, type CalendarFeedRow, type CalendarScope } from '@/lib/sql/calendar-feeds';
import { getEventCalendarRecord, type SpeakerChange } from '@/lib/sql/event-calendar';
import { getSpeakerRedirectTarget, getSpeakerRegistryRow } from '@/lib/sql/speakers';
import type { PersonLinks } from '@/lib/speakers/types';
import { planSitemapFiles, type SitemapFile, type SitemapKind } from '@/lib/sitemap-files';
import { recapLastModified } from '@/lib/sitemap';
import { now } from '@/lib/events/clock';
import { cachedBody } from './body-cache';
import { describeFilter, type Facet, type Facets } from './filter-counts';
import { toRecapSummary } from './public-recap-rows';
import { recapAlternates } from './translation-links';
import { publicDb } from './read-model-sync';
import { recapFacets, toReadModelFilter } from './recap-facets';
import { withRecentReads } from './recent-reads';
import type { Recap, RecapSummary, SpeakerTalk } from './types';

// The one module public pages, the feed, the sitemap and the social cards
// read through. Every read is a few indexed queries on the read model
// (lib/sql/read-model.ts): its cost follows the size of the page, not the
// number of recaps. Compiled bodies come from a byte-bounded LRU by content
// hash (./body-cache.ts); while the database is down, the last answers to
// the same reads stand in (./recent-reads.ts).

export const PAGE_SIZE = 20;
export const SPEAKERS_PAGE_SIZE = 60;
export const TAGS_PAGE_SIZE = 120;
/** A speaker page lists at most this many talks. */
const SPEAKER_TALKS_LIMIT = 500;

export type { Facet };

export interface RecapFilter {
  tag?: string;
  year?: string;
  city?: string;
  page?: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export interface RecapPage extends Paged<RecapSummary> {
  /** Each option counted against the other filters chosen (lib/recaps/recap-facets.ts). */
  facets: Facets;
  /** What is shown, for the heading and the <title>: "Recaps tagged Kubernetes in 2023". */
  heading: string;
}

export interface SpeakerSummary {
  slug: string;
  /** The name as the newest talk wrote it. */
  name: string;
  /** The person's display name per language, when the speaker is in the registry (lib/speakers). */
  names: Partial<Record<Locale, string>>;
  role?: string;
  affiliation?: string;
  talkCount: number;
  recapCount: number;
}

export interface SpeakerProfile extends SpeakerSummary {
  /** Newest event first; every language version of each talk (lib/speakers/speaker-talks.ts groups them). */
  talks: SpeakerTalk[];
  links: PersonLinks;
}

export interface TagSummary {
  slug: string;
  label: string;
  recapCount: number;
}

export interface TagPage extends TagSummary {
  recaps: Paged<RecapSummary>;
}

/** A read, kept for an outage under `key` (see ./recent-reads.ts). */
function read<T>(key: string, fn: (db: Awaited<ReturnType<typeof publicDb>>) => Promise<T>): Promise<T> {
  return withRecentReads(key, async () => fn(await publicDb()));
}

function pageOf(requested: number | undefined, total: number, size: number): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requested ?? 1) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * size };
}

/** A public recap by slug, ready to render, or null. Shared by `generateMetadata`, the layout and the page through `cache`. */
export const getRecap = cache(async (slug: string): Promise<Recap | null> => {
  const row = await read(`recap:${slug}`, (db) => getPublicRecapRow(db, slug));
  if (!row) return null;
  const body = await cachedBody(row.content_hash, async () => {
    const stored = await getPublicRecapBody(await publicDb(), slug);
    // Written in the same transaction as the row: a mismatch is a write that landed in between; read it as it is now.
    return stored?.body ?? null;
  });
  if (!body) return null;
  return { ...toRecapSummary(row), tree: body.tree, hast: body.hast };
});

// Listings show each event once in the page's language `locale`: its version
// in that language when one is published, else another (the card then says
// which language it is in: RecapSummary.locale). The read model keeps which
// row that is (listed_en/listed_zh, lib/sql/read-model-write.ts).

/** One page of the public recap list in `locale`, filtered by tag slug, year and city, with every filter's options counted (by event). */
export async function listRecaps(filter: RecapFilter = {}, locale: Locale = env.defaultLocale): Promise<RecapPage> {
  const where = toReadModelFilter(filter, locale);
  return read(`list:${JSON.stringify([where, filter.page ?? 1])}`, async (db) => {
    const total = await countPublicRecaps(db, where);
    const { page, pageCount, offset } = pageOf(filter.page, total, PAGE_SIZE);
    const [rows, facets] = await Promise.all([selectPublicRecapRows(db, where, { limit: PAGE_SIZE, offset }), recapFacets(db, filter, total, locale)]);
    return { items: rows.map(toRecapSummary), total, page, pageCount, facets, heading: describeFilter(filter, facets) };
  });
}

/** The newest events, each once, for the home page in `locale`. */
export async function listLatestRecaps(limit: number, locale: Locale = env.defaultLocale): Promise<RecapSummary[]> {
  return read(`latest:${limit}:${locale}`, async (db) => (await selectPublicRecapRows(db, { listedIn: locale }, { limit })).map(toRecapSummary));
}

/** The newest publications (FEED_SIZE), each event once, for the feed in `locale`. */
export async function listFeedRecaps(locale: Locale = env.defaultLocale): Promise<RecapSummary[]> {
  return read(`feed:${locale}`, async (db) => (await selectRecentlyPublishedRows(db, FEED_SIZE, locale)).map(toRecapSummary));
}

/** The recaps before (older event) and after (newer event) `recap` in the list of its own language. */
export async function getAdjacentRecaps(recap: { slug: string; date: string; locale: Locale }): Promise<{ previous?: RecapSummary; next?: RecapSummary }> {
  const { older, newer } = await read(`adjacent:${recap.slug}`, (db) => selectAdjacentRows(db, recap, recap.locale));
  return { previous: older ? toRecapSummary(older) : undefined, next: newer ? toRecapSummary(newer) : undefined };
}

/** The other versions of `recap`'s event that are published now (its translations), by slug; none for a recap without a translation key. */
export const listPublishedTranslations = cache(async (recap: { slug: string; translationKey?: string }): Promise<RecapSummary[]> => {
  const key = recap.translationKey ?? recap.slug;
  return read(`translations:${recap.slug}:${key}`, async (db) => (await selectTranslationRows(db, key, recap.slug)).map(toRecapSummary));
});

function toSpeakerSummary(row: {
  slug: string;
  name: string;
  nameEn: string | null;
  nameZh: string | null;
  role: string | null;
  affiliation: string | null;
  talkCount: number;
  recapCount: number;
}): SpeakerSummary {
  return {
    slug: row.slug,
    name: row.name,
    names: { ...(row.nameEn ? { en: row.nameEn } : {}), ...(row.nameZh ? { zh: row.nameZh } : {}) },
    ...(row.role ? { role: row.role } : {}),
    ...(row.affiliation ? { affiliation: row.affiliation } : {}),
    talkCount: row.talkCount,
    recapCount: row.recapCount,
  };
}

/** One page of speakers, by name. */
export async function listSpeakers(requestedPage?: number): Promise<Paged<SpeakerSummary>> {
  return read(`speakers:${requestedPage ?? 1}`, async (db) => {
    const total = await countSpeakers(db);
    const { page, pageCount, offset } = pageOf(requestedPage, total, SPEAKERS_PAGE_SIZE);
    const rows = await selectSpeakerRows(db, { limit: SPEAKERS_PAGE_SIZE, offset });
    return { items: rows.map(toSpeakerSummary), total, page, pageCount };
  });
}

/** The speakers with the most talks, and how many speakers there are (the home page). */
export async function listFrequentSpeakers(limit: number): Promise<{ items: SpeakerSummary[]; total: number }> {
  return read(`frequent-speakers:${limit}`, async (db) => {
    const [rows, total] = await Promise.all([selectSpeakerRows(db, { limit, order: 'talks' }), countSpeakers(db)]);
    return { items: rows.map(toSpeakerSummary), total };
  });
}

/** A speaker with every talk they gave (newest event first), or null. */
export const getSpeaker = cache(async (slug: string): Promise<SpeakerProfile | null> => {
  return read(`speaker:${slug}`, async (db) => {
    const row = await getSpeakerRow(db, slug);
    if (!row) return null;
    const talks = (await selectSpeakerTalkRows(db, slug, SPEAKER_TALKS_LIMIT)).flatMap(({ recap, talkOrd }) => {
      const summary = toRecapSummary(recap);
      const talk = summary.talks[talkOrd];
      return talk ? [{ recap: summary, talk }] : [];
    });
    const person = await getSpeakerRegistryRow(db, slug);
    const links = { ...(person?.homepage ? { homepage: person.homepage } : {}), ...(person?.github ? { github: person.github } : {}) };
    return { ...toSpeakerSummary(row), talks, links };
  });
});

/**
 * Where an old speaker page leads: a page merged into a person's (the
 * admin's merge), or the page a name had on its own before the registry
 * linked it to a person. Null when `slug` never led anywhere.
 */
export const getSpeakerRedirect = cache(async (slug: string): Promise<string | null> => {
  return read(`speaker-redirect:${slug}`, async (db) => (await getSpeakerRedirectTarget(db, slug)) ?? (await getNameSlugTarget(db, slug)));
});

/** One page of tags, most recaps first. */
export async function listTags(requestedPage?: number): Promise<Paged<TagSummary>> {
  return read(`tags:${requestedPage ?? 1}`, async (db) => {
    const total = await countTags(db);
    const { page, pageCount, offset } = pageOf(requestedPage, total, TAGS_PAGE_SIZE);
    const rows = await selectTagRows(db, { limit: TAGS_PAGE_SIZE, offset });
    return { items: rows.map(({ slug, label, recapCount }) => ({ slug, label, recapCount })), total, page, pageCount };
  });
}

/** A tag with one page of its recaps (newest event first), or null. */
export const getTag = cache(async (slug: string, requestedPage?: number, locale: Locale = env.defaultLocale): Promise<TagPage | null> => {
  return read(`tag:${slug}:${requestedPage ?? 1}:${locale}`, async (db) => {
    const row = await getTagRow(db, slug);
    if (!row) return null;
    // The summary counts every version; the page shows each event once (an indexed count over the tag's rows).
    const where = { tag: slug, listedIn: locale };
    const total = await countPublicRecaps(db, where);
    const { page, pageCount, offset } = pageOf(requestedPage, total, PAGE_SIZE);
    const rows = await selectPublicRecapRows(db, where, { limit: PAGE_SIZE, offset });
    return {
      slug: row.slug,
      label: row.label,
      recapCount: total,
      recaps: { items: rows.map(toRecapSummary), total, page, pageCount },
    };
  });
});

/** URLs per sitemap file: the protocol's limit, listings included (lib/sitemap-files.ts). */
export const SITEMAP_URLS_PER_FILE = 50_000;

export type { SitemapKind };
const SITEMAP_TABLES: Record<SitemapKind, SitemapTable> = { recaps: 'public_recaps', speakers: 'public_speakers', tags: 'public_tags' };

export interface SitemapIndexFile extends SitemapFile {
  /** The newest change among the pages it lists (for the index). */
  lastModified: string;
}

/** The files of the sitemap index: each kind's pages, at most SITEMAP_URLS_PER_FILE URLs a file (recaps-0 also lists the listings). */
export async function listSitemapFiles(): Promise<{ files: SitemapIndexFile[]; newest: string }> {
  const counts = await read('sitemap-counts', (db) => countSitemapRows(db));
  const newest = counts.newest ?? '1970-01-01';
  return { files: planSitemapFiles(counts, SITEMAP_URLS_PER_FILE).map((f) => ({ ...f, lastModified: newest })), newest };
}

export interface SitemapEntry {
  slug: string;
  lastModified: string;
  /** A recap with published translations: hreflang → absolute URL of each version and x-default (lib/recaps/translation-links.ts); absent otherwise. */
  alternates?: Record<string, string>;
}

/**
 * The slugs and last changes of one sitemap file's pages, by slug; every
 * version of a recap has its own entry. An announcement, whatever its date,
 * is a public row like any recap; `at` (the site clock) moves an ended announcement's lastmod
 * to its end time (lib/sitemap.ts recapLastModified).
 */
export async function listSitemapEntries(file: SitemapFile, at: Date = now()): Promise<SitemapEntry[]> {
  // Not kept for an outage: a file is up to 50,000 rows, and crawlers retry.
  const db = await publicDb();
  const page = { limit: file.limit, offset: file.offset };
  if (file.kind !== 'recaps') return selectSitemapRows(db, SITEMAP_TABLES[file.kind], page);
  const entries: SitemapEntry[] = (await selectSitemapRecapRows(db, page)).map((row) => ({
    slug: row.slug,
    // Only an announcement's page changes by itself; the flag as JSON.stringify writes it spares parsing every row.
    lastModified: recapLastModified({ ...row, announcement: row.event?.includes('"announcement":true') ?? false }, at),
  }));
  const byRecap = new Map<string, { locale: Locale; translations: { slug: string; locale: Locale }[] }>();
  for (const t of await selectSitemapTranslations(db, page)) {
    const group = byRecap.get(t.of) ?? { locale: t.ofLocale as Locale, translations: [] };
    group.translations.push({ slug: t.slug, locale: t.locale as Locale });
    byRecap.set(t.of, group);
  }
  return entries.map((e) => {
    const group = byRecap.get(e.slug);
    const alternates = group && recapAlternates({ slug: e.slug, locale: group.locale }, group.translations, env.defaultLocale);
    return alternates ? { ...e, alternates } : e;
  });
}

/** Whether `slug` is a git-managed recap's (its slug cannot be used in the admin). */
export async function isGitManagedSlug(slug: string): Promise<boolean> {
  const row = await getPublicRecapRow(await publicDb(), slug);
  return row?.source === 'file';
}

// Events (issue 12): an event is a recap from its announcement on. "Upcoming"
// is "not ended by now()" (lib/events/clock.ts), so these pages change when
// an event ends: the scheduler expires them then (lib/recaps/event-expiry.ts).

/** Upcoming events listed at most on /events and the home page. */
export const UPCOMING_LIMIT = 50;
/** A series page lists at most this many stops. */
const SERIES_STOPS_LIMIT = 200;

export interface EventsPage {
  /** Events matching the filter that have not ended at `now`, soonest first (not paged: few). */
  upcoming: RecapSummary[];
  /** Those that ended, paged, in the recap listing's order; facets count every event. */
  past: RecapPage;
}

/** The next events in `locale` that have not ended at `now`, soonest first (the home page). */
export async function listUpcomingEvents(limit: number, locale: Locale, now: Date): Promise<RecapSummary[]> {
  return read(`upcoming:${limit}:${locale}`, async (db) => (await selectUpcomingRows(db, { listedIn: locale }, instantText(now), limit)).map(toRecapSummary));
}

/** `/events`: upcoming events (soonest first) and one page of past ones, filtered like the recap list, each event once in `locale`. */
export async function listEvents(filter: RecapFilter, locale: Locale, now: Date): Promise<EventsPage> {
  const where = toReadModelFilter(filter, locale);
  const at = instantText(now);
  return read(`events:${JSON.stringify([where, filter.page ?? 1])}`, async (db) => {
    const [upcoming, all, coming] = await Promise.all([
      selectUpcomingRows(db, where, at, UPCOMING_LIMIT),
      countPublicRecaps(db, where),
      countUpcomingRows(db, where, at),
    ]);
    const total = Math.max(0, all - coming);
    const { page, pageCount, offset } = pageOf(filter.page, total, PAGE_SIZE);
    const [rows, facets] = await Promise.all([selectPastRows(db, where, at, { limit: PAGE_SIZE, offset }), recapFacets(db, filter, total, locale)]);
    return {
      upcoming: upcoming.map(toRecapSummary),
      past: { items: rows.map(toRecapSummary), total, page, pageCount, facets, heading: describeFilter(filter, facets) },
    };
  });
}

export interface SeriesPage {
  key: string;
  /** As the stop shown in the page's language names it (the newest such stop), else any stop's. */
  name: string;
  /** Every stop by start, each event once in the page's language; `number` counts from 1. */
  stops: { number: number; recap: RecapSummary }[];
}

/** A series with its stops in order, or null when no public event names `key`. */
export const getSeries = cache(async (key: string, locale: Locale): Promise<SeriesPage | null> => {
  return read(`series:${key}:${locale}`, async (db) => {
    const rows = (await selectSeriesRows(db, key, locale, SERIES_STOPS_LIMIT)).map(toRecapSummary);
    if (rows.length === 0) return null;
    const named = [...rows].reverse().find((r) => r.locale === locale && r.event.series) ?? rows.find((r) => r.event.series);
    return { key, name: named?.event.series?.name ?? key, stops: numberedStops(rows) };
  });
});

/** The newest events in `locale` that ended by `now`, each once (the home page's latest recaps, after the upcoming ones). */
export async function listLatestPastEvents(limit: number, locale: Locale, now: Date): Promise<RecapSummary[]> {
  return read(`latest-past:${limit}:${locale}`, async (db) =>
    (await selectPastRows(db, { listedIn: locale }, instantText(now), { limit })).map(toRecapSummary),
  );
}

// Calendar feeds (lib/calendar): upcoming events and those ended within
// CALENDAR_KEEP_DAYS, each once in the feed's language, by start; a cancelled
// event stays (STATUS:CANCELLED) like any other. "Now" is the site's clock.

/** How long an ended event stays in the feeds. */
export const CALENDAR_KEEP_DAYS = 90;
/** At most this many events a feed. */
export const CALENDAR_FEED_LIMIT = 500;

export type { CalendarScope };
export type { SpeakerChange };

/** What the event page shows of its calendar record: UID and SEQUENCE, the last change, and speakers replaced before the event. */
export interface EventRecord {
  uid: string;
  sequence: number;
  changedAt: string;
  speakerChanges: SpeakerChange[];
}

/** A feed's events and what it is called, or null when its series, city or speaker does not exist. */
export interface CalendarFeedEvents {
  /** The series' name, the city as written, the speaker's name in `locale`; absent for the site. */
  subject?: string;
  entries: CalendarEntry[];
}

const calendarEntry = ({ row, record }: CalendarFeedRow): CalendarEntry => ({ recap: toRecapSummary(row), record });

/** The events of a site, series, city or speaker feed in `locale`, or null for an unknown series, city or speaker. */
export async function listCalendarEvents(scope: CalendarScope, locale: Locale): Promise<CalendarFeedEvents | null> {
  return read(`calendar:${JSON.stringify(scope)}:${locale}`, async (db) => {
    let subject: string | undefined;
    if (scope.kind === 'series') subject = (await getSeriesName(db, scope.key, locale)) ?? undefined;
    if (scope.kind === 'city') subject = (await getCityName(db, scope.key, locale)) ?? undefined;
    if (scope.kind === 'speaker') {
      const speaker = await getSpeakerRow(db, scope.slug);
      if (speaker) subject = (locale === 'zh' ? speaker.nameZh : speaker.nameEn) ?? speaker.name;
    }
    if (scope.kind !== 'site' && subject === undefined) return null;
    const since = new Date(now().getTime() - CALENDAR_KEEP_DAYS * 86_400_000).toISOString();
    const rows = await selectCalendarFeedRows(db, scope, locale, since, CALENDAR_FEED_LIMIT);
    return { ...(subject !== undefined ? { subject } : {}), entries: rows.map(calendarEntry) };
  });
}

/** One recap's own feed entry (whenever it took place), or null for an unknown slug or an event not yet recorded. */
export async function getRecapCalendarEntry(slug: string): Promise<CalendarEntry | null> {
  return read(`calendar-recap:${slug}`, async (db) => {
    const row = await getCalendarFeedRow(db, slug);
    return row ? calendarEntry(row) : null;
  });
}

/** The calendar record of the event `translationKey` (a recap's translation key, else its slug), or null before its first write. */
export const eventRecord = cache(async (translationKey: string): Promise<EventRecord | null> => {
  return read(`event-record:${translationKey}`, async (db) => {
    const r = await getEventCalendarRecord(db, translationKey);
    return r ? { uid: r.uid, sequence: r.sequence, changedAt: r.changedAt, speakerChanges: r.speakerChanges } : null;
  });
});
