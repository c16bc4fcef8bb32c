/**
 * Which pages the scale bench asks for: probes (distinct pages of each kind,
 * for the uncached p95) and, apart from them, the 10,000 distinct pages of
 * the memory run; and the search queries.
 */
import type { SeedSample } from './seed';

export type PageKind = 'recap' | 'speaker' | 'tag' | 'filtered';

export const recapPath = (slug: string) => `/recaps/${slug}`;
export const speakerPath = (slug: string) => `/speakers/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`;

export function filteredPath(f: { tag?: string; year?: string; city?: string; page?: number }): string {
  const q = new URLSearchParams();
  for (const key of ['tag', 'year', 'city', 'page'] as const) if (f[key] !== undefined) q.set(key, String(f[key]));
  return `/recaps?${q}`;
}

export interface PagePlan {
  probes: Record<PageKind, string[]>;
  /** Distinct pages, none of them a probe. */
  load: string[];
  /** What the load is made of. */
  loadMix: Record<PageKind, number>;
}

/** Filtered listings, distinct: the sample's combinations, then one filter alone, then further pages, then other pairs. */
function filteredPaths(sample: SeedSample): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push(p);
  };
  for (const f of sample.filters) add(filteredPath(f));
  for (const f of sample.filters)
    for (const single of [{ tag: f.tag }, { city: f.city }, { year: f.year }]) if (Object.values(single)[0]) add(filteredPath(single));
  for (let page = 2; page <= 5; page++) for (const f of sample.filters) add(filteredPath({ ...f, page }));
  // A small set has fewer combinations in its recaps than the run needs: every pair of the values it has (many list nothing, as such URLs do).
  const values = (key: 'tag' | 'year' | 'city') => [...new Set(sample.filters.map((f) => f[key]).filter((v): v is string => Boolean(v)))];
  const [tags, years, cities] = [values('tag'), values('year'), values('city')];
  for (const year of years) for (const tag of tags) add(filteredPath({ tag, year }));
  for (const year of years) for (const city of cities) add(filteredPath({ year, city }));
  for (const city of cities) for (const tag of tags) add(filteredPath({ tag, city }));
  return out;
}

export function planPages(sample: SeedSample, probesPerKind: number, loadPages: number): PagePlan {
  const distinct = (xs: string[]) => [...new Set(xs)];
  const recaps = distinct(sample.recapSlugs).map(recapPath);
  const speakers = distinct(sample.speakerSlugs).map(speakerPath);
  const tags = distinct(sample.tagSlugs).map(tagPath);
  const filtered = filteredPaths(sample);
  const take = (list: string[], n: number) => list.splice(0, Math.min(n, list.length));
  const probes: Record<PageKind, string[]> = {
    recap: take(recaps, probesPerKind),
    speaker: take(speakers, probesPerKind),
    // A few hundred tags in all: a third are probes, the rest in the load.
    tag: take(tags, Math.min(probesPerKind, Math.floor(tags.length / 3))),
    filtered: take(filtered, probesPerKind),
  };
  const loadMix: Record<PageKind, number> = { recap: 0, speaker: 0, tag: 0, filtered: 0 };
  const load: string[] = [];
  const push = (kind: PageKind, list: string[], n: number) => {
    const got = take(list, n);
    load.push(...got);
    loadMix[kind] += got.length;
  };
  push('tag', tags, tags.length);
  push('recap', recaps, Math.round(loadPages * 0.4));
  push('speaker', speakers, Math.round(loadPages * 0.3));
  push('filtered', filtered, loadPages - load.length);
  // Small sets run out of filtered listings before 10,000: top up with the other kinds.
  for (const [kind, list] of [
    ['recap', recaps],
    ['speaker', speakers],
  ] as const)
    push(kind, list, loadPages - load.length);
  // Interleaved, so memory is sampled over a mix rather than one kind after another.
  const mixed = load
    .map((p, i) => ({ p, k: Math.imul(i + 1, 0x9e3779b1) >>> 0 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.p);
  return { probes, load: mixed, loadMix };
}

/** Search queries a reader would type: words, prefixes, Chinese terms, speaker names, two words, misses. */
export function searchQueries(sample: SeedSample, count: number): string[] {
  const words = [
    'migration',
    'rollback',
    'kubernetes',
    'latency',
    'benchmarks',
    'dashboard',
    'scheduling',
    'inference',
    'webassembly',
    'observability',
    'postgres',
    'autoscaling',
    'incidents',
    'consistency',
    'Shenzhen',
    'Chengdu',
    'Singapore',
    'fintech',
    'tracing',
    'design system',
  ];
  const prefixes = ['kub', 'mig', 'roll', 'obs', 'sched', 'infe', 'dash', 'pla', 'ser', 'wasm', 'secu', 'lat'];
  const cjk = ['云原生', '迁移', '回滚', '灰度', '故障', '平台工程', '数据库', '成本', '调度', '推理', '北京', '上海', '服务网格', '可观测性', '零停机'];
  const multi = [
    'shanghai gpu',
    'postgres upgrade',
    'edge inference',
    'beijing kubernetes',
    'service mesh',
    '北京 云原生',
    '数据库 迁移',
    'Optics Valley AI',
    'tracing production',
  ];
  const misses = ['hwameistor', 'zzzyx', 'quantum blockchain', '量子计算', 'fortran'];
  const names = sample.speakerNames.length ? sample.speakerNames : ['Alice Martin'];
  const kinds = [words, prefixes, cjk, names, multi, misses];
  const weights = [0.25, 0.15, 0.2, 0.2, 0.15, 0.05];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let x = ((Math.imul(i + 1, 0x9e3779b1) >>> 0) % 10_000) / 10_000;
    let k = 0;
    while (k < weights.length - 1 && (x -= weights[k]) >= 0) k++;
    const list = kinds[k];
    out.push(list[(Math.imul(i + 7, 0x85ebca6b) >>> 0) % list.length]);
  }
  return out;
}
