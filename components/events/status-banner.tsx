import type { EventFacts } from '@/lib/events/event-facts';
import { eventDateText, previousText, statusBanner } from '@/lib/events/event-display';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

/** Cancelled, postponed, rescheduled or moved online: said first, as a status region with its own heading. */
export function StatusBanner({ event, locale }: { event: EventFacts; locale: Locale }) {
  const banner = statusBanner(event);
  if (!banner) return null;
  const t = translator(locale, 'event.status');
  const note =
    banner === 'cancelled'
      ? t('cancelledNote', { date: eventDateText(event, locale) })
      : banner === 'postponed'
        ? t('postponedNote')
        : banner === 'rescheduled'
          ? t('rescheduledNote', { previous: previousText(event, locale) ?? '' })
          : t.rich('movedOnlineNote', {
              link: (chunks) =>
                event.onlineUrl ? (
                  <a href={event.onlineUrl} className="underline" rel="noopener">
                    {chunks}
                  </a>
                ) : (
                  chunks
                ),
            });
  const tone =
    banner === 'cancelled'
      ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
      : 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100';
  return (
    <div role="status" data-testid="event-status" className={`mb-6 rounded-xl border p-4 ${tone}`}>
      <h2 className="text-lg font-semibold">{t(banner)}</h2>
      <p className="mt-1 text-sm">{note}</p>
    </div>
  );
}
