import { HTML_LANG, type Locale } from './locales';

import { formatDate } from '@/lib/format';

// Dates and times of the organizer area, through Intl in the admin locale:
// `15 July 2023, 14:05 UTC` / `2023年7月15日 14:05 UTC`. Server-rendered admin
// times are said in UTC (the server does not know the browser's zone); the
// editor and publish panel format their times in the browser's own zone.

const TIMES = new Map<Locale, Intl.DateTimeFormat>();

function timeOfDay(date: Date, locale: Locale): string {
  let format = TIMES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(HTML_LANG[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    TIMES.set(locale, format);
  }
  return format.format(date);
}

/** An ISO timestamp as a date and time in UTC, in the admin locale; the input unchanged if it does not parse. */
export function formatAdminDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDate(iso, locale)}${locale === 'zh' ? ' ' : ', '}${timeOfDay(date, locale)} UTC`;
}

/** A date (no time) in the admin locale: `15 July 2023` / `2023年7月15日`. */
export function formatAdminDate(iso: string, locale: Locale): string {
  return formatDate(iso, locale);
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
