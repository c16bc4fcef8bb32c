import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { processState } from '@/lib/process-state';
import { getCatalogVersion } from '@/lib/sql/catalog-version';
import {
  countByCity,
  countByTag,
  countByYear,
  countByYearAndCity,
  getTagRow,
  type FacetCountRow,
  type ListedLocale,
  type PublicRecapFilter,
} from '@/lib/sql/read-model';
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
  /** The most used tags counted by event (a listing in one language); null: every version, from the tag summaries. */
  tags: Promise<FacetCountRow[]> | null;
}

/**
 * Every year and the top cities with their counts over the whole site: two
 * grouped reads over every recap, so they are kept per catalog version (one
 * primary-key read to check; every write to the read model moves it) and
 * computed again only after a change. Bounded: a few hundred options.
 */
async function siteWideOptions(db: Kysely<Database>, listedIn: ListedLocale | undefined): Promise<SiteWideOptions> {
  // One set per listing language (and one over every version): at most three.
  const state = processState('facetOptions', () => ({ byListing: new Map<string, SiteWideOptions>() }));
  const slot = listedIn ?? 'all';
  // Read before the counts: options filed under a version are never older than it.
  const version = await getCatalogVersion(db);
  const current = state.byListing.get(slot);
  if (current && current.db === db && current.version === version) return current;
  const all = { listedIn };
  const fresh: SiteWideOptions = {
    db,
    version,
    years: countByYear(db, all),
    cities: countByCity(db, all, FACET_LIMIT),
    tags: listedIn ? countByTag(db, all, FACET_LIMIT) : null,
  };
  // A failed read is not kept.
  Promise.all([fresh.years, fresh.cities, fresh.tags]).catch(() => {
    if (state.byListing.get(slot) === fresh) state.byListing.delete(slot);
  });
  state.byListing.set(slot, fresh);
  return fresh;
}

/** The filter as the read model stores it: tag slug, year, lowercased city, and the listing's language (each event once). */
export function toReadModelFilter(filter: RecapFilterValues, listedIn?: ListedLocale): PublicRecapFilter {
  return { tag: filter.tag || undefined, year: filter.year || undefined, cityKey: filter.city?.toLowerCase() || undefined, listedIn };
}

/**
 * Every filter's options for the recap list, each counted against the other
 * filters chosen (with `year=2023`, a tag's count is its recaps of 2023),
 * options that would show nothing kept at 0 (lib/recaps/filter-counts.ts).
 * `total` is the number of recaps matching the whole filter: a chosen
 * option's own count. At most three grouped queries over the recaps the
 * other filters leave (two with a tag chosen: years and cities come from one), plus the site-wide options, kept per catalog version. lib/recaps/public-reads.ts only.
 */
export async function recapFacets(db: Kysely<Database>, filter: RecapFilterValues, total: number, listedIn?: ListedLocale): Promise<Facets> {
  const f = toReadModelFilter(filter, listedIn);
  const site = await siteWideOptions(db, listedIn);
  // With a tag chosen, the year and city facets come from one grouped read over the tag's recaps, not two.
  const byTag = f.tag ? countByYearAndCity(db, { tag: f.tag, listedIn }) : null;
  const [years, allYears, cities, allCities, tags, allTags, chosenTag] = await Promise.all([
    byTag ? byTag.then((rows) => yearFacet(rows, f.cityKey)) : f.cityKey ? countByYear(db, { ...f, year: undefined }) : site.years,
    site.years,
    byTag ? byTag.then((rows) => cityFacet(rows, f.year)) : f.year ? countByCity(db, { ...f, cityKey: undefined }, FACET_LIMIT) : site.cities,
    site.cities,
    !f.year && !f.cityKey && site.tags ? site.tags : countByTag(db, { ...f, tag: undefined }, FACET_LIMIT),
    f.year || f.cityKey ? (site.tags ?? countByTag(db, {}, FACET_LIMIT)) : null,
    f.tag ? getTagRow(db, f.tag) : null,
  ]);
  const chosen = (value: string | undefined, label: string | undefined) => (value ? { value, label: label ?? value, count: total } : undefined);
  return {
    tags: mergeFacet({ counted: tags, known: allTags ?? tags, limit: FACET_LIMIT, chosen: chosen(f.tag, chosenTag?.label ?? filter.tag) }),
    years: mergeFacet({ counted: years, known: allYears, limit: YEAR_LIMIT, chosen: chosen(f.year, filter.year), order: 'value-desc' }),
    cities: mergeFacet({ counted: cities, known: allCities, limit: FACET_LIMIT, chosen: chosen(f.cityKey, filter.city) }),
  };
}

type YearCityCount = Awaited<ReturnType<typeof countByYearAndCity>>[number];

/** Years with their counts among `rows` of city `cityKey` (all cities without one), newest first: countByYear's answer. */
function yearFacet(rows: YearCityCount[], cityKey: string | undefined): FacetCountRow[] {
  const byYear = new Map<string, number>();
  for (const r of rows) if (!cityKey || r.cityKey === cityKey) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.count);
  return [...byYear].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([year, count]) => ({ value: year, label: year, count }));
}

/** Cities with their counts among `rows` of year `year` (all years without one), most first, at most FACET_LIMIT: countByCity's answer. */
function cityFacet(rows: YearCityCount[], year: string | undefined): FacetCountRow[] {
  const byCity = new Map<string, FacetCountRow>();
  for (const r of rows) {
    if (year && r.year !== year) continue;
    const c = byCity.get(r.cityKey);
    if (!c) byCity.set(r.cityKey, { value: r.cityKey, label: r.label, count: r.count });
    else {
      c.count += r.count;
      // max(city), as countByCity labels a city (case variants of one key; JS order here, the database's collation within a group).
      if (r.label > c.label) c.label = r.label;
    }
  }
  return [...byCity.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, FACET_LIMIT);
}
