import { z } from 'zod';
import { isSiteRelativePath } from '@/lib/mdx/safe-url';
import { canonicalZone, siteTimeZone } from '@/lib/events/site-time-zone';
import { isTimeZone, zonedInstant } from '@/lib/events/zoned-time';

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
  }, 'is not a real calendar date');

const tag = z
  .string()
  .trim()
  .min(1, 'tags cannot be empty')
  .max(40, 'a tag has at most 40 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .+#-]*$/u, 'a tag holds letters, digits, spaces, dots, +, # and -')
  .transform((v) => v.toLowerCase());

/** A site-relative path (`/covers/x.svg`) or an http(s) URL. */
export const imageUrl = z
  .string()
  .trim()
  .refine((v) => isSiteRelativePath(v) || isHttpUrl(v), 'must be a site-relative path (/... but not // or /\\) or an http(s) URL');

/** An absolute http(s) URL (a registration page, an online room). */
const httpUrl = (name: string) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .max(2000, `${name} has at most 2000 characters`)
    .refine(isHttpUrl, `${name} must be an http(s) URL, e.g. "https://example.com/register"`);

/** A local time of day, 24-hour: `14:00`. YAML 1.2 reads `14:00` as text, so files need no quotes. */
const clockTime = (name: string) =>
  z
    .string({ error: `${name} must be a time written HH:MM` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${name} must be a time written HH:MM (24-hour), e.g. "14:00"`);

/** What an announced event can become (lib/events/event-facts.ts, schema.org's EventStatusType). */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /[\u0000-\u0020\u007f-\u009f]/.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

/** A text field, with its name in the messages a person reads (zod's own say "expected string, received undefined"). */
const text = (name: string) => z.string({ error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} must be text`) }).trim();

/**
 * Shared by the versions of one event in other languages (optional: a recap
 * without one is its own event). Slug-like, so that it can never be mistaken
 * for something else in a URL or a log.
 */
export const translationKey = text('translationKey')
  .min(1, 'translationKey cannot be empty (leave it out for a recap without translations)')
  .max(80, 'translationKey has at most 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'translationKey is lowercase letters, digits and single hyphens, e.g. "shanghai-2024-07"');

const SERIES_STOP = 'seriesStop is a whole number from 1 to 999, e.g. 3';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Front matter of a recap, shared by git-managed files and recaps written in the admin. */
export const frontMatterSchema = z
  .object({
    title: text('title').min(1, 'title is required').max(160, 'title has at most 160 characters'),
    date: isoDate,
    city: text('city').min(1, 'city is required').max(80, 'city has at most 80 characters'),
    venue: text('venue').max(160, 'venue has at most 160 characters').optional(),
    community: text('community').min(1, 'community is required').max(120, 'community has at most 120 characters'),
    description: text('description')
      .min(1, 'description is required')
      .max(200, 'description has at most 200 characters (it is used for meta tags)')
      .refine((v) => !/[<>]/.test(v), 'description is plain text: no < or >'),
    tags: z.array(tag).max(12, 'at most 12 tags').default([]),
    cover: imageUrl.optional(),
    locale: z.enum(LOCALES, { error: 'locale must be "en" or "zh"' }),
    published: isoDate,
    updated: isoDate.optional(),
    author: text('author').min(1, 'author is required').max(120, 'author has at most 120 characters'),
    sample: z.boolean().optional(),
    translationKey: translationKey.optional(),
    // The event (lib/events/event-facts.ts). Times are local to `timeZone`
    // (else SITE_TIME_ZONE); an event without them takes the whole day.
    start: clockTime('start').optional(),
    end: clockTime('end').optional(),
    endDate: isoDate.optional(),
    timeZone: text('timeZone')
      .refine(isTimeZone, 'timeZone must be an IANA time zone, e.g. "Asia/Shanghai", "Europe/Berlin" or "America/New_York"')
      // `asia/shanghai` is accepted as typed and kept as the zone's own spelling, which TZID and VTIMEZONE use.
      .transform(canonicalZone)
      .optional(),
    address: text('address').max(300, 'address has at most 300 characters').optional(),
    attendance: z.enum(ATTENDANCE_MODES, { error: 'attendance must be "in-person", "online" or "mixed"' }).optional(),
    onlineUrl: httpUrl('onlineUrl').optional(),
    registration: httpUrl('registration').optional(),
    eventStatus: z.enum(EVENT_STATUSES, { error: 'eventStatus must be "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"' }).optional(),
    previousDate: isoDate.optional(),
    previousStart: clockTime('previousStart').optional(),
    series: text('series')
      .max(80, 'series has at most 80 characters')
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'series is lowercase letters, digits and single hyphens, e.g. "cloud-native-practice"')
      .optional(),
    /** Its place in the series ("the third stop"), when earlier stops are not on the portal. */
    seriesStop: z
      .preprocess(
        // The editor sends text ("3"), a file a YAML number (3).
        (v) => (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : v),
        z.number({ error: SERIES_STOP }).int(SERIES_STOP).min(1, SERIES_STOP).max(999, SERIES_STOP),
      )
      .optional(),
    seriesName: text('seriesName').min(1, 'seriesName cannot be empty').max(160, 'seriesName has at most 160 characters').optional(),
    /** Published before its recap is written: the page announces the event, and says the recap is coming once it took place. */
    announcement: z.boolean({ error: 'announcement must be true or false' }).optional(),
  })
  .strict()
  .refine((fm) => fm.announcement || fm.published >= fm.date, {
    path: ['published'],
    message: 'published must be on or after the event date (or mark the recap as an announcement)',
  })
  .superRefine(eventRules)
  .refine((fm) => !fm.updated || fm.updated >= fm.published, {
    path: ['updated'],
    message: 'updated must be on or after published',
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

interface EventFields {
  date: string;
  start?: string;
  end?: string;
  endDate?: string;
  timeZone?: string;
  attendance?: AttendanceMode;
  onlineUrl?: string;
  eventStatus?: EventStatus;
  previousDate?: string;
  previousStart?: string;
  series?: string;
  seriesName?: string;
  seriesStop?: number;
}

/** The rules between event fields: times that exist in the zone, an end after the start, what each status needs. */
function eventRules(fm: EventFields, ctx: z.RefinementCtx): void {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const zone = fm.timeZone ?? siteTimeZone();
  if (!isTimeZone(zone)) return; // reported on timeZone
  const at = (field: 'start' | 'end' | 'previousStart', date: string, time: string) => {
    // zod runs this rule even when a field failed its own check: a malformed time or date is reported there, not computed with.
    if (!isWrittenTime(time) || !isRealDate(date)) return null;
    const found = zonedInstant(date, time, zone);
    if (found.ok) return found.instant.epochMilliseconds;
    problem(field, `${field}: ${time} does not exist on ${date} in ${zone} (the clocks skip it for daylight saving time); choose another time`);
    return null;
  };
  if (fm.start && !fm.end) problem('end', 'end: give the end time with the start (HH:MM)');
  if (fm.end && !fm.start) problem('start', 'start: give the start time with the end (HH:MM)');
  if (fm.endDate && fm.endDate < fm.date) problem('endDate', `endDate: the event ends (${fm.endDate}) before it starts (${fm.date})`);
  if (fm.start && fm.end) {
    const starts = at('start', fm.date, fm.start);
    const ends = at('end', fm.endDate ?? fm.date, fm.end);
    if (starts !== null && ends !== null && ends <= starts)
      problem('end', `end: the event ends (${fm.end}) before or when it starts (${fm.start}); an event past midnight needs an endDate`);
  }
  if (fm.previousStart && fm.previousDate) at('previousStart', fm.previousDate, fm.previousStart);
  if (fm.previousStart && !fm.previousDate) problem('previousDate', 'previousDate: give the date the previous start time was on');
  if (fm.eventStatus === 'rescheduled') {
    if (!fm.previousDate) problem('previousDate', 'previousDate: a rescheduled event keeps the date it had before; give it (YYYY-MM-DD)');
    else if (fm.previousDate === fm.date && (fm.previousStart ?? '') === (fm.start ?? ''))
      problem('date', 'date: a rescheduled event needs its new date or start time');
  } else if (fm.previousDate) problem('eventStatus', 'eventStatus: previousDate is for a rescheduled event; set eventStatus to "rescheduled" or remove it');
  const online = fm.eventStatus === 'moved-online' || fm.attendance === 'online' || fm.attendance === 'mixed';
  if (online && !fm.onlineUrl) problem('onlineUrl', 'onlineUrl: an event held online needs the link where people join (http or https)');
  if (fm.series && !fm.seriesName) problem('seriesName', 'seriesName: name the series this event belongs to');
  if ((fm.seriesName || fm.seriesStop) && !fm.series) problem('series', 'series: give the series a key, e.g. "cloud-native-practice"');
}

const isWrittenTime = (time: unknown) => typeof time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
const isRealDate = (date: unknown) => typeof date === 'string' && isoDate.safeParse(date).success;

/** Optional fields an empty form field leaves out. */
/** The event's front matter keys (lib/events/event-facts.ts), in the editor's order (lib/recaps/editor-fields.ts). */
export const EVENT_FIELD_KEYS = [
  'start',
  'end',
  'endDate',
  'timeZone',
  'address',
  'attendance',
  'onlineUrl',
  'registration',
  'eventStatus',
  'previousDate',
  'previousStart',
  'series',
  'seriesName',
  'seriesStop',
  'announcement',
] as const;

/** Optional fields an empty form field or an empty file value leaves out (`announcement` is a boolean, never empty text). */
const OPTIONAL_TEXT: readonly string[] = ['venue', 'cover', ...EVENT_FIELD_KEYS.filter((key) => key !== 'announcement')];

/** Optional text fields left empty (`cover: ""`, an empty form field) mean "none", in files and the editor alike. */
export function withoutEmptyOptionals(candidate: Record<string, unknown>): Record<string, unknown> {
  const out = { ...candidate };
  for (const key of OPTIONAL_TEXT) if (typeof out[key] === 'string' && !(out[key] as string).trim()) delete out[key];
  return out;
}
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);
