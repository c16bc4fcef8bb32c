import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { processState } from '@/lib/process-state';
import { getCatalogVersion } from '@/lib/sql/catalog-version';
import { countByCity, countByTag, countByYear, getTagRow, type FacetCountRow, type PublicRecapFilter } from '@/lib/sql/read-model';
import { mergeFacet, type Facets, type RecapFilterValues } from './filter-counts';

/** Options shown per filter: a site with thousands of tags shows its most used (and the chosen one). */
export const FACET_LIMIT = 24;
/** Years are few; all of them are shown. */
const YEAR_LIMIT = 200;

interface SiteWideOptions {
  db: Kysely<Database>;
  version: number;
  years: Promise<FacetCountRow[]>;
  cities: Promise<FacetCountRow[]>;
}

/**
 * Every year and the top cities with their counts over the whole site: two
 * grouped reads over every recap, so they are kept per catalog version (one
 * primary-key read to check; every write to the read model moves it) and
 * computed again only after a change. Bounded: a few hundred options.
 */
async function siteWideOptions(db: Kysely<Database>): Promise<SiteWideOptions> {
  const state = processState('facetOptions', () => ({ current: undefined as SiteWideOptions | undefined }));
  // Read before the counts: options filed under a version are never older than it.
  const version = await getCatalogVersion(db);
  const current = state.current;
  if (current && current.db === db && current.version === version) return current;
  const fresh: SiteWideOptions = { db, version, years: countByYear(db, {}), cities: countByCity(db, {}, FACET_LIMIT) };
  // A failed read is not kept.
  Promise.all([fresh.years, fresh.cities]).catch(() => {
    if (state.current === fresh) state.current = undefined;
  });
  state.current = fresh;
  return fresh;
}

/** The filter as the read model stores it: tag slug, year, lowercased city. */
export function toReadModelFilter(filter: RecapFilterValues): PublicRecapFilter {
  return { tag: filter.tag || undefined, year: filter.year || undefined, cityKey: filter.city?.toLowerCase() || undefined };
}

/**
 * Every filter's options for the recap list, each counted against the other
 * filters chosen (with `year=2023`, a tag's count is its recaps of 2023),
 * options that would show nothing kept at 0 (lib/recaps/filter-counts.ts).
 * `total` is the number of recaps matching the whole filter: a chosen
 * option's own count. At most three grouped queries over the recaps the
 * other filters leave, plus the site-wide options, kept per catalog version. lib/recaps/public-reads.ts only.
 */
export async function recapFacets(db: Kysely<Database>, filter: RecapFilterValues, total: number): Promise<Facets> {
  const f = toReadModelFilter(filter);
  const site = await siteWideOptions(db);
  const [years, allYears, cities, allCities, tags, allTags, chosenTag] = await Promise.all([
    f.tag || f.cityKey ? countByYear(db, { ...f, year: undefined }) : site.years,
    site.years,
    f.tag || f.year ? countByCity(db, { ...f, cityKey: undefined }, FACET_LIMIT) : site.cities,
    site.cities,
    countByTag(db, { ...f, tag: undefined }, FACET_LIMIT),
    f.year || f.cityKey ? countByTag(db, {}, FACET_LIMIT) : null,
    f.tag ? getTagRow(db, f.tag) : null,
  ]);
  const chosen = (value: string | undefined, label: string | undefined) => (value ? { value, label: label ?? value, count: total } : undefined);
  return {
    tags: mergeFacet({ counted: tags, known: allTags ?? tags, limit: FACET_LIMIT, chosen: chosen(f.tag, chosenTag?.label ?? filter.tag) }),
    years: mergeFacet({ counted: years, known: allYears, limit: YEAR_LIMIT, chosen: chosen(f.year, filter.year), order: 'value-desc' }),
    cities: mergeFacet({ counted: cities, known: allCities, limit: FACET_LIMIT, chosen: chosen(f.cityKey, filter.city) }),
  };
}
