import { z } from 'zod';

/** Time-zone offsets on Earth run from UTC−12 to UTC+14; getTimezoneOffset() gives minutes, UTC minus local. */
const MAX_OFFSET_MINUTES = 14 * 60;
/** Far enough for any real plan; beyond it is a typo (year 20250) or a probe. */
export const MAX_SCHEDULE_AHEAD_MS = 5 * 366 * 24 * 60 * 60 * 1000;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A wall-clock date and time that exists: 30 February is refused, not rolled into March. */
function realLocalTime(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const scheduleInputSchema = z.object({
  at: z
    .string({ error: 'Choose a date and time.' })
    .regex(LOCAL, 'Choose a date and time.')
    .refine(realLocalTime, 'This date does not exist: check the day of the month.'),
  tzOffset: z.coerce
    .number({ error: 'Your browser sent no time zone. Reload the page and try again.' })
    .int('Your browser sent an invalid time zone. Reload the page and try again.')
    .min(-MAX_OFFSET_MINUTES, 'Your browser sent an invalid time zone. Reload the page and try again.')
    .max(MAX_OFFSET_MINUTES, 'Your browser sent an invalid time zone. Reload the page and try again.'),
});

export type ScheduleInput = { ok: true; when: Date } | { ok: false; fieldErrors: Record<string, string>; values: { at: string } };

/**
 * The schedule form (`at`: local datetime-local value, `tzOffset`: the
 * browser's getTimezoneOffset()) as an exact instant in the future, or field
 * errors naming `at`. Anything at all may arrive (an attacker calls the action
 * directly): a missing or non-FormData form is refused like an empty one.
 * Schedule server actions only.
 */
export function parseScheduleInput(form: unknown, now: Date): ScheduleInput {
  const get = (key: string) => (form instanceof FormData ? form.get(key) : null);
  const raw = { at: get('at'), tzOffset: get('tzOffset') ?? undefined };
  const values = { at: typeof raw.at === 'string' ? raw.at.slice(0, 40) : '' };
  const parsed = scheduleInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: { at: parsed.error.issues[0].message }, values };
  const when = new Date(Date.parse(`${parsed.data.at}Z`) + parsed.data.tzOffset * 60_000);
  if (when.getTime() <= now.getTime()) return { ok: false, fieldErrors: { at: 'Choose a time in the future.' }, values };
  if (when.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) return { ok: false, fieldErrors: { at: 'Choose a time within the next five years.' }, values };
  return { ok: true, when };
}
