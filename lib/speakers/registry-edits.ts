import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { speakerSlug } from '@/lib/recaps/speakers';
import { getPublicSpeakerExists, selectNamesOnSpeakerPage } from '@/lib/sql/read-model-speakers';
import { insertSpeakerAlias, mergeSpeakerInto, SpeakerEditError, splitSpeakerPerson, writeDbPerson } from '@/lib/sql/speaker-edits';
import { getSpeakerRegistryRow, selectSpeakerNameRows } from '@/lib/sql/speakers';
import { isHanName, nameKey } from './name-key';
import { personWrite } from './registry-sync';
import { romanKey } from './roman-key';
import type { SpeakerChange } from './speaker-change';
import type { Person } from './types';

// What each admin edit of the registry writes, on an explicit handle (tests
// run it on both dialects); ./mutations.ts authorizes, then calls these and
// hands the returned change to afterPublicChange.

type Db = Kysely<Database>;

const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/** A person from the names a page's talks write: the first Chinese one and the first Latin one are the display names, the rest aliases. */
export function personFromNames(slug: string, names: string[]): Pick<Person, 'slug' | 'names' | 'aliases' | 'links'> {
  const zh = names.find(isHanName);
  const en = names.find((n) => !isHanName(n));
  return { slug, names: { ...(en ? { en } : {}), ...(zh ? { zh } : {}) }, aliases: names.filter((n) => n !== en && n !== zh), links: {} };
}

/** Saves a database person (new when `version` is 0). */
export async function savePerson(db: Db, person: Pick<Person, 'slug' | 'names' | 'aliases' | 'links'>, version: number): Promise<SpeakerChange> {
  if (!SLUG.test(person.slug)) throw new SpeakerEditError('slug', 'use lower-case words joined by "-" (e.g. zhang-shanyou)');
  if (!person.names.en && !person.names.zh) throw new SpeakerEditError('names', 'give the name in English or Chinese');
  const write = personWrite(person);
  const before = await writeDbPerson(db, write, version, new Date().toISOString());
  return { keys: [...new Set([...before, ...write.names.map((n) => n.key)])], slugs: [person.slug] };
}

/** Links one more name to a person (the editor's suggestion, on a click). */
export async function linkSpeakerAlias(db: Db, slug: string, name: string): Promise<SpeakerChange> {
  const key = nameKey(name);
  if (!key) throw new SpeakerEditError('name', 'the name is empty');
  if (!(await getSpeakerRegistryRow(db, slug))) {
    // A speaker page that is not a person yet becomes one, with the names its talks write and the linked one.
    const pageNames = await selectNamesOnSpeakerPage(db, slug);
    if (pageNames.length === 0) throw new SpeakerEditError('slug', `No speaker ${slug}`);
    const person = personFromNames(slug, pageNames);
    const write = personWrite({ ...person, aliases: [...person.aliases, name.trim()] });
    await writeDbPerson(db, write, 0, new Date().toISOString());
    return { keys: write.names.map((n) => n.key), slugs: [slug, speakerSlug(name)] };
  }
  await insertSpeakerAlias(db, slug, { name: name.trim(), key, roman: romanKey(name) });
  return { keys: [key], slugs: [slug, speakerSlug(name)] };
}

/** Merges speaker page `from` into `into` (which becomes a person if it is not one yet); `from` redirects there for good. */
export async function mergeSpeakerPages(db: Db, from: string, into: string): Promise<SpeakerChange> {
  if (from === into) throw new SpeakerEditError('into', 'choose two different speakers');
  const [fromPerson, intoPerson] = await Promise.all([getSpeakerRegistryRow(db, from), getSpeakerRegistryRow(db, into)]);
  if (!fromPerson && !(await getPublicSpeakerExists(db, from))) throw new SpeakerEditError('from', `No speaker ${from}`);
  if (!intoPerson && !(await getPublicSpeakerExists(db, into))) throw new SpeakerEditError('into', `No speaker ${into}`);
  const fromNames = fromPerson ? [] : personWrite(personFromNames(from, await selectNamesOnSpeakerPage(db, from))).names;
  const createInto = intoPerson ? undefined : personWrite(personFromNames(into, await selectNamesOnSpeakerPage(db, into)));
  const before = fromPerson ? (await selectSpeakerNameRows(db, [from])).map((r) => r.name_key) : [];
  const moved = await mergeSpeakerInto(db, { from, into, createInto, fromNames, now: new Date().toISOString() });
  return { keys: [...new Set([...moved, ...before, ...(createInto?.names.map((n) => n.key) ?? [])])], slugs: [from, into] };
}

/** Splits `names` (database names of person `slug`) off into a new person `newSlug`; redirects follow the names. */
export async function splitSpeakerPage(db: Db, slug: string, names: string[], newSlug: string): Promise<SpeakerChange> {
  if (!SLUG.test(newSlug)) throw new SpeakerEditError('newSlug', 'use lower-case words joined by "-" (e.g. zhang-shanyou)');
  if (names.length === 0) throw new SpeakerEditError('names', 'pick the names that belong to the other person');
  if (newSlug !== slug && (await getPublicSpeakerExists(db, newSlug)) && !(await getSpeakerRegistryRow(db, newSlug))) {
    // A page of its own today: merge it instead.
    throw new SpeakerEditError('newSlug', `${newSlug} is another speaker’s page: merge instead`);
  }
  const split = personWrite(personFromNames(newSlug, names));
  await splitSpeakerPerson(db, { slug, split, retarget: names.map(speakerSlug), now: new Date().toISOString() });
  return { keys: split.names.map((n) => n.key), slugs: [slug, newSlug, ...names.map(speakerSlug)] };
}
