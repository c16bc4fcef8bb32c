import 'server-only';
import { listAllRecaps } from '@/lib/recaps/queries';
import { checkQuery } from './query';
import { searchRecaps, type SearchHit } from './in-memory';

export type SearchResult = { ok: true; hits: SearchHit[]; terms: string[] } | { ok: false; message: string };

/** Public search over published recaps: titles, descriptions, talks, speakers, affiliations, summaries. */
export async function search(raw: string | undefined): Promise<SearchResult> {
  const checked = checkQuery(raw);
  if (!checked.ok) return checked;
  return { ok: true, terms: checked.terms, hits: searchRecaps(await listAllRecaps(), checked.terms, checked.text) };
}
