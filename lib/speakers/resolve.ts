import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { speakerSlug, type Speaker } from '@/lib/recaps/speakers';
import { selectNamesOfPeople, selectPersonSlugsByNameKey } from '@/lib/sql/speakers';
import { nameKey } from './name-key';

// No server-only: the file loader and content:check run under plain tsx.

/** The speaker page a name as written in a talk leads to. */
export type SpeakerSlugOf = (name: string) => string;

/** Without a registry: every name is a speaker of its own (the bench, tests). */
export const ownSpeakerSlug: SpeakerSlugOf = (name) => speakerSlug(name);

/**
 * Resolves `names` against the registry in one indexed query: a name any
 * person answers to (by its normalised key) leads to that person's page;
 * any other name stays a speaker of its own, slugged from the name.
 */
export async function speakerSlugResolver(db: Kysely<Database>, names: string[]): Promise<SpeakerSlugOf> {
  const people = await selectPersonSlugsByNameKey(db, [...new Set(names.map(nameKey))]);
  return (name) => people.get(nameKey(name)) ?? speakerSlug(name);
}

/** `speakers` with each slug the person's page (a talk's speakers, as the read model stores them). */
export function resolveSpeakers(speakers: Speaker[], slugOf: SpeakerSlugOf): Speaker[] {
  return speakers.map((s) => ({ ...s, slug: slugOf(s.name) }));
}

/** Every name of the person a written name belongs to ([] for a speaker of their own). */
export type OtherNamesOf = (name: string) => string[];

/** Resolves `names` to all their people's names, in two indexed queries (search documents include them all). */
export async function otherNamesResolver(db: Kysely<Database>, names: string[]): Promise<OtherNamesOf> {
  const people = await selectPersonSlugsByNameKey(db, [...new Set(names.map(nameKey))]);
  const namesOf = await selectNamesOfPeople(db, [...new Set(people.values())]);
  return (name) => {
    const slug = people.get(nameKey(name));
    return slug ? (namesOf.get(slug) ?? []) : [];
  };
}
