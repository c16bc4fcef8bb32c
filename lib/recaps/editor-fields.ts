import { z } from 'zod';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { bodySizeProblem, MAX_DRAFT_BODY_BYTES } from './draft-size';
import { EVENT_FIELD_KEYS, frontMatterSchema, withoutEmptyOptionals, type FrontMatter } from './schema';

/** The recap form as the editor sends it: every field a string, so nothing typed is ever dropped. */
export const recapFieldsSchema = z.object({
  title: z.string().max(500, 'title is too long (500 characters at most)'),
  slug: z.string().max(200, 'slug is too long'),
  date: z.string().max(40),
  city: z.string().max(200),
  venue: z.string().max(300),
  community: z.string().max(300),
  description: z.string().max(2000, 'description is too long'),
  tags: z.string().max(1000),
  cover: z.string().max(2000),
  locale: z.string().max(10),
  author: z.string().max(300),
  // The event (lib/recaps/schema.ts). Defaults let an older client (a draft kept in localStorage) still send its fields.
  start: z.string().max(20).default(''),
  end: z.string().max(20).default(''),
  endDate: z.string().max(40).default(''),
  timeZone: z.string().max(100).default(''),
  address: z.string().max(600).default(''),
  attendance: z.string().max(40).default(''),
  onlineUrl: z.string().max(4000).default(''),
  registration: z.string().max(4000).default(''),
  eventStatus: z.string().max(40).default(''),
  previousDate: z.string().max(40).default(''),
  previousStart: z.string().max(20).default(''),
  series: z.string().max(200).default(''),
  seriesName: z.string().max(400).default(''),
  seriesStop: z.string().max(20).default(''),
  /** `'true'` when checked: "This is an announcement (the recap is not written yet)". */
  announcement: z.string().max(10).default(''),
});

/** The event fields, in form order (the schema's one list); all optional, left out of the stored JSON when empty. */
export { EVENT_FIELD_KEYS };

export type RecapFields = z.infer<typeof recapFieldsSchema>;

/** In UTF-8 bytes (lib/recaps/draft-size.ts); as a character count it is a cheap first bound. */
export const MAX_DRAFT_BODY = MAX_DRAFT_BODY_BYTES;

export const draftInputSchema = z.object({
  baseVersion: z.number().int().positive(),
  /** The version the text was edited from; older than baseVersion after "Keep mine" (lib/sql/revisions.ts). */
  startedFrom: z.number().int().positive().optional(),
  fields: recapFieldsSchema,
  body: z
    .string()
    .max(MAX_DRAFT_BODY, 'the body is over 500 KB')
    .superRefine((body, ctx) => {
      const problem = bodySizeProblem(body);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

export const EMPTY_FIELDS: RecapFields = {
  title: '',
  slug: '',
  date: '',
  city: '',
  venue: '',
  community: '',
  description: '',
  tags: '',
  cover: '',
  locale: 'en',
  author: '',
  ...(Object.fromEntries(EVENT_FIELD_KEYS.map((k) => [k, ''])) as Record<(typeof EVENT_FIELD_KEYS)[number], string>),
};

/** Stored JSON → form fields, tolerating anything an older version stored. */
export function fieldsFromStored(stored: Record<string, unknown>, slug: string): RecapFields {
  // A file's `seriesStop: 3` is a number: kept as the text the form shows.
  const text = (key: string) =>
    typeof stored[key] === 'string' ? (stored[key] as string) : key === 'seriesStop' && typeof stored[key] === 'number' ? String(stored[key]) : '';
  const tags = Array.isArray(stored.tags) ? stored.tags.filter((t) => typeof t === 'string').join(', ') : text('tags');
  const announcement = stored.announcement === true || stored.announcement === 'true' ? 'true' : '';
  return {
    ...EMPTY_FIELDS,
    ...Object.fromEntries(Object.keys(EMPTY_FIELDS).map((k) => [k, text(k)])),
    locale: text('locale') || 'en',
    tags,
    slug,
    announcement,
  };
}

/** Form fields → the JSON stored with the draft (slug lives in its own column). */
export function fieldsToStored(fields: RecapFields): Record<string, unknown> {
  const { slug: _slug, tags, announcement, ...rest } = fields;
  void _slug;
  const stored: Record<string, unknown> = { ...rest, tags: splitTags(tags) };
  // An empty event field means "none": left out, so a recap without an event stores what it stored before.
  for (const key of EVENT_FIELD_KEYS) if (typeof stored[key] !== 'string' || !(stored[key] as string).trim()) delete stored[key];
  if (announcement === 'true') stored.announcement = true;
  return stored;
}

export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,，]/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * Validates the form as front matter for publishing. `published` and
 * `updated` come from the server's clock, never from the form.
 */
export function validateFields(fields: RecapFields, publishedOn: string): { ok: true; data: FrontMatter } | { ok: false; errors: Record<string, string> } {
  // Published on `publishedOn`, never later: a recap dated after it would go live before its event (files are refused the same).
  const candidate = withoutEmptyOptionals({ ...fieldsToStored(fields), published: publishedOn });
  const parsed = frontMatterSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    let key = String(issue.path[0] ?? 'form');
    // The form has no publication date to correct: the event date is what the organizer can fix.
    if (key === 'published') {
      key = 'date';
      errors.date ??= `date: the event (${fields.date}) is after the day this recap goes live (${publishedOn}); mark it as an announcement, or publish on or after the event`;
    }
    errors[key] ??= issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
  }
  return { ok: false, errors };
}

export type { Diagnostic };
