import type { Locale } from '@/lib/i18n/locales';
import type { RecapSummary } from '@/lib/recaps/types';

/**
 * PLACEHOLDER, replaced by the calendar helper's component of the same name
 * and props (Google and Outlook links and the .ics file, without JavaScript).
 * The event page already places it: `<AddToCalendar recap={recap} locale={locale} />`.
 */
export function AddToCalendar(props: { recap: RecapSummary; locale: Locale }) {
  void props;
  return null;
}
