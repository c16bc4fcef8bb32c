import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { countByCity, countByTag, countByYear, getTagRow, type PublicRecapFilter } from '@/lib/sql/read-model';
import { mergeFacet, type Facets, type RecapFilterValues } from './filter-counts';

/** Options shown per filter: a site with thousands of tags shows its most used (and the chosen one). */
export const FACET_LIMIT = 24;
/** Years are few; all of them are shown. */
const YEAR_LIMIT = 200;

/** The filter as the read model stores it: tag slug, year, lowercased city. */
export function toReadModelFilter(filter: RecapFilterValues): PublicRecapFilter {
  return { tag: filter.tag || undefined, year: filter.year || undefined, cityKey: filter.city?.toLowerCase() || undefined };
}

/**
 * Every filter's options for the recap list, each counted against the other
 * filters chosen (with `year=2023`, a tag's count is its recaps of 2023),
 * options that would show nothing kept at 0 (lib/recaps/filter-counts.ts).
 * `total` is the number of recaps matching the whole filter: a chosen
 * option's own count. Six grouped, indexed queries at most, whatever the
 * number of recaps. lib/recaps/public-reads.ts only.
 */
export async function recapFacets(db: Kysely<Database>, filter: RecapFilterValues, total: number): Promise<Facets> {
  const f = toReadModelFilter(filter);
  const [years, allYears, cities, allCities, tags, allTags, chosenTag] = await Promise.all([
    countByYear(db, { ...f, year: undefined }),
    f.tag || f.cityKey ? countByYear(db, {}) : null,
    countByCity(db, { ...f, cityKey: undefined }, FACET_LIMIT),
    f.tag || f.year ? countByCity(db, {}, FACET_LIMIT) : null,
    countByTag(db, { ...f, tag: undefined }, FACET_LIMIT),
    f.year || f.cityKey ? countByTag(db, {}, FACET_LIMIT) : null,
    f.tag ? getTagRow(db, f.tag) : null,
  ]);
  const chosen = (value: string | undefined, label: string | undefined) => (value ? { value, label: label ?? value, count: total } : undefined);
  return {
    tags: mergeFacet({ counted: tags, known: allTags ?? tags, limit: FACET_LIMIT, chosen: chosen(f.tag, chosenTag?.label ?? filter.tag) }),
    years: mergeFacet({ counted: years, known: allYears ?? years, limit: YEAR_LIMIT, chosen: chosen(f.year, filter.year), order: 'value-desc' }),
    cities: mergeFacet({ counted: cities, known: allCities ?? cities, limit: FACET_LIMIT, chosen: chosen(f.cityKey, filter.city) }),
  };
}
