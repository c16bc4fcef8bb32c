import Link from 'next/link';
import type { Facet, RecapFilter } from '@/lib/recaps/queries';
import { filterHref } from '@/lib/recaps/filter-params';

type Key = 'tag' | 'year' | 'city';

function FacetGroup({ label, name, facets, filter }: { label: string; name: Key; facets: Facet[]; filter: RecapFilter }) {
  const active = filter[name];
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="w-12 text-sm font-medium text-zinc-600 dark:text-zinc-400">{label}</span>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={filterHref(filter, { [name]: null })} aria-current={!active ? 'true' : undefined} className="chip aria-[current]:border-teal-600 aria-[current]:bg-teal-50 dark:aria-[current]:bg-teal-950">
            Any
          </Link>
        </li>
        {facets.map((f) => (
          <li key={f.value}>
            <Link
              href={filterHref(filter, { [name]: active === f.value ? null : f.value })}
              aria-current={active === f.value ? 'true' : undefined}
              className="chip aria-[current]:border-teal-600 aria-[current]:bg-teal-50 dark:aria-[current]:bg-teal-950"
            >
              {name === 'tag' ? `#${f.label}` : f.label}
              <span className="ml-1 text-xs opacity-70">{f.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Filter links that keep the other filters; plain links, so they work without JavaScript. */
export function FilterBar({ filter, facets }: { filter: RecapFilter; facets: { tags: Facet[]; years: Facet[]; cities: Facet[] } }) {
  return (
    <nav aria-label="Filter recaps" className="mb-8 space-y-3">
      <FacetGroup label="Year" name="year" facets={facets.years} filter={filter} />
      <FacetGroup label="City" name="city" facets={facets.cities} filter={filter} />
      <FacetGroup label="Topic" name="tag" facets={facets.tags} filter={filter} />
    </nav>
  );
}
