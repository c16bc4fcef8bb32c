import 'server-only';
import type { Kysely } from 'kysely';
import { SizedLru } from '@/lib/cache/sized-lru.mjs';
import type { Database } from '@/lib/db/schema';
import { processState } from '@/lib/process-state';
import { getCatalogVersion } from '@/lib/sql/catalog-version';
import { shortLivedRender } from '@/lib/workarounds/short-lived-render';

// While the database is unreachable, a public page not in the page cache (or
// a filtered list, never cached) is rendered from this process's last answer
// to the same read rather than failing: listings in the second before the
// health probe notices (proxy.ts answers 503 after that), and the public
// pages for the whole outage (the proxy leaves them to the page cache).
// Bounded in bytes, so it holds the reads visitors made lately, not the site.
// Only if those answers were confirmed current just before the outage began:
// the scheduler compares the catalog version (bumped by every change to the
// public set, lib/sql/catalog-version.ts) on every tick, and forgets every
// answer when it moved; an older copy could show a recap that another
// instance has unpublished since.

/** Memory for the answers kept (their JSON length, twice for UTF-16). */
const MAX_BYTES = 16 * 1024 * 1024;
/** The answers serve pages during an outage only if they were confirmed this soon before it began. */
const CONFIRMED_BEFORE_OUTAGE_MS = 5000;
/** Cache lifetime of a page rendered from these answers while the database is unreachable. */
const FALLBACK_REVALIDATE_S = 5;

interface RecentReads {
  answers: SizedLru<unknown>;
  version?: number;
  /** When the answers were last known to match the catalog version. */
  confirmedAt?: number;
  /** Since when reads have been failing (the database is down), if they are. */
  failingSince?: number;
  /** The outage (its start) already warned about. */
  warned?: number;
}

const state = () => processState('recentReads', (): RecentReads => ({ answers: new SizedLru(MAX_BYTES) }));

/**
 * `read()`, kept under `key` for an outage; when it throws, the answer kept
 * (see above) or the error. An answer of null (nothing there) is not kept.
 * lib/recaps/public-reads.ts only.
 */
export async function withRecentReads<T>(key: string, read: () => Promise<T>): Promise<T> {
  let value: T;
  try {
    value = await read();
  } catch (error) {
    return lastAnswer<T>(key, error);
  }
  const s = state();
  s.failingSince = undefined;
  if (value !== null && value !== undefined) s.answers.set(key, value, JSON.stringify(value).length * 2);
  return value;
}

async function lastAnswer<T>(key: string, error: unknown): Promise<T> {
  const s = state();
  const since = (s.failingSince ??= Date.now());
  const kept = s.answers.get(key);
  if (kept === undefined || (s.confirmedAt ?? 0) < since - CONFIRMED_BEFORE_OUTAGE_MS) throw error;
  // Once per outage, not once per request.
  if (s.warned !== since) console.warn('[recaps] public read failed, serving the last answers read:', error instanceof Error ? error.message : error);
  s.warned = since;
  // A change committed in the last moments before the outage may be missing
  // here: a cached page rendered from it goes stale after a few seconds, so
  // the first visit once the database is back renders it afresh.
  await shortLivedRender(FALLBACK_REVALIDATE_S);
  return kept as T;
}

/**
 * Confirms the answers kept against the catalog version, forgetting them all
 * when it moved. The scheduler calls it on every tick, so each instance knows
 * its answers are current even while every page is served from the cache.
 */
export async function confirmRecentReads(db: Kysely<Database>): Promise<void> {
  const version = await getCatalogVersion(db);
  const s = state();
  if (s.version !== version) s.answers.clear();
  s.version = version;
  s.confirmedAt = Date.now();
}
