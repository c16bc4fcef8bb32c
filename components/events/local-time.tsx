'use client';

import { useEffect, useState } from 'react';

interface Props {
  startsAt: string;
  endsAt: string;
  /** The event's zone: nothing is shown when the visitor's clock reads the same. */
  timeZone: string;
  /** BCP 47 tag of the page's language. */
  intlLocale: string;
  label: string;
}

/**
 * The event's time in the visitor's own zone, from the browser's Intl. It
 * renders nothing on the server and before it is mounted, so the cached HTML
 * is the same for every visitor; and nothing when the visitor's time is the
 * event's.
 */
export function LocalTime({ startsAt, endsAt, timeZone, intlLocale, label }: Props) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
    const start = new Date(startsAt);
    const end = new Date(endsAt);
    const theirs = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone }).formatRange(start, end);
    const mine = new Intl.DateTimeFormat(intlLocale, options).formatRange(start, end);
    const zone = new Intl.DateTimeFormat(intlLocale, { timeZoneName: 'long' }).formatToParts(start).find((p) => p.type === 'timeZoneName')?.value;
    // Set once after mount: the browser's zone is only known here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setText(mine === theirs ? null : zone ? `${mine} (${zone})` : mine);
  }, [startsAt, endsAt, timeZone, intlLocale]);
  if (!text) return null;
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="local-time">
      {label}: {text}
    </p>
  );
}
