import { describe, expect, it } from 'vitest';
import type { Facet } from './filter-counts';
import { recapListHeading } from './list-heading';

const f = (value: string, count: number, label = value): Facet => ({ value, count, label });
const facets = { tags: [f('kubernetes', 3, 'Kubernetes')], years: [f('2023', 2)], cities: [f('shenzhen', 2, '深圳')] };

describe('recapListHeading', () => {
  it('says what is shown in English, as the English heading always did', () => {
    expect(recapListHeading('en', {}, facets)).toBe('All recaps');
    expect(recapListHeading('en', { tag: 'kubernetes', year: '2023' }, facets)).toBe('Recaps tagged Kubernetes in 2023');
    expect(recapListHeading('en', { year: '2023', city: 'SHENZHEN', tag: 'kubernetes' }, facets)).toBe('Recaps tagged Kubernetes in 深圳 in 2023');
  });

  it('and in Chinese', () => {
    expect(recapListHeading('zh', {}, facets)).toBe('全部活动回顾');
    expect(recapListHeading('zh', { city: 'shenzhen' }, facets)).toBe('活动回顾：深圳');
    expect(recapListHeading('zh', { year: '2023', city: 'shenzhen', tag: 'kubernetes' }, facets)).toBe('活动回顾：Kubernetes · 深圳 · 2023 年');
  });
});
