import { romanKey } from '@/lib/speakers/roman-key';
import { nameKey } from '@/lib/speakers/name-key';
import type { ConvertedPost } from './post';
import { say, type Confidence, type ReportText } from './report';
import { renderReportText } from './report-text';

// Language versions of one event are paired by what they share, never by
// their paths (two languages often reuse a file name for unrelated posts):
// the same photos (by the hash of their bytes), post dates within a few days,
// the same event date, the same number of talks. A pair that rests on dates
// alone is proposed, not linked. Paired talks' speakers are matched as one
// person in two scripts where the names agree (the same, or the same pinyin).

export interface TranslationPair {
  /** Index of each post in the run; `first` is the one in the default language (its slug is the key). */
  first: number;
  second: number;
  key: string;
  confidence: Confidence;
  /** Why, in English; `because` holds the same as sentences of the report. */
  reasons: string[];
  because: ReportText[];
}

export interface PairingResult {
  pairs: TranslationPair[];
  /** Possible pairs with too little in common to link. */
  proposals: { first: number; second: number; reasons: string[]; because: ReportText[] }[];
}

const NEAR_DAYS = 7;

function days(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

export function pairTranslations(posts: ConvertedPost[]): PairingResult {
  const candidates: { first: number; second: number; score: number; linked: boolean; because: ReportText[] }[] = [];
  // Every pair or proposal needs post dates within NEAR_DAYS: in date order, each post is compared
  // with its neighbours only, so that a site of thousands of posts is not compared pair by pair.
  const published = (i: number) => posts[i].frontMatter.published as string;
  const order = posts.flatMap((p, i) => (p.ok ? [i] : [])).sort((x, y) => published(x).localeCompare(published(y)) || x - y);
  order.forEach((x, at) => {
    for (let next = at + 1; next < order.length && days(published(x), published(order[next])) <= NEAR_DAYS; next++) {
      const [i, j] = x < order[next] ? [x, order[next]] : [order[next], x];
      const [a, b] = [posts[i], posts[j]];
      if (a.locale === b.locale) continue;
      const because: ReportText[] = [];
      const shared = a.imageHashes.filter((h) => b.imageHashes.includes(h)).length;
      const near = days(a.frontMatter.published as string, b.frontMatter.published as string) <= NEAR_DAYS;
      const sameEvent = a.frontMatter.date === b.frontMatter.date;
      const sameTalks = a.talks.length > 0 && a.talks.length === b.talks.length;
      if (shared) because.push(say('reasonSharedImages', { count: shared }));
      if (near) because.push(say('reasonNear', { days: NEAR_DAYS }));
      if (sameEvent) because.push(say('reasonSameEvent', { date: a.frontMatter.date as string }));
      if (sameTalks) because.push(say('reasonSameTalks', { count: a.talks.length }));
      const linked = near && ((shared > 0 && (sameEvent || sameTalks || shared >= 2)) || (sameEvent && sameTalks));
      const proposed = !linked && near && (shared > 0 || sameEvent);
      if (linked || proposed)
        candidates.push({ first: i, second: j, score: shared * 3 + Number(sameEvent) * 2 + Number(sameTalks) * 2 + Number(near), linked, because });
    }
  });
  // Best first; among equals, in the order of the run.
  candidates.sort((x, y) => y.score - x.score || x.first - y.first || x.second - y.second);
  const taken = new Set<number>();
  const result: PairingResult = { pairs: [], proposals: [] };
  for (const c of candidates) {
    if (taken.has(c.first) || taken.has(c.second)) continue;
    const reasons = c.because.map((b) => renderReportText('en', b));
    if (!c.linked) {
      result.proposals.push({ first: c.first, second: c.second, reasons, because: c.because });
      continue;
    }
    taken.add(c.first);
    taken.add(c.second);
    const confidence: Confidence = c.because.length >= 4 ? 'certain' : 'likely';
    result.pairs.push({ first: c.first, second: c.second, key: posts[c.first].slug, confidence, reasons, because: c.because });
  }
  return result;
}

/** Whether two names are one person in two scripts: the same name, or the same romanization. */
export function samePerson(a: string, b: string): Confidence | null {
  if (nameKey(a) === nameKey(b)) return 'certain';
  const ka = romanKey(a);
  const kb = romanKey(b);
  return ka && kb && ka === kb ? 'likely' : null;
}
