import { z } from 'zod';
import { isSiteRelativePath } from '@/lib/mdx/safe-url';

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

function isHttpUrl(value: string): boolean {
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
  })
  .strict()
  .refine((fm) => fm.published >= fm.date, {
    path: ['published'],
    message: 'published must be on or after the event date',
  })
  .refine((fm) => !fm.updated || fm.updated >= fm.published, {
    path: ['updated'],
    message: 'updated must be on or after published',
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Optional text fields left empty (`cover: ""`, an empty form field) mean "none", in files and the editor alike. */
export function withoutEmptyOptionals(candidate: Record<string, unknown>): Record<string, unknown> {
  const out = { ...candidate };
  for (const key of ['venue', 'cover']) if (typeof out[key] === 'string' && !(out[key] as string).trim()) delete out[key];
  return out;
}
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);
