import type { RecapFilter } from './public-reads';

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** Reads `tag`, `year`, `city` and `page` from a query string, ignoring anything malformed. */
export function readRecapFilter(params: Params): RecapFilter {
  const year = first(params.year);
  const page = Number(first(params.page));
  return {
    tag: first(params.tag)?.slice(0, 60).toLowerCase(),
    year: year && /^\d{4}$/.test(year) ? year : undefined,
    city: first(params.city)?.slice(0, 80),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** `/recaps` (or `base`, e.g. `/events`) with the current filters, changed by `patch` (null removes a filter). Changing a filter resets the page. */
export function filterHref(
  filter: RecapFilter,
  patch: Partial<Record<keyof RecapFilter, string | number | null>>,
  base: '/recaps' | '/events' = '/recaps',
): string {
  const merged: Record<string, string | number | undefined | null> = { ...filter, ...('page' in patch ? {} : { page: undefined }), ...patch };
  const query = new URLSearchParams();
  for (const key of ['tag', 'year', 'city', 'page'] as const) {
    const value = merged[key];
    if (value !== undefined && value !== null && !(key === 'page' && Number(value) <= 1)) query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${base}?${qs}` : base;
}
