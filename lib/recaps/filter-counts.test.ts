import { describe, expect, it } from 'vitest';
import { describeFilter, filterFacets, matchesFilter } from './filter-counts';

const RECAPS = [
  { date: '2023-05-01', city: 'Shenzhen', tags: ['Kubernetes', 'eBPF'] },
  { date: '2023-09-01', city: 'Beijing', tags: ['Observability'] },
  { date: '2022-03-01', city: 'Shenzhen', tags: ['Kubernetes'] },
  { date: '2021-11-01', city: 'Shanghai', tags: ['Rust', 'Kubernetes'] },
];

const counts = (facets: { value: string; count: number }[]) => Object.fromEntries(facets.map((f) => [f.value, f.count]));

describe('matchesFilter', () => {
  it('combines tag slug, year and city (case-insensitive), and can ignore one of them', () => {
    expect(RECAPS.filter((r) => matchesFilter(r, { tag: 'kubernetes', city: 'shenzhen' }))).toHaveLength(2);
    expect(RECAPS.filter((r) => matchesFilter(r, { tag: 'kubernetes', year: '2023' }))).toHaveLength(1);
    expect(RECAPS.filter((r) => matchesFilter(r, { tag: 'kubernetes', year: '2023' }, 'year'))).toHaveLength(3);
    expect(RECAPS.filter((r) => matchesFilter(r, {}))).toHaveLength(4);
  });
});

describe('filterFacets', () => {
  it('without filters, counts every recap', () => {
    const facets = filterFacets(RECAPS, {});
    expect(counts(facets.tags)).toEqual({ kubernetes: 3, ebpf: 1, observability: 1, rust: 1 });
    expect(facets.years.map((f) => [f.value, f.count])).toEqual([['2023', 2], ['2022', 1], ['2021', 1]]);
    expect(counts(facets.cities)).toEqual({ shenzhen: 2, beijing: 1, shanghai: 1 });
    expect(facets.tags[0]).toEqual({ value: 'kubernetes', label: 'Kubernetes', count: 3 });
  });

  it('counts each option against the other filters chosen, and keeps zero options with a count of 0', () => {
    const facets = filterFacets(RECAPS, { year: '2023' });
    expect(counts(facets.tags)).toEqual({ kubernetes: 1, ebpf: 1, observability: 1, rust: 0 });
    expect(counts(facets.cities)).toEqual({ shenzhen: 1, beijing: 1, shanghai: 0 });
    // The year's own options ignore the chosen year: they say what switching to them would show.
    expect(counts(facets.years)).toEqual({ '2023': 2, '2022': 1, '2021': 1 });
    // Options that still give results come first.
    expect(facets.tags.at(-1)).toMatchObject({ value: 'rust', count: 0 });
  });

  it('with two filters chosen, each group is counted against the others only', () => {
    const facets = filterFacets(RECAPS, { tag: 'kubernetes', city: 'Shenzhen' });
    expect(counts(facets.years)).toEqual({ '2023': 1, '2022': 1, '2021': 0 });
    expect(counts(facets.cities)).toEqual({ shenzhen: 2, beijing: 0, shanghai: 1 });
    expect(counts(facets.tags)).toEqual({ kubernetes: 2, ebpf: 1, observability: 0, rust: 0 });
  });

  it('keeps a chosen value no recap has, at 0, so the filter bar can offer to remove it', () => {
    const facets = filterFacets(RECAPS, { tag: 'cobol' });
    expect(facets.tags.find((f) => f.value === 'cobol')).toEqual({ value: 'cobol', label: 'cobol', count: 0 });
    expect(counts(facets.years)).toEqual({ '2023': 0, '2022': 0, '2021': 0 });
  });
});

describe('describeFilter', () => {
  const heading = (filter: Parameters<typeof describeFilter>[0]) => describeFilter(filter, filterFacets(RECAPS, filter));

  it('says what is shown, with labels as written', () => {
    expect(heading({})).toBe('All recaps');
    expect(heading({ tag: 'kubernetes' })).toBe('Recaps tagged Kubernetes');
    expect(heading({ tag: 'kubernetes', year: '2023' })).toBe('Recaps tagged Kubernetes in 2023');
    expect(heading({ city: 'shenzhen' })).toBe('Recaps in Shenzhen');
    expect(heading({ year: '2022', city: 'SHENZHEN', tag: 'kubernetes' })).toBe('Recaps tagged Kubernetes in Shenzhen in 2022');
  });

  it('falls back to the value given for something no recap has', () => {
    expect(heading({ tag: 'cobol', year: '1999' })).toBe('Recaps tagged cobol in 1999');
  });
});
