import Link from 'next/link';
import { canRegister, eventDateText } from '@/lib/events/event-display';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { langIfOther, otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import type { RecapSummary } from '@/lib/recaps/types';
import { zonedTimeText } from './event-details';

/**
 * An upcoming event in a list (home, /events): when in its zone, where, its
 * status when it is not "scheduled", and Register. The title links to its page.
 */
export function EventCard({ locale, recap, headingLevel = 'h3' }: { locale: Locale; recap: RecapSummary; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const t = translator(locale, 'event');
  const { event } = recap;
  const recapLang = langIfOther(recap.locale, locale);
  const cancelled = event.status === 'cancelled';
  return (
    <article data-testid="event-card" className="group relative flex flex-1 flex-col gap-1 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <p className="text-sm font-medium text-teal-800 dark:text-teal-300">
        <time dateTime={event.startsAt} className={cancelled ? 'line-through' : undefined}>
          {eventDateText(event, locale)}
        </time>
      </p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {zonedTimeText(event, locale)} · <span lang={otherScriptLang(event.city, locale)}>{event.city}</span>
        {recapLang && (
          <span lang={HTML_LANG[recap.locale]} className="ml-2 text-xs">
            ({recap.locale === 'zh' ? '中文' : 'English'})
          </span>
        )}
      </p>
      <Heading lang={recapLang} className="mt-1 text-lg leading-snug font-semibold text-zinc-900 dark:text-zinc-50">
        <Link href={`/recaps/${recap.slug}`} className="after:absolute after:inset-0 group-hover:underline">
          {recap.title}
        </Link>
      </Heading>
      <div className="mt-auto flex flex-wrap items-center gap-3 pt-2">
        {event.status !== 'scheduled' && (
          <span
            data-testid="event-card-status"
            className={`rounded px-2 py-0.5 text-xs font-semibold ${cancelled ? 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100' : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100'}`}
          >
            {t(`statusLabel.${event.status}`)}
          </span>
        )}
        {canRegister(event, 'announcement') && (
          <a
            href={event.registration}
            rel="noopener"
            className="relative z-10 rounded-md bg-teal-700 px-3 py-1 text-sm font-semibold text-white hover:bg-teal-800"
          >
            {t('register')}
            <span className="sr-only">
              : <span lang={recapLang}>{recap.title}</span>
            </span>
          </a>
        )}
      </div>
    </article>
  );
}

export function EventCardList({ locale, events, headingLevel }: { locale: Locale; events: RecapSummary[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="upcoming-events">
      {events.map((recap) => (
        <li key={recap.slug} className="flex">
          <EventCard locale={locale} recap={recap} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
