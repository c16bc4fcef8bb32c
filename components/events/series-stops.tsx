import Link from 'next/link';
import { eventDateText } from '@/lib/events/event-display';
import { eventPhase } from '@/lib/events/event-facts';
import type { Locale } from '@/lib/i18n/locales';
import { langIfOther, otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import type { SeriesPage } from '@/lib/recaps/public-reads';

/** A series' stops in order, numbered: date in the event's zone, city, title, and whether it is still to come or not on as planned. */
export function SeriesStops({ locale, stops, now }: { locale: Locale; stops: SeriesPage['stops']; now: Date }) {
  const t = translator(locale, 'series');
  const te = translator(locale, 'event');
  return (
    <section aria-labelledby="stops-title">
      <h2 id="stops-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
        {t('stops')}
      </h2>
      <ol className="space-y-4" data-testid="series-stops">
        {stops.map(({ number, recap }) => {
          const coming = eventPhase(recap.event, now) !== 'ended';
          return (
            <li key={recap.slug} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                <span className="font-semibold text-teal-800 dark:text-teal-300">{t('stop', { number })}</span> ·{' '}
                <time dateTime={recap.event.startsAt}>{eventDateText(recap.event, locale)}</time> ·{' '}
                <span lang={otherScriptLang(recap.event.city, locale)}>{recap.event.city}</span>
                {coming && (
                  <span className="ml-2 rounded bg-teal-50 px-1.5 py-0.5 text-xs text-teal-900 dark:bg-teal-950 dark:text-teal-100">{t('upcoming')}</span>
                )}
                {recap.event.status !== 'scheduled' && <span className="ml-2 text-xs font-semibold">{te(`statusLabel.${recap.event.status}`)}</span>}
              </p>
              <h3 lang={langIfOther(recap.locale, locale)} className="mt-1 text-lg font-semibold">
                <Link href={`/recaps/${recap.slug}`} className="hover:underline">
                  {recap.title}
                </Link>
              </h3>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
