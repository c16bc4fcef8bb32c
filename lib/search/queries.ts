import 'server-only';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { publicDb } from '@/lib/recaps/read-model-sync';
import { selectRecapEvents } from '@/lib/sql/read-model';
import { checkQuery, type QueryProblem } from './query';
import { snippet } from './snippet';
import { searchDocs } from './index-sql';

/** One result: a recap, or a talk within it. Plain data (crosses the RSC boundary and goes out as JSON). */
export interface SearchHit {
  recap: { slug: string; title: string; date: string; locale: string };
  /** Present when the hit is a talk; `id` is its anchor on the recap page. */
  talk?: { id: string; title: string; speakers: string };
  /** Plain text around the first matching term; highlight it with components/search/highlight. */
  snippet: string;
  href: string;
}

export type SearchResult = { ok: true; hits: SearchHit[]; terms: string[] } | { ok: false; problem?: QueryProblem; message: string };

export const MAX_LIMIT = 50;

/**
 * Public search over published recaps and their talks. Bad queries come back
 * as `{ ok: false, message }`, never as an exception; database errors do
 * throw (the page's error boundary / the route's 503). Public pages and
 * app/api/search may call it.
 */
export async function search(raw: unknown, limit = MAX_LIMIT, locale: Locale = env.defaultLocale): Promise<SearchResult> {
  const checked = checkQuery(raw);
  if (!checked.ok) return checked;
  const wanted = Math.min(Math.max(1, Math.floor(limit) || 1), MAX_LIMIT);
  // Through publicDb: the first search of a process waits for the git-managed recaps to be loaded.
  const db = await publicDb();
  // Twice as many: the hits of an event's other version are dropped below.
  const all = await searchDocs(db, checked, wanted * 2);
  const found = oneVersionPerEvent(all, await selectRecapEvents(db, [...new Set(all.map((d) => d.recapSlug))]), locale).slice(0, wanted);
  return {
    ok: true,
    terms: checked.terms,
    hits: found.map((d) => ({
      recap: { slug: d.recapSlug, title: d.recapTitle, date: d.date, locale: d.locale },
      talk: d.talkId ? { id: d.talkId, title: d.title, speakers: d.speakers } : undefined,
      snippet: snippet(d.snippetText, checked.terms),
      href: `/recaps/${encodeURIComponent(d.recapSlug)}${d.talkId ? `#${encodeURIComponent(d.talkId)}` : ''}`,
    })),
  };
}

/**
 * Each event once: of the versions of one event that match, only the hits of
 * one are kept, the one in `locale` when it matched, else the best-ranked;
 * the order stays the index's. A recap whose only match is in its other
 * language is still found. Pure.
 */
export function oneVersionPerEvent<T extends { recapSlug: string; locale: string }>(
  hits: T[],
  events: Map<string, { key: string; locale: string }>,
  locale: Locale,
): T[] {
  const chosen = new Map<string, string>();
  for (const h of hits) {
    const key = events.get(h.recapSlug)?.key ?? h.recapSlug;
    const current = chosen.get(key);
    if (current === undefined || (h.locale === locale && events.get(current)?.locale !== locale)) chosen.set(key, h.recapSlug);
  }
  return hits.filter((h) => chosen.get(events.get(h.recapSlug)?.key ?? h.recapSlug) === h.recapSlug);
}
