import { tagSlug } from './slug';

/**
 * The recap list's filters as pure functions over the public recaps, so the
 * counts, the options and the heading are computed (and unit-tested) in one
 * place: lib/recaps/queries.ts calls them, components/recaps/filter-bar.tsx
 * and the /recaps page show what they return.
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

interface Filterable {
  tags: string[];
  date: string;
  city: string;
}

/** A recap's values for one filter, each with the label people see. */
function optionsOf(recap: Filterable, key: FacetKey): Array<[value: string, label: string]> {
  if (key === 'tag') return recap.tags.map((t) => [tagSlug(t), t]);
  if (key === 'year') return [[recap.date.slice(0, 4), recap.date.slice(0, 4)]];
  return recap.city ? [[recap.city.toLowerCase(), recap.city]] : [];
}

function wanted(filter: RecapFilterValues, key: FacetKey): string | undefined {
  const value = filter[key];
  return key === 'city' ? value?.toLowerCase() : value;
}

/** True if the recap passes every chosen filter, ignoring the one named by `except`. */
export function matchesFilter(recap: Filterable, filter: RecapFilterValues, except?: FacetKey): boolean {
  return (['tag', 'year', 'city'] as const).every((key) => {
    const value = wanted(filter, key);
    return key === except || !value || optionsOf(recap, key).some(([v]) => v === value);
  });
}

/**
 * Every option of every filter, counted against the other filters chosen:
 * with `year=2023` chosen, a tag's count is its recaps of 2023. Options that
 * would show nothing are kept with a count of 0 (the filter bar shows them
 * without a link), as is a chosen value no recap has, so it can be removed.
 */
export function filterFacets(recaps: Filterable[], filter: RecapFilterValues): Facets {
  const facet = (key: FacetKey): Facet[] => {
    const options = new Map<string, Facet>();
    for (const recap of recaps) {
      const counted = matchesFilter(recap, filter, key);
      for (const [value, label] of optionsOf(recap, key)) {
        const option = options.get(value) ?? { value, label, count: 0 };
        if (counted) option.count++;
        options.set(value, option);
      }
    }
    const chosen = wanted(filter, key);
    if (chosen && !options.has(chosen)) options.set(chosen, { value: chosen, label: filter[key]!, count: 0 });
    return [...options.values()];
  };
  const byCount = (a: Facet, b: Facet) => b.count - a.count || a.label.localeCompare(b.label);
  return {
    tags: facet('tag').sort(byCount),
    years: facet('year').sort((a, b) => b.value.localeCompare(a.value)),
    cities: facet('city').sort(byCount),
  };
}

/**
 * What the list shows, as its heading and <title>: "All recaps", or
 * "Recaps tagged Kubernetes in Shenzhen in 2023". Labels come from `facets`,
 * so a tag reads as its authors wrote it rather than as its URL slug.
 */
export function describeFilter(filter: RecapFilterValues, facets: Facets): string {
  const label = (list: Facet[], key: FacetKey) => list.find((f) => f.value === wanted(filter, key))?.label ?? filter[key];
  const parts: string[] = [];
  if (filter.tag) parts.push(`tagged ${label(facets.tags, 'tag')}`);
  if (filter.city) parts.push(`in ${label(facets.cities, 'city')}`);
  if (filter.year) parts.push(`in ${filter.year}`);
  return parts.length ? `Recaps ${parts.join(' ')}` : 'All recaps';
}
