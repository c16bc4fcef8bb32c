import 'server-only';
import { publicDb } from '@/lib/recaps/read-model-sync';
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
export async function search(raw: unknown, limit = MAX_LIMIT): Promise<SearchResult> {
  const checked = checkQuery(raw);
  if (!checked.ok) return checked;
  // Through publicDb: the first search of a process waits for the git-managed recaps to be loaded.
  const found = await searchDocs(await publicDb(), checked, Math.min(Math.max(1, Math.floor(limit) || 1), MAX_LIMIT));
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
