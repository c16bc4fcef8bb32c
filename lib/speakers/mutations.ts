import 'server-only';
import { z } from 'zod';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { afterPublicChange } from '@/lib/recaps/after-public-change';
import { SpeakerEditError } from '@/lib/sql/speaker-edits';
import type { User } from '@/lib/sql/types';
import { linkSpeakerAlias, mergeSpeakerPages, savePerson, splitSpeakerPage } from './registry-edits';

// The admin's edits of the speaker registry. Each authorizes first, checks
// its input, writes (./registry-edits.ts), then runs the one after-change
// function with what moved: the touched recaps' speaker rows are rewritten
// and their pages expire.

export { SpeakerEditError };

const name = z.string().trim().max(120);
const slug = z.string().trim().min(1).max(120);
const personInput = z.object({
  slug,
  version: z.number().int().min(0),
  names: z.object({ en: name.optional(), zh: name.optional() }),
  aliases: z.array(name).max(50),
  links: z.object({
    homepage: z
      .string()
      .trim()
      .url()
      .max(300)
      .regex(/^https?:/, 'an http(s) URL')
      .optional(),
    github: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,39}$/, 'a GitHub user name')
      .optional(),
  }),
});
export type PersonInput = z.input<typeof personInput>;

function parsed<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SpeakerEditError(issue.path.join('.') || 'input', issue.message);
  }
  return result.data;
}

/** Creates (version 0) or saves a database person: names per language, aliases, links. */
export async function savePersonEntry(user: User, input: PersonInput) {
  authorize(user, 'speaker.edit');
  const p = parsed(personInput, input);
  const clean = (v?: string) => (v ? v : undefined);
  const names = { ...(clean(p.names.en) ? { en: p.names.en } : {}), ...(clean(p.names.zh) ? { zh: p.names.zh } : {}) };
  const links = { ...(clean(p.links.homepage) ? { homepage: p.links.homepage } : {}), ...(clean(p.links.github) ? { github: p.links.github } : {}) };
  const change = await savePerson(await db(), { slug: p.slug, names, aliases: p.aliases.filter(Boolean), links }, p.version);
  await afterPublicChange([], change);
}

/** Links a name to a known person (the editor's suggestion, only ever on a click). */
export async function linkAlias(user: User, input: { slug: string; name: string }) {
  authorize(user, 'speaker.edit');
  const p = parsed(z.object({ slug, name: name.min(1) }), input);
  await afterPublicChange([], await linkSpeakerAlias(await db(), p.slug, p.name));
}

/** Merges speaker page `from` into `into`; `from` then redirects permanently. */
export async function mergeSpeakers(user: User, input: { from: string; into: string }) {
  authorize(user, 'speaker.edit');
  const p = parsed(z.object({ from: slug, into: slug }), input);
  await afterPublicChange([], await mergeSpeakerPages(await db(), p.from, p.into));
}

/** Splits `names` off person `slug` into a new person `newSlug`. */
export async function splitSpeaker(user: User, input: { slug: string; names: string[]; newSlug: string }) {
  authorize(user, 'speaker.edit');
  const p = parsed(z.object({ slug, names: z.array(name.min(1)).min(1).max(50), newSlug: slug }), input);
  await afterPublicChange([], await splitSpeakerPage(await db(), p.slug, p.names, p.newSlug));
}
