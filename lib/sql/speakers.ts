import { sql, type Kysely, type Selectable } from 'kysely';
import { dialectOf } from '@/lib/db/dialect';
import type { Database, SpeakerNamesTable, SpeakersTable } from '@/lib/db/schema';
import { toCount } from './internal';
import { READ_MODEL_LOCK } from './read-model-write';

type Db = Kysely<Database>;

// No server-only: content:check and the file loader run under plain tsx too.

// The speaker registry's tables (lib/db/migrations/0007-speakers.ts).

export type SpeakerRegistryRow = Selectable<SpeakersTable>;
export type SpeakerNameRow = Selectable<SpeakerNamesTable>;

/** The person each of `keys` (normalised names) belongs to. */
export async function selectPersonSlugsByNameKey(db: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 400) {
    const chunk = keys.slice(i, i + 400);
    if (chunk.length === 0) continue;
    for (const r of await db.selectFrom('speaker_names').select(['name_key', 'person_slug']).where('name_key', 'in', chunk).execute())
      out.set(r.name_key, r.person_slug);
  }
  return out;
}

export async function getSpeakerRegistryRow(db: Db, slug: string): Promise<SpeakerRegistryRow | null> {
  return (await db.selectFrom('speakers').selectAll().where('slug', '=', slug).executeTakeFirst()) ?? null;
}

export async function selectSpeakerNameRows(db: Db, slugs: string[]): Promise<SpeakerNameRow[]> {
  if (slugs.length === 0) return [];
  return db.selectFrom('speaker_names').selectAll().where('person_slug', 'in', slugs).orderBy('person_slug').orderBy('kind').orderBy('name').execute();
}

export async function getSpeakerRedirectTarget(db: Db, slug: string): Promise<string | null> {
  return (await db.selectFrom('speaker_redirects').select('to_slug').where('from_slug', '=', slug).executeTakeFirst())?.to_slug ?? null;
}

export async function getRegistryFileHash(db: Db): Promise<string | null> {
  return (await db.selectFrom('speaker_registry_file').select('content_hash').where('id', '=', 1).executeTakeFirst())?.content_hash ?? null;
}

/** What one person is made of, to write. */
export interface PersonWrite {
  slug: string;
  homepage: string | null;
  github: string | null;
  names: { name: string; key: string; kind: 'en' | 'zh' | 'alias'; roman: string | null }[];
}

/**
 * Makes the file people of the registry exactly `people` (names by key,
 * file names winning over a database name of the same key), and records the
 * file's hash. Returns the name keys and slugs whose person changed, for the
 * read model to follow. One transaction.
 */
export async function replaceFilePeople(db: Db, people: PersonWrite[], hash: string, now: string): Promise<{ keys: string[]; slugs: string[] }> {
  return db.transaction().execute(async (trx) => {
    // Instances starting at once load the same file one after the other (the read model's lock: its writes follow).
    if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${READ_MODEL_LOCK})`.execute(trx);
    const before = await trx.selectFrom('speaker_names').select(['name_key', 'person_slug', 'name', 'kind']).where('source', '=', 'file').execute();
    const beforePeople = await trx.selectFrom('speakers').select(['slug', 'homepage', 'github']).where('source', '=', 'file').execute();
    await trx.deleteFrom('speaker_names').where('source', '=', 'file').execute();
    await trx.deleteFrom('speakers').where('source', '=', 'file').execute();
    const newNames = people.flatMap((p) =>
      p.names.map((n) => ({ name_key: n.key, person_slug: p.slug, name: n.name, kind: n.kind, source: 'file' as const, roman_key: n.roman })),
    );
    const keys = newNames.map((n) => n.name_key);
    for (let i = 0; i < keys.length; i += 400)
      await trx
        .deleteFrom('speaker_names')
        .where('name_key', 'in', keys.slice(i, i + 400))
        .execute();
    const slugs = people.map((p) => p.slug);
    for (let i = 0; i < slugs.length; i += 400)
      await trx
        .deleteFrom('speakers')
        .where('slug', 'in', slugs.slice(i, i + 400))
        .execute();
    for (let i = 0; i < people.length; i += 100)
      await trx
        .insertInto('speakers')
        .values(people.slice(i, i + 100).map((p) => ({ slug: p.slug, source: 'file' as const, homepage: p.homepage, github: p.github, updated_at: now })))
        .execute();
    for (let i = 0; i < newNames.length; i += 100)
      await trx
        .insertInto('speaker_names')
        .values(newNames.slice(i, i + 100))
        .execute();
    // A file person's page can no longer be a redirect elsewhere.
    for (let i = 0; i < slugs.length; i += 400)
      await trx
        .deleteFrom('speaker_redirects')
        .where('from_slug', 'in', slugs.slice(i, i + 400))
        .execute();
    await trx.deleteFrom('speaker_registry_file').execute();
    await trx.insertInto('speaker_registry_file').values({ id: 1, content_hash: hash }).execute();
    const sig = (r: { name_key: string; person_slug: string; name: string; kind: string }) =>
      `${r.name_key}\u0000${r.person_slug}\u0000${r.name}\u0000${r.kind}`;
    const oldSigs = new Set(before.map(sig));
    const newSigs = new Set(newNames.map(sig));
    const changed = [...before.filter((r) => !newSigs.has(sig(r))), ...newNames.filter((r) => !oldSigs.has(sig(r)))];
    const linkSig = (p: { slug: string; homepage: string | null; github: string | null }) => `${p.slug}\u0000${p.homepage}\u0000${p.github}`;
    const oldLinks = new Set(beforePeople.map(linkSig));
    const newLinks = new Set(people.map(linkSig));
    const changedPeople = [...beforePeople.filter((p) => !newLinks.has(linkSig(p))), ...people.filter((p) => !oldLinks.has(linkSig(p)))];
    return {
      keys: [...new Set(changed.map((r) => r.name_key))],
      slugs: [...new Set([...changed.map((r) => r.person_slug), ...changedPeople.map((p) => p.slug)])],
    };
  });
}

/** A speaker page as the admin lists it: the public summary and, when the speaker is a person, where the person is kept. */
export interface AdminSpeakerRow {
  slug: string;
  name: string;
  nameEn: string | null;
  nameZh: string | null;
  talkCount: number;
  source: 'file' | 'db' | null;
}

/** A page of speaker pages by name, those whose slug or any name contains `search` (case-insensitive). */
export async function selectAdminSpeakerRows(
  db: Db,
  page: { search?: string; limit: number; offset: number },
): Promise<{ rows: AdminSpeakerRow[]; total: number }> {
  const like = page.search ? `%${page.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  let q = db.selectFrom('public_speakers as p').leftJoin('speakers as s', 's.slug', 'p.slug');
  if (like)
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['p.slug']), 'like', like),
        eb(eb.fn('lower', ['p.name']), 'like', like),
        eb(
          'p.slug',
          'in',
          eb
            .selectFrom('speaker_names as n')
            .select('n.person_slug')
            .where((n) => n(n.fn('lower', ['n.name']), 'like', like)),
        ),
      ]),
    );
  const [rows, count] = await Promise.all([
    q
      .select(['p.slug', 'p.name', 'p.name_en', 'p.name_zh', 'p.talk_count', 's.source'])
      .orderBy('p.name')
      .orderBy('p.slug')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({ slug: r.slug, name: r.name, nameEn: r.name_en, nameZh: r.name_zh, talkCount: Number(r.talk_count), source: r.source ?? null })),
    total: toCount(count.n as string | number),
  };
}

/** The slugs that redirect to `slug`. */
export async function selectRedirectsTo(db: Db, slug: string): Promise<string[]> {
  return (await db.selectFrom('speaker_redirects').select('from_slug').where('to_slug', '=', slug).orderBy('from_slug').limit(100).execute()).map(
    (r) => r.from_slug,
  );
}

/** Every name of each of `slugs` (people), for search. */
export async function selectNamesOfPeople(db: Db, slugs: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < slugs.length; i += 400) {
    const chunk = slugs.slice(i, i + 400);
    if (chunk.length === 0) continue;
    for (const r of await db.selectFrom('speaker_names').select(['person_slug', 'name']).where('person_slug', 'in', chunk).orderBy('name').execute()) {
      const names = out.get(r.person_slug) ?? [];
      names.push(r.name);
      out.set(r.person_slug, names);
    }
  }
  return out;
}

/** Registry names with one of `romanKeys` (lib/speakers/roman-key.ts), at most `limit`. */
export async function selectNamesByRomanKey(
  db: Db,
  romanKeys: string[],
  limit: number,
): Promise<{ romanKey: string; slug: string; name: string; nameKey: string }[]> {
  if (romanKeys.length === 0) return [];
  const rows = await db
    .selectFrom('speaker_names')
    .select(['roman_key', 'person_slug', 'name', 'name_key'])
    .where('roman_key', 'in', romanKeys)
    .orderBy('person_slug')
    .orderBy('name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ romanKey: r.roman_key!, slug: r.person_slug, name: r.name, nameKey: r.name_key }));
}

/** The registry's names kept in `source` (file or database people), by person, at most `limit`: the importer reads the registry once per run. */
export async function selectRegistryNames(db: Db, source: 'file' | 'db', limit = 50_000): Promise<{ slug: string; name: string }[]> {
  const rows = await db
    .selectFrom('speaker_names')
    .select(['person_slug', 'name', 'kind'])
    .where('source', '=', source)
    .orderBy('person_slug')
    .orderBy('kind')
    .orderBy('name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ slug: r.person_slug, name: r.name }));
}
