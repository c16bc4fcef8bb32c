import Link from 'next/link';
import type { EventFacts } from '@/lib/events/event-facts';
import { canRegister, eventDateText, eventTimeRange, zoneName } from '@/lib/events/event-display';
import type { EventStage } from '@/lib/events/event-facts';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import { LocalTime } from './local-time';

/** "14:00–17:30, China Standard Time (Asia/Shanghai)", or the whole day in the zone; the IANA name is Latin text, marked so on a Chinese page. */
export function zonedTimeText(event: EventFacts, locale: Locale): React.ReactNode {
  const t = translator(locale, 'event');
  const range = eventTimeRange(event, locale);
  const name = zoneName(event, locale);
  const id = (chunks: React.ReactNode) => <span lang={otherScriptLang(event.timeZone, locale)}>{chunks}</span>;
  const zone = event.timeZone;
  return range ? t.rich('timeInZone', { time: range, zoneName: name, zone, id }) : t.rich('allDayInZone', { zoneName: name, zone, id });
}

/**
 * An announced event's facts: when (in its zone, and in the visitor's once the
 * page is in a browser), where, how to attend, the Register button, and the
 * series it belongs to. `calendar` is the "Add to calendar" slot.
 */
export function EventDetails({ event, stage, locale, calendar }: { event: EventFacts; stage: EventStage; locale: Locale; calendar?: React.ReactNode }) {
  const t = translator(locale, 'event');
  const inItsScript = (text: string) => <span lang={otherScriptLang(text, locale)}>{text}</span>;
  const place = [event.venue, event.address, event.city].filter((p): p is string => Boolean(p));
  const online = event.attendance !== 'in-person' && event.onlineUrl;
  return (
    <section aria-label={t('when')} data-testid="event-details" className="not-prose mb-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
      <dl className="grid gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('when')}</dt>
          <dd className="font-medium text-zinc-900 dark:text-zinc-100">
            <time dateTime={event.startsAt}>{eventDateText(event, locale)}</time>
            <span className="block" data-testid="event-time">
              {zonedTimeText(event, locale)}
            </span>
            <LocalTime
              startsAt={event.startsAt}
              endsAt={event.endsAt}
              timeZone={event.timeZone}
              intlLocale={locale === 'zh' ? 'zh-CN' : 'en-GB'}
              label={t('yourTime')}
            />
          </dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('where')}</dt>
          <dd className="font-medium text-zinc-900 dark:text-zinc-100">
            {place.map((p) => (
              <span key={p} className="block">
                {inItsScript(p)}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('attendance')}</dt>
          <dd className="font-medium text-zinc-900 dark:text-zinc-100">
            {t(`attendanceMode.${event.attendance}`)}
            {online && (
              <a href={event.onlineUrl} className="block text-teal-700 underline dark:text-teal-300" rel="noopener">
                {t('joinOnline')}
              </a>
            )}
          </dd>
        </div>
      </dl>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        {canRegister(event, stage) && (
          <a
            href={event.registration}
            rel="noopener"
            data-testid="register"
            className="rounded-lg bg-teal-700 px-5 py-2.5 text-base font-semibold text-white hover:bg-teal-800"
          >
            {t('register')}
          </a>
        )}
      </div>
      {/* <AddToCalendar recap={recap} locale={locale} /> (components/events/add-to-calendar.tsx). */}
      {calendar}
      <SeriesLink event={event} locale={locale} />
    </section>
  );
}

/** "Part of the series …", linking to the series page in the page's language. */
export function SeriesLink({ event, locale }: { event: EventFacts; locale: Locale }) {
  if (!event.series) return null;
  const t = translator(locale, 'event');
  const series = event.series;
  return (
    <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="series-link">
      {t.rich('series', {
        name: series.name,
        link: (chunks) => (
          <Link href={localePath(locale, `/series/${encodeURIComponent(series.key)}`)} className="font-medium text-teal-700 underline dark:text-teal-300">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
