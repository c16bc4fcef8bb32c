import 'server-only';
import { cache } from 'react';
import { unstable_cache } from 'next/cache';
import type { Kysely } from 'kysely';
import { db } from '@/lib/db/ready';
import type { Database } from '@/lib/db/schema';
import { getCatalogVersion } from '@/lib/sql/catalog-version';
import { selectPublishedRows } from '@/lib/sql/recaps';
import { byEventDateDesc, fileRecaps } from './catalog';
import { describeFilter, filterFacets, matchesFilter, type Facet, type Facets } from './filter-counts';
import { isProvisional, toPublicRecaps } from './db-recaps';
import { tagSlug } from './slug';
import type { Recap, RecapSummary, SpeakerTalk } from './types';
import type { Speaker } from './speakers';

export const PAGE_SIZE = 20;
/** Cache lifetime of a page rendered from the last known recaps while the database is unreachable. */
const FALLBACK_REVALIDATE_S = 5;

interface PublishedMemo {
  db: Kysely<Database>;
  version: number;
  recaps: Promise<Recap[]>;
}

interface CatalogState {
  __publishedDbRecaps?: PublishedMemo;
  /** When the memo was last known to match the catalog version. */
  __catalogConfirmedAt?: number;
  /** Since when the catalog version has been unreadable (the database is down), if it is. */
  __catalogUnreadableSince?: number;
  /** The outage (its start) already warned about. */
  __catalogFallbackWarned?: number;
}

const state = globalThis as typeof globalThis & CatalogState;

/** The memo serves pages during an outage only if it was confirmed this soon before the outage began. */
const CONFIRMED_BEFORE_OUTAGE_MS = 5000;

interface ReadOptions {
  /** While the database is unreachable, use the recaps read last (rendering pages); false: throw (deciding what to expire). */
  fallback?: boolean;
}

// Published database recaps, compiled, kept in this process and re-read only
// when the catalog version (lib/sql/catalog-version.ts, bumped with every
// change to the public set on any instance) has moved: each call costs one
// one-row query. Not in Next's data cache: unstable_cache copies its tags onto
// every ISR page that calls it, so one publish would expire the whole site.
async function publishedDbRecaps({ fallback = true }: ReadOptions = {}): Promise<Recap[]> {
  let database: Kysely<Database>;
  let version: number;
  try {
    database = await db();
    // The version is read before the rows, so the memo is never older than the
    // version it is filed under (at worst newer, which costs one spare re-read).
    version = await getCatalogVersion(database);
  } catch (error) {
    state.__catalogUnreadableSince ??= Date.now();
    if (!fallback) throw error;
    return lastKnown(error);
  }
  state.__catalogUnreadableSince = undefined;
  state.__catalogConfirmedAt = Date.now();
  const memo = state.__publishedDbRecaps;
  if (memo && memo.db === database && memo.version === version) return memo.recaps;
  // Concurrent renders that see the same new version share this one read.
  const recaps = selectPublishedRows(database).then((rows) => toPublicRecaps(database, rows));
  state.__publishedDbRecaps = { db: database, version, recaps };
  recaps.then(
    (list) => {
      // A stand-in for a text the compile budget could not check this time is served, not remembered.
      if (isProvisional(list) && state.__publishedDbRecaps?.recaps === recaps) state.__publishedDbRecaps = undefined;
    },
    () => {
      // A failed read is not remembered: the next call tries again.
      if (state.__publishedDbRecaps?.recaps === recaps) state.__publishedDbRecaps = undefined;
    },
  );
  return recaps;
}

// While PostgreSQL is unreachable, pages are rendered from the last recaps
// this process read rather than failing: listings in the second before the
// health probe notices (proxy.ts answers 503 after that), and the public
// pages for the whole outage (the proxy leaves them to the page cache). Only
// if that copy was confirmed just before the outage began (the scheduler
// re-checks it every tick, see refreshPublishedRecaps): an older one could
// show a recap that another instance has unpublished since.
async function lastKnown(error: unknown): Promise<Recap[]> {
  const memo = state.__publishedDbRecaps;
  const since = state.__catalogUnreadableSince ?? Date.now();
  if (!memo || (state.__catalogConfirmedAt ?? 0) < since - CONFIRMED_BEFORE_OUTAGE_MS) throw error;
  // Once per outage, not once per request.
  if (state.__catalogFallbackWarned !== since) console.warn('[recaps] catalog version unreadable, serving the last published recaps read:', error instanceof Error ? error.message : error);
  state.__catalogFallbackWarned = since;
  // A change committed in the last moments before the outage may be missing
  // from this copy: a cached page rendered from it goes stale after a few
  // seconds, so the first visit once the database is back renders it afresh.
  await shortLivedRender();
  return memo.recaps;
}

/** Lowers the cache lifetime of the page being rendered (ISR) to FALLBACK_REVALIDATE_S; no effect on a dynamic render. */
const shortLivedRender = unstable_cache(async () => true, ['catalog-fallback'], { revalidate: FALLBACK_REVALIDATE_S });

/**
 * Brings the memo up to date with the catalog version. The scheduler calls it
 * on every tick, so that each instance knows its copy is current even while
 * every page is served from the cache and nothing renders.
 */
export async function refreshPublishedRecaps(): Promise<void> {
  await publishedDbRecaps({ fallback: false });
}

/**
 * Every public recap, from files and the database, newest event first, read
 * now. Pages use listAllRecaps; `{ fallback: false }` is for code that must
 * see its own write within one request and decides from it what to expire
 * (lib/recaps/mutations.ts, revalidate.ts): it throws rather than use the
 * copy read before an outage.
 */
export async function loadAllRecaps(options?: ReadOptions): Promise<Recap[]> {
  const files = fileRecaps();
  const fileSlugs = new Set(files.map((r) => r.slug));
  // A slug is unique across both sources; should one ever collide, the git-managed file wins.
  const fromDb = (await publishedDbRecaps(options)).filter((r) => !fileSlugs.has(r.slug));
  return [...files, ...fromDb].sort(byEventDateDesc);
}

/** Every public recap, from files and the database, newest event first; read once per request. */
export const listAllRecaps = cache(() => loadAllRecaps());

export interface RecapFilter {
  tag?: string;
  year?: string;
  city?: string;
  page?: number;
}

export interface RecapPage {
  items: RecapSummary[];
  total: number;
  page: number;
  pageCount: number;
  /** Each option counted against the other filters chosen (lib/recaps/filter-counts.ts). */
  facets: Facets;
  /** What is shown, for the heading and the <title>: "Recaps tagged Kubernetes in 2023". */
  heading: string;
}

export type { Facet };

/** One page of the public recap list, filtered by tag slug, year and city. */
export async function listRecaps(filter: RecapFilter = {}): Promise<RecapPage> {
  const all = await listAllRecaps();
  const matches = all.filter((r) => matchesFilter(r, filter));
  const pageCount = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pageCount);
  const facets = filterFacets(all, filter);
  return {
    items: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: matches.length,
    page,
    pageCount,
    facets,
    heading: describeFilter(filter, facets),
  };
}

/** The newest recaps, for the home page and the feed. */
export async function listLatestRecaps(limit: number): Promise<RecapSummary[]> {
  return (await listAllRecaps()).slice(0, limit);
}

/** A public recap by slug, or null. Shared by `generateMetadata` and the page through `cache`. */
export const getRecap = cache(async (slug: string): Promise<Recap | null> => {
  return (await listAllRecaps()).find((r) => r.slug === slug) ?? null;
});

/** The recaps before and after one, in event order. */
export async function getAdjacentRecaps(slug: string): Promise<{ previous?: RecapSummary; next?: RecapSummary }> {
  const all = await listAllRecaps();
  const index = all.findIndex((r) => r.slug === slug);
  if (index === -1) return {};
  // `all` is newest first: the next event is the one before in the list.
  return { previous: all[index + 1], next: index > 0 ? all[index - 1] : undefined };
}

export interface SpeakerProfile extends Speaker {
  talks: SpeakerTalk[];
  recapCount: number;
}

/** Every speaker with their talks across all recaps, by name. */
export const listSpeakers = cache(async (): Promise<SpeakerProfile[]> => {
  const bySlug = new Map<string, SpeakerProfile>();
  for (const recap of await listAllRecaps()) {
    for (const talk of recap.talks) {
      for (const speaker of talk.speakers) {
        const profile = bySlug.get(speaker.slug) ?? { ...speaker, talks: [], recapCount: 0 };
        // The most recent talk's role and affiliation describe the speaker today.
        if (!profile.talks.length) Object.assign(profile, { role: speaker.role, affiliation: speaker.affiliation });
        if (!profile.talks.some((t) => t.recap.slug === recap.slug)) profile.recapCount++;
        profile.talks.push({ recap, talk });
        bySlug.set(speaker.slug, profile);
      }
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
});

export async function getSpeaker(slug: string): Promise<SpeakerProfile | null> {
  return (await listSpeakers()).find((s) => s.slug === slug) ?? null;
}

export interface TagSummary {
  slug: string;
  label: string;
  recaps: RecapSummary[];
}

/** Every tag with its recaps, most used first. */
export const listTags = cache(async (): Promise<TagSummary[]> => {
  const bySlug = new Map<string, TagSummary>();
  for (const recap of await listAllRecaps()) {
    for (const tag of recap.tags) {
      const slug = tagSlug(tag);
      const entry = bySlug.get(slug) ?? { slug, label: tag, recaps: [] };
      entry.recaps.push(recap);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.recaps.length - a.recaps.length || a.label.localeCompare(b.label));
});

export async function getTag(slug: string): Promise<TagSummary | null> {
  return (await listTags()).find((t) => t.slug === slug) ?? null;
}
