import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { FilterBar } from '@/components/recaps/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';
import type { EventsPage, RecapFilter } from '@/lib/recaps/public-reads';
import { filterHref } from '@/lib/recaps/filter-params';
import { recapListHeading } from '@/lib/recaps/list-heading';
import { EventCardList } from './event-card';

/**
 * `/events`: the upcoming events (soonest first), then the past ones as the
 * recap list shows them, with its filters and pager. Unfiltered it is a cached
 * listing (app/(site)/[locale]/listings/[listing]/events.tsx), filtered or paged
 * rendered per request (app/(site)/[locale]/events/page.tsx).
 */
export function EventList({ locale, filter, result }: { locale: Locale; filter: RecapFilter; result: EventsPage }) {
  const t = translator(locale, 'events');
  const tr = translator(locale, 'recaps');
  const filtered = Boolean(filter.tag || filter.year || filter.city);
  return (
    <>
      <PageHeader title={t('title')}>{filtered && <p>{recapListHeading(locale, filter, result.past.facets)}</p>}</PageHeader>
      <FilterBar locale={locale} filter={filter} facets={result.past.facets} base="/events" />
      {(result.past.page ?? 1) === 1 && (
        <section aria-labelledby="upcoming-title" className="mb-12">
          <h2 id="upcoming-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            {t('upcoming')}
          </h2>
          {result.upcoming.length ? <EventCardList locale={locale} events={result.upcoming} /> : <p>{t('noUpcoming')}</p>}
        </section>
      )}
      <section aria-labelledby="past-title">
        <h2 id="past-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
          {t('past')}
        </h2>
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">{tr('count', { count: result.past.total })}</p>
        {result.past.items.length ? (
          <RecapGrid locale={locale} recaps={result.past.items} headingLevel="h3" />
        ) : (
          <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
            {tr('empty')}{' '}
            <Link href={localePath(locale, '/events')} className="underline">
              {tr('showAll')}
            </Link>
          </p>
        )}
        <Pager
          locale={locale}
          page={result.past.page}
          pageCount={result.past.pageCount}
          href={(page) => localePath(locale, filterHref(filter, { page }, '/events'))}
          previousLabel={tr('newer')}
          nextLabel={tr('older')}
        />
      </section>
    </>
  );
}
