import { describe, expect, it } from 'vitest';
import { describeFilter, mergeFacet, type Facet } from './filter-counts';

const f = (value: string, count: number, label = value): Facet => ({ value, label, count });

describe('mergeFacet', () => {
  it('keeps the counted options, most first, and fills up with known ones at 0', () => {
    const merged = mergeFacet({ counted: [f('kubernetes', 2), f('ebpf', 1)], known: [f('kubernetes', 3), f('rust', 1), f('ebpf', 1)], limit: 10 });
    expect(merged).toEqual([f('kubernetes', 2), f('ebpf', 1), f('rust', 0)]);
  });

  it('shows at most `limit` options, plus the chosen one whatever its rank', () => {
    const counted = Array.from({ length: 30 }, (_, i) => f(`t${String(i).padStart(2, '0')}`, 30 - i));
    const merged = mergeFacet({ counted, known: counted, limit: 5, chosen: { value: 't29', label: 't29', count: 1 } });
    expect(merged.map((o) => o.value)).toEqual(['t00', 't01', 't02', 't03', 't04', 't29']);
  });

  it('keeps a chosen value no recap has, at 0 with the label given, so the bar can offer to remove it', () => {
    expect(mergeFacet({ counted: [], known: [f('rust', 1)], limit: 5, chosen: { value: 'cobol', label: 'cobol', count: 0 } })).toEqual([f('cobol', 0), f('rust', 0)]);
  });

  it('orders years by value, newest first', () => {
    expect(mergeFacet({ counted: [f('2021', 5)], known: [f('2023', 1), f('2021', 5), f('2022', 1)], limit: 100, order: 'value-desc' }).map((o) => [o.value, o.count])).toEqual([
      ['2023', 0], ['2022', 0], ['2021', 5],
    ]);
  });
});

describe('describeFilter', () => {
  const facets = { tags: [f('kubernetes', 3, 'Kubernetes')], years: [f('2023', 2)], cities: [f('shenzhen', 2, 'Shenzhen')] };

  it('says what is shown, with labels as written', () => {
    expect(describeFilter({}, facets)).toBe('All recaps');
    expect(describeFilter({ tag: 'kubernetes' }, facets)).toBe('Recaps tagged Kubernetes');
    expect(describeFilter({ tag: 'kubernetes', year: '2023' }, facets)).toBe('Recaps tagged Kubernetes in 2023');
    expect(describeFilter({ city: 'shenzhen' }, facets)).toBe('Recaps in Shenzhen');
    expect(describeFilter({ year: '2022', city: 'SHENZHEN', tag: 'kubernetes' }, facets)).toBe('Recaps tagged Kubernetes in Shenzhen in 2022');
  });

  it('falls back to the value given for something no recap has', () => {
    expect(describeFilter({ tag: 'cobol', year: '1999' }, facets)).toBe('Recaps tagged cobol in 1999');
  });
});
