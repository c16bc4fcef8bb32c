import type { RecapSummary } from '@/lib/recaps/types';
import type { TalkInfo } from '@/lib/mdx/talks';

export interface SearchHit {
  recap: RecapSummary;
  talk?: TalkInfo;
  snippet: string;
  score: number;
}

interface Field {
  text: string;
  weight: number;
  exact?: boolean;
}

function talkFields(talk: TalkInfo): Field[] {
  return [
    { text: talk.title, weight: 8, exact: true },
    ...talk.speakers.flatMap((s) => [
      { text: s.name, weight: 8, exact: true },
      { text: `${s.role ?? ''} ${s.affiliation ?? ''}`, weight: 3 },
    ]),
    { text: talk.summary, weight: 1 },
  ];
}

function score(fields: Field[], terms: string[], phrase: string): number {
  let total = 0;
  for (const term of terms) {
    const found = fields.filter((f) => f.text.toLowerCase().includes(term));
    if (found.length === 0) return 0;
    total += Math.max(...found.map((f) => f.weight));
  }
  // Exact title or speaker matches rank first.
  if (fields.some((f) => f.exact && f.text.toLowerCase() === phrase)) total += 100;
  return total;
}

/** Where the first term occurs in `text`, with some context either side. */
export function snippet(text: string, terms: string[], width = 160): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, at - width / 3);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width).trim()}${start + width < text.length ? '…' : ''}`;
}

/**
 * Ranks recaps and talks against the query terms (every term must match).
 * Used for file recaps and as the reference behaviour for the database index.
 */
export function searchRecaps(recaps: RecapSummary[], terms: string[], phrase: string, limit = 30): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const recap of recaps) {
    for (const talk of recap.talks) {
      const s = score(talkFields(talk), terms, phrase);
      if (s > 0) hits.push({ recap, talk, score: s + 1, snippet: snippet(`${talk.summary}`, terms) });
    }
    if (!hits.some((h) => h.recap === recap)) {
      const fields: Field[] = [
        { text: recap.title, weight: 8, exact: true },
        { text: `${recap.description} ${recap.city} ${recap.community} ${recap.tags.join(' ')}`, weight: 2 },
        ...recap.talks.flatMap(talkFields),
      ];
      const s = score(fields, terms, phrase);
      if (s > 0) hits.push({ recap, score: s, snippet: snippet(recap.description, terms) });
    }
  }
  return hits.sort((a, b) => b.score - a.score || b.recap.date.localeCompare(a.recap.date)).slice(0, limit);
}
