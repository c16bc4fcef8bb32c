import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { PersonWrite } from './speakers';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

// Writes of the speaker registry made in the admin (lib/speakers/registry-edits.ts
// decides what to write). Each is one transaction; a name belongs to one person
// (speaker_names is keyed by the normalised name).

/** Why a registry edit cannot be made, in words for the organizer, with the field it concerns. */
export class SpeakerEditError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SpeakerEditError';
  }
}

/** The person a name key belongs to, among `keys`, other than `slug`. */
async function takenKeys(trx: Trx, keys: string[], slugs: string[]): Promise<{ name: string; person_slug: string }[]> {
  if (keys.length === 0) return [];
  let q = trx.selectFrom('speaker_names').select(['name', 'person_slug']).where('name_key', 'in', keys);
  if (slugs.length) q = q.where('person_slug', 'not in', slugs);
  return q.execute();
}

/**
 * Creates or replaces a database person: links and every name (the file
 * people are read-only). `version` is the one the editor read (0 for a new
 * person); a newer one means someone saved since. Returns the name keys the
 * person had before, for the read model to follow.
 */
export async function writeDbPerson(db: Db, person: PersonWrite, version: number, now: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('speakers').selectAll().where('slug', '=', person.slug).executeTakeFirst();
    if (existing?.source === 'file') throw new SpeakerEditError('slug', `${person.slug} is in content/speakers.yml: edit it there`);
    if ((existing?.version ?? 0) !== version)
      throw new SpeakerEditError('version', 'Someone saved this person since you opened it: reload to see their change.');
    const taken = await takenKeys(
      trx,
      person.names.map((n) => n.key),
      [person.slug],
    );
    if (taken.length) throw new SpeakerEditError('names', `"${taken[0].name}" is already a name of ${taken[0].person_slug}`);
    const before = await trx.deleteFrom('speaker_names').where('person_slug', '=', person.slug).returning('name_key').execute();
    if (existing)
      await trx
        .updateTable('speakers')
        .set({ homepage: person.homepage, github: person.github, updated_at: now, version: existing.version + 1 })
        .where('slug', '=', person.slug)
        .execute();
    else
      await trx.insertInto('speakers').values({ slug: person.slug, source: 'db', homepage: person.homepage, github: person.github, updated_at: now }).execute();
    await insertNames(trx, person.slug, person.names);
    // A person's own page is live: it is no longer a redirect to another.
    await trx.deleteFrom('speaker_redirects').where('from_slug', '=', person.slug).execute();
    return before.map((r) => r.name_key);
  });
}

/** Adds one alias to a person (a database name, also for a file person: a name linked in the admin). */
export async function insertSpeakerAlias(db: Db, slug: string, name: { name: string; key: string; roman: string | null }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('speakers').select('slug').where('slug', '=', slug).executeTakeFirst())) throw new SpeakerEditError('slug', `No person ${slug}`);
    const taken = await takenKeys(trx, [name.key], []);
    if (taken.length) {
      if (taken[0].person_slug === slug) return;
      throw new SpeakerEditError('name', `"${taken[0].name}" is already a name of ${taken[0].person_slug}`);
    }
    await insertNames(trx, slug, [{ ...name, kind: 'alias' }]);
  });
}

export interface MergeWrite {
  from: string;
  into: string;
  /** The person `into` becomes when it is not one yet (its names as written on its page). */
  createInto?: PersonWrite;
  /** Names of `from` when it is not a person (as its talks wrote them); a database person's names move themselves. */
  fromNames: PersonWrite['names'];
  now: string;
}

/**
 * Merges speaker page `from` into the person `into`: `from`'s names become
 * `into`'s (a display name where `into` has none in that language, else an
 * alias), a database person `from` is removed, and `from` redirects to
 * `into` for good, as does every page that redirected to `from`. Returns the
 * name keys that moved.
 */
export async function mergeSpeakerInto(db: Db, merge: MergeWrite): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const from = await trx.selectFrom('speakers').selectAll().where('slug', '=', merge.from).executeTakeFirst();
    if (from?.source === 'file') throw new SpeakerEditError('from', `${merge.from} is in content/speakers.yml: merge it there`);
    let into = await trx.selectFrom('speakers').selectAll().where('slug', '=', merge.into).executeTakeFirst();
    if (!into) {
      if (!merge.createInto) throw new SpeakerEditError('into', `No speaker ${merge.into}`);
      const taken = await takenKeys(
        trx,
        merge.createInto.names.map((n) => n.key),
        [merge.into, merge.from],
      );
      if (taken.length) throw new SpeakerEditError('into', `"${taken[0].name}" is already a name of ${taken[0].person_slug}`);
      await trx.deleteFrom('speaker_names').where('person_slug', '=', merge.into).execute();
      await trx.insertInto('speakers').values({ slug: merge.into, source: 'db', homepage: null, github: null, updated_at: merge.now }).execute();
      await insertNames(trx, merge.into, merge.createInto.names);
      into = await trx.selectFrom('speakers').selectAll().where('slug', '=', merge.into).executeTakeFirstOrThrow();
    }
    const kinds = new Set((await trx.selectFrom('speaker_names').select('kind').where('person_slug', '=', merge.into).execute()).map((r) => r.kind));
    const moving = from
      ? await trx.selectFrom('speaker_names').select(['name_key', 'name', 'kind', 'roman_key']).where('person_slug', '=', merge.from).execute()
      : merge.fromNames.map((n) => ({ name_key: n.key, name: n.name, kind: n.kind, roman_key: n.roman }));
    const taken = await takenKeys(
      trx,
      moving.map((n) => n.name_key),
      [merge.into, merge.from],
    );
    if (taken.length) throw new SpeakerEditError('from', `"${taken[0].name}" is already a name of ${taken[0].person_slug}`);
    for (const chunk of [moving.map((n) => n.name_key)]) if (chunk.length) await trx.deleteFrom('speaker_names').where('name_key', 'in', chunk).execute();
    await insertNames(
      trx,
      merge.into,
      moving.map((n) => {
        const kind = n.kind !== 'alias' && !kinds.has(n.kind) ? n.kind : 'alias';
        kinds.add(kind);
        return { name: n.name, key: n.name_key, kind, roman: n.roman_key };
      }),
    );
    if (from) await trx.deleteFrom('speakers').where('slug', '=', merge.from).execute();
    await trx
      .updateTable('speakers')
      .set({ updated_at: merge.now, version: into.version + 1 })
      .where('slug', '=', merge.into)
      .execute();
    await trx.deleteFrom('speaker_redirects').where('from_slug', 'in', [merge.from, merge.into]).execute();
    await trx.updateTable('speaker_redirects').set({ to_slug: merge.into }).where('to_slug', '=', merge.from).execute();
    await trx.insertInto('speaker_redirects').values({ from_slug: merge.from, to_slug: merge.into, created_at: merge.now }).execute();
    return moving.map((n) => n.name_key);
  });
}

export interface SplitWrite {
  slug: string;
  /** The person split off: its slug and the names it takes (all database names of `slug`). */
  split: PersonWrite;
  /** Pages that redirected to `slug` and now lead to the new person (the pages of the names it takes). */
  retarget: string[];
  now: string;
}

/**
 * Splits names off person `slug` into a new database person. The new
 * person's page stops redirecting (it is live again), the pages of the names
 * it takes redirect to it, and a database person left without a name
 * redirects to the new one, so no page that was live goes missing.
 */
export async function splitSpeakerPerson(db: Db, split: SplitWrite): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom('speakers').selectAll().where('slug', '=', split.slug).executeTakeFirst();
    if (!person) throw new SpeakerEditError('slug', `No person ${split.slug}`);
    if (await trx.selectFrom('speakers').select('slug').where('slug', '=', split.split.slug).executeTakeFirst())
      throw new SpeakerEditError('newSlug', `${split.split.slug} is already a person`);
    const keys = split.split.names.map((n) => n.key);
    const own = await trx.selectFrom('speaker_names').select(['name_key', 'source']).where('person_slug', '=', split.slug).execute();
    const ownKeys = new Map(own.map((r) => [r.name_key, r.source]));
    for (const n of split.split.names) {
      if (!ownKeys.has(n.key)) throw new SpeakerEditError('names', `"${n.name}" is not a name of ${split.slug}`);
      if (ownKeys.get(n.key) === 'file') throw new SpeakerEditError('names', `"${n.name}" is in content/speakers.yml: change it there`);
    }
    await trx.deleteFrom('speaker_names').where('name_key', 'in', keys).execute();
    await trx.insertInto('speakers').values({ slug: split.split.slug, source: 'db', homepage: null, github: null, updated_at: split.now }).execute();
    await insertNames(trx, split.split.slug, split.split.names);
    await trx
      .updateTable('speakers')
      .set({ updated_at: split.now, version: person.version + 1 })
      .where('slug', '=', split.slug)
      .execute();
    await trx.deleteFrom('speaker_redirects').where('from_slug', '=', split.split.slug).execute();
    if (split.retarget.length)
      await trx
        .updateTable('speaker_redirects')
        .set({ to_slug: split.split.slug })
        .where('to_slug', '=', split.slug)
        .where('from_slug', 'in', split.retarget)
        .execute();
    if (own.length === keys.length && person.source === 'db') {
      await trx.deleteFrom('speakers').where('slug', '=', split.slug).execute();
      await trx.updateTable('speaker_redirects').set({ to_slug: split.split.slug }).where('to_slug', '=', split.slug).execute();
      await trx.insertInto('speaker_redirects').values({ from_slug: split.slug, to_slug: split.split.slug, created_at: split.now }).execute();
    }
  });
}

async function insertNames(trx: Trx, slug: string, names: PersonWrite['names']): Promise<void> {
  if (names.length === 0) return;
  await trx
    .insertInto('speaker_names')
    .values(names.map((n) => ({ name_key: n.key, person_slug: slug, name: n.name, kind: n.kind, source: 'db' as const, roman_key: n.roman })))
    .execute();
}
