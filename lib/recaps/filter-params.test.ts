import { describe, expect, it } from 'vitest';
import { filterHref, readRecapFilter } from './filter-params';

describe('readRecapFilter', () => {
  it('reads tag, year, city and page', () => {
    expect(readRecapFilter({ tag: 'Kubernetes', year: '2023', city: 'Shenzhen', page: '3' })).toEqual({
      tag: 'kubernetes',
      year: '2023',
      city: 'Shenzhen',
      page: 3,
    });
  });

  it('takes the first of repeated parameters and trims', () => {
    expect(readRecapFilter({ tag: [' wasm ', 'rust'], city: ['  ', 'x'] })).toEqual({ tag: 'wasm', year: undefined, city: undefined, page: undefined });
  });

  it('ignores malformed years and pages', () => {
    for (const [year, page] of [
      ['23', '0'],
      ['2023-01', '-2'],
      ['abcd', '1.5'],
      ['20233', 'NaN'],
      ['', '1'],
    ]) {
      const filter = readRecapFilter({ year, page });
      expect(filter.year).toBeUndefined();
      expect(filter.page).toBeUndefined();
    }
  });

  it('bounds the length of free text', () => {
    expect(readRecapFilter({ tag: 'x'.repeat(500), city: 'y'.repeat(500) })).toMatchObject({ tag: 'x'.repeat(60), city: 'y'.repeat(80) });
  });

  it('returns an empty filter for no parameters', () => {
    expect(readRecapFilter({})).toEqual({ tag: undefined, year: undefined, city: undefined, page: undefined });
  });
});

describe('filterHref', () => {
  const current = { tag: 'kubernetes', year: '2023', city: 'Shenzhen', page: 3 };

  it('changing a filter keeps the others and resets the page', () => {
    expect(filterHref(current, { year: '2024' })).toBe('/recaps?tag=kubernetes&year=2024&city=Shenzhen');
  });

  it('removing a filter with null keeps the others and resets the page', () => {
    expect(filterHref(current, { tag: null })).toBe('/recaps?year=2023&city=Shenzhen');
  });

  it('changing the page keeps every filter', () => {
    expect(filterHref(current, { page: 4 })).toBe('/recaps?tag=kubernetes&year=2023&city=Shenzhen&page=4');
  });

  it('leaves page 1 out of the URL', () => {
    expect(filterHref(current, { page: 1 })).toBe('/recaps?tag=kubernetes&year=2023&city=Shenzhen');
  });

  it('gives /recaps when nothing is left', () => {
    expect(filterHref({ tag: 'x' }, { tag: null })).toBe('/recaps');
  });

  it('encodes values', () => {
    expect(filterHref({}, { city: 'São Paulo & Co' })).toBe('/recaps?city=S%C3%A3o+Paulo+%26+Co');
  });

  it('round-trips through readRecapFilter', () => {
    const href = filterHref(current, { page: 5 });
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(readRecapFilter(params)).toEqual({ ...current, page: 5 });
  });
});
