import Link from 'next/link';
import type { Facet, Facets, FacetKey } from '@/lib/recaps/filter-counts';
import type { RecapFilter } from '@/lib/recaps/public-reads';
import { filterHref } from '@/lib/recaps/filter-params';

const CHIP = 'chip aria-[current]:border-teal-600 aria-[current]:bg-teal-50 dark:aria-[current]:bg-teal-950';

const countText = (count: number) => (count === 1 ? '1 recap' : `${count} recaps`);

function Option({ name, facet, filter }: { name: FacetKey; facet: Facet; filter: RecapFilter }) {
  const active = filter[name] !== undefined && (name === 'city' ? filter.city?.toLowerCase() === facet.value : filter[name] === facet.value);
  const label = name === 'tag' ? `#${facet.label}` : facet.label;
  const count = (
    <span className="ml-1 text-xs opacity-70">
      <span aria-hidden="true">{facet.count}</span>
      <span className="sr-only">, {countText(facet.count)}</span>
    </span>
  );
  // An option that would show nothing is not a link: there is nowhere useful to go.
  // A chosen one stays a link even at 0 (an unknown tag in the URL), because following it removes it.
  if (facet.count === 0 && !active) {
    return (
      <span data-testid="filter-option-empty" className="chip cursor-default border-dashed text-zinc-600 dark:text-zinc-400">
        {label}
        {count}
      </span>
    );
  }
  return (
    <Link href={filterHref(filter, { [name]: active ? null : facet.value })} aria-current={active ? 'true' : undefined} className={CHIP}>
      {label}
      {count}
    </Link>
  );
}

function FacetGroup({ label, name, facets, filter }: { label: string; name: FacetKey; facets: Facet[]; filter: RecapFilter }) {
  const active = filter[name];
  return (
    <div role="group" aria-labelledby={`filter-${name}`} className="flex flex-wrap items-center gap-2">
      <span id={`filter-${name}`} className="w-12 text-sm font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </span>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={filterHref(filter, { [name]: null })} aria-current={!active ? 'true' : undefined} className={CHIP}>
            Any
          </Link>
        </li>
        {facets.map((f) => (
          <li key={f.value}>
            <Option name={name} facet={f} filter={filter} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Filter links that keep the other filters; plain links, so they work without
 * JavaScript. Each count says what choosing that option would show, given the
 * other filters already chosen.
 */
export function FilterBar({ filter, facets }: { filter: RecapFilter; facets: Facets }) {
  return (
    <nav aria-label="Filter recaps" className="mb-8 space-y-3">
      <FacetGroup label="Year" name="year" facets={facets.years} filter={filter} />
      <FacetGroup label="City" name="city" facets={facets.cities} filter={filter} />
      <FacetGroup label="Topic" name="tag" facets={facets.tags} filter={filter} />
    </nav>
  );
}
