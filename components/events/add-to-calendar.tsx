import type { EventFacts } from '@/lib/events/event-facts';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { googleCalendarUrl, outlookCalendarUrl } from '@/lib/calendar/add-links';
import { recapCalendarPath } from '@/lib/calendar/feed-paths';
import { absoluteUrl } from '@/lib/seo';

interface Props {
  /** The recap (event) shown: its own text, in its language. */
  recap: { slug: string; title: string; description?: string; event: EventFacts };
  /** The language of the page's chrome (a recap page: the recap's). */
  locale: Locale;
}

/**
 * "Add to calendar" as three plain links, no JavaScript: Google Calendar's
 * and Outlook's templates and the event's own .ics (lib/calendar). The page
 * decides when to show it (an upcoming event); a server component.
 */
export function AddToCalendar({ recap, locale }: Props) {
  const t = translator(locale, 'calendar');
  const input = { title: recap.title, event: recap.event, pageUrl: absoluteUrl(`/recaps/${encodeURIComponent(recap.slug)}`), description: recap.description };
  const link = 'rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:border-teal-600 dark:border-zinc-700';
  return (
    <section aria-labelledby="add-to-calendar" className="mt-6">
      <h2 id="add-to-calendar" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        {t('add.heading')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        <li>
          <a className={link} href={googleCalendarUrl(input)} rel="noopener noreferrer nofollow" target="_blank">
            {t('add.google')}
          </a>
        </li>
        <li>
          <a className={link} href={outlookCalendarUrl(input)} rel="noopener noreferrer nofollow" target="_blank">
            {t('add.outlook')}
          </a>
        </li>
        <li>
          <a className={link} href={recapCalendarPath(recap.slug)} type="text/calendar" download={`${recap.slug}.ics`}>
            {t('add.ics')}
          </a>
        </li>
      </ul>
    </section>
  );
}
