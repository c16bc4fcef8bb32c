import type { EventStage } from '@/lib/events/event-facts';
import { eventDateText } from '@/lib/events/event-display';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { RecapSummary } from '@/lib/recaps/types';
import { AddToCalendar } from './add-to-calendar';
import { EventAgenda, type SpeakerChange } from './event-agenda';
import { EventDetails, SeriesLink, zonedTimeText } from './event-details';
import { StatusBanner } from './status-banner';

/**
 * What the event page shows above the body, by stage (lib/events/event-facts.ts
 * `eventStage`): the announcement (details, Register, calendar, agenda), the
 * "took place, recap coming" note with the agenda, or, once the recap is
 * published, only the series it belongs to. A status banner comes first in
 * every stage. `speakerChanges`: the event's record of replaced speakers.
 */
export function EventStageBlock({
  recap,
  stage,
  locale,
  speakerChanges,
}: {
  recap: RecapSummary;
  stage: EventStage;
  locale: Locale;
  speakerChanges?: SpeakerChange[];
}) {
  const { event } = recap;
  const t = translator(locale, 'event');
  return (
    <div className="not-prose" data-testid="event-stage" data-stage={stage}>
      <StatusBanner event={event} locale={locale} />
      {stage === 'announcement' && (
        <>
          <EventDetails event={event} stage={stage} locale={locale} calendar={<AddToCalendar recap={recap} locale={locale} />} />
          <EventAgenda talks={recap.talks} locale={locale} speakerChanges={speakerChanges} />
        </>
      )}
      {stage === 'awaiting-recap' && (
        <>
          {/* A cancelled or postponed event did not take place: its banner says so. */}
          {(event.status === 'scheduled' || event.status === 'rescheduled' || event.status === 'moved-online') && (
            <p role="status" className="mb-6 rounded-xl bg-zinc-50 p-4 text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200" data-testid="recap-coming">
              {t('tookPlace', { date: eventDateText(event, locale) })}
            </p>
          )}
          <SeriesLink event={event} locale={locale} />
          <EventAgenda talks={recap.talks} locale={locale} speakerChanges={speakerChanges} />
        </>
      )}
      {stage === 'recap' && (
        <>
          {/* The recap's facts above give the day; an event with times also says when, in its zone. */}
          {!event.allDay && (
            <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="event-time">
              {zonedTimeText(event, locale)}
            </p>
          )}
          <SeriesLink event={event} locale={locale} />
        </>
      )}
    </div>
  );
}
