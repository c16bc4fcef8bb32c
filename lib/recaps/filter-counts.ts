/**
 * The recap list's filters: the shapes of their options and counts, how the
 * counted options become what the filter bar shows, and the heading. Counting
 * happens in the database (lib/recaps/recap-facets.ts); what is pure is here,
 * unit-tested: components/recaps/filter-bar.tsx shows what it returns.
 */

export interface RecapFilterValues {
  tag?: string;
  year?: string;
  city?: string;
}

export type FacetKey = keyof RecapFilterValues;

export interface Facet {
  value: string;
  label: string;
  /** Recaps that choosing this option would show, given the other filters already chosen. */
  count: number;
}

export interface Facets {
  tags: Facet[];
  years: Facet[];
  cities: Facet[];
}

const byCount = (a: Facet, b: Facet) => b.count - a.count || a.label.localeCompare(b.label);

/**
 * One filter's options as the bar shows them, from `counted` (the options
 * that would show something, each counted against the other filters chosen,
 * most first) and `known` (options of the whole site, most used first):
 * - at most `limit` options (a site with thousands of tags shows its top ones),
 * - filled up with known options that would show nothing, at a count of 0
 *   (the bar shows them without a link),
 * - plus the chosen value whatever its rank, at `chosenCount` (every recap
 *   the list shows has it), so that it can be removed; a value no recap has
 *   is kept at 0 with the label given.
 * Sorted by count then label, or by value, newest first, for years.
 */
export function mergeFacet(input: {
  counted: Facet[];
  known: Facet[];
  limit: number;
  chosen?: { value: string; label: string; count: number };
  order?: 'count' | 'value-desc';
}): Facet[] {
  const options = new Map<string, Facet>();
  for (const f of input.counted) if (options.size < input.limit && f.count > 0) options.set(f.value, f);
  for (const f of input.known) if (options.size < input.limit && !options.has(f.value)) options.set(f.value, { ...f, count: 0 });
  const chosen = input.chosen;
  if (chosen && !options.has(chosen.value)) {
    const label = input.known.find((f) => f.value === chosen.value)?.label ?? chosen.label;
    options.set(chosen.value, { value: chosen.value, label, count: chosen.count });
  }
  const list = [...options.values()];
  return input.order === 'value-desc' ? list.sort((a, b) => b.value.localeCompare(a.value)) : list.sort(byCount);
}

/**
 * The labels of the chosen filters, as the facets spell them (a tag as its
 * authors wrote it rather than as its URL slug), for headings in any language.
 */
export function filterLabels(filter: RecapFilterValues, facets: Facets): { tag?: string; city?: string; year?: string } {
  const wanted = (key: FacetKey) => (key === 'city' ? filter.city?.toLowerCase() : filter[key]);
  const label = (list: Facet[], key: FacetKey) => list.find((f) => f.value === wanted(key))?.label ?? filter[key];
  return {
    tag: filter.tag ? label(facets.tags, 'tag') : undefined,
    city: filter.city ? label(facets.cities, 'city') : undefined,
    year: filter.year,
  };
}

/**
 * What the list shows, in English (the listing's localized heading is
 * lib/recaps/list-heading.ts): "All recaps", or "Recaps tagged Kubernetes in
 * Shenzhen in 2023".
 */
export function describeFilter(filter: RecapFilterValues, facets: Facets): string {
  const labels = filterLabels(filter, facets);
  const parts: string[] = [];
  if (labels.tag) parts.push(`tagged ${labels.tag}`);
  if (labels.city) parts.push(`in ${labels.city}`);
  if (labels.year) parts.push(`in ${labels.year}`);
  return parts.length ? `Recaps ${parts.join(' ')}` : 'All recaps';
}
