import Link from 'next/link';
import type { Facet, Facets, FacetKey } from '@/lib/recaps/filter-counts';
import type { RecapFilter } from '@/lib/recaps/public-reads';
import { filterHref } from '@/lib/recaps/filter-params';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';

/** The list the filters apply to: the recaps, or the events (upcoming and past). */
type ListBase = '/recaps' | '/events';

const CHIP = 'chip aria-[current]:border-teal-600 aria-[current]:bg-teal-50 dark:aria-[current]:bg-teal-950';

function Option({ locale, name, facet, filter, base }: { locale: Locale; name: FacetKey; facet: Facet; filter: RecapFilter; base: ListBase }) {
  const t = translator(locale, 'filters');
  const active = filter[name] !== undefined && (name === 'city' ? filter.city?.toLowerCase() === facet.value : filter[name] === facet.value);
  // A city or topic is written in its recap's language: "深圳" on an English page is marked as Chinese.
  const label = <span lang={otherScriptLang(facet.label, locale)}>{name === 'tag' ? `#${facet.label}` : facet.label}</span>;
  const count = (
    <span className="ml-1 text-xs opacity-80">
      <span aria-hidden="true">{facet.count}</span>
      <span className="sr-only">, {t('count', { count: facet.count })}</span>
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
    <Link
      href={localePath(locale, filterHref(filter, { [name]: active ? null : facet.value }, base))}
      aria-current={active ? 'true' : undefined}
      className={CHIP}
    >
      {label}
      {count}
    </Link>
  );
}

function FacetGroup({ locale, name, facets, filter, base }: { locale: Locale; name: FacetKey; facets: Facet[]; filter: RecapFilter; base: ListBase }) {
  const t = translator(locale, 'filters');
  const active = filter[name];
  return (
    <div role="group" aria-labelledby={`filter-${name}`} className="flex flex-wrap items-center gap-2">
      <span id={`filter-${name}`} className="w-12 text-sm font-medium text-zinc-600 dark:text-zinc-400">
        {t(name)}
      </span>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={localePath(locale, filterHref(filter, { [name]: null }, base))} aria-current={!active ? 'true' : undefined} className={CHIP}>
            {t('any')}
          </Link>
        </li>
        {facets.map((f) => (
          <li key={f.value}>
            <Option locale={locale} name={name} facet={f} filter={filter} base={base} />
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
export function FilterBar({ locale, filter, facets, base = '/recaps' }: { locale: Locale; filter: RecapFilter; facets: Facets; base?: ListBase }) {
  return (
    <nav aria-label={translator(locale, 'filters')('label')} className="mb-8 space-y-3">
      <FacetGroup locale={locale} name="year" facets={facets.years} filter={filter} base={base} />
      <FacetGroup locale={locale} name="city" facets={facets.cities} filter={filter} base={base} />
      <FacetGroup locale={locale} name="tag" facets={facets.tags} filter={filter} base={base} />
    </nav>
  );
}
