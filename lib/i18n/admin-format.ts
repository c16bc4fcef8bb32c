import type { Locale } from './locales';
import { HTML_LANG } from './locales';

// Dates and numbers of the organizer area, through Intl in the admin locale:
// `15 Jul 2023, 14:05 UTC` / `2023年7月15日 14:05 UTC`. Server-rendered admin
// times are shown in UTC (the server does not know the browser's zone); the
// publish panel formats scheduled times in the browser's own zone.

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };

/** An ISO timestamp as a date and time in UTC, in the admin locale; the input unchanged if it does not parse. */
export function formatAdminDateTime(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions = DATE_TIME): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(HTML_LANG[locale], options).format(date);
  return options.timeZone === 'UTC' ? `${text} UTC` : text;
}

/** A date (no time) in the admin locale: `15 July 2023` / `2023年7月15日`. */
export function formatAdminDate(iso: string, locale: Locale): string {
  return formatAdminDateTime(iso, locale, { dateStyle: 'long', timeZone: 'UTC' }).replace(/ UTC$/, '');
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How long ago (or ahead) `iso` is from `now`, in the admin locale: `3 minutes ago` / `3分钟前`. */
export function formatAdminRelative(iso: string, locale: Locale, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  if (!Number.isFinite(seconds)) return iso;
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  return new Intl.RelativeTimeFormat(HTML_LANG[locale], { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}
