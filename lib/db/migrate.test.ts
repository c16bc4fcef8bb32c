import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, MigrationError } from './migrate';
import { migrations } from './migrations';
import { createTestDatabase, dialects, listTables, type TestDatabase } from './test-support';

const APP_TABLES = [
  'catalog_version',
  'invites',
  'media',
  'preview_tokens',
  'recaps',
  'revisions',
  'sign_in_attempts',
  'users',
  'public_recaps',
  'public_recap_bodies',
  'public_recap_tags',
  'public_talk_speakers',
  'public_speakers',
  'public_tags',
];

// Creates a table and a row, then fails: everything it did must vanish.
const failing: Migration = {
  async up(db) {
    await db.schema.createTable('doomed').addColumn('x', 'integer').execute();
    await db.schema.alterTable('users').addColumn('doomed_col', 'text').execute();
    await sql`insert into doomed (x) values (1)`.execute(db);
    await sql`select * from table_that_does_not_exist`.execute(db);
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function migrationRows(db: Kysely<any>) {
  const rows = await db.selectFrom('kysely_migration').select(['name', 'timestamp']).orderBy('name').execute();
  return rows;
}

describe.each(dialects)('migrations ($dialect)', ({ dialect, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await t?.cleanup();
  });

  it.skipIf(skip)('applies all migrations once, then is a no-op', async () => {
    expect(await migrateToLatest(t.db)).toEqual(Object.keys(migrations));
    expect(await listTables(t.db, dialect)).toEqual(expect.arrayContaining(APP_TABLES));
    expect(await migrateToLatest(t.db)).toEqual([]);
    // A second, independent handle (another app instance) also sees nothing to do.
    expect(await migrateToLatest(t.open())).toEqual([]);
    expect((await migrationRows(t.db)).map((r) => r.name)).toEqual(Object.keys(migrations));
  });

  it.skipIf(skip)('0004 makes the current text of published and scheduled recaps their live text; drafts get none', async () => {
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
    const through0004 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    await migrateToLatest(t.db, { migrations: before });
    const [u] = await t.db.insertInto('users').values(user()).returning('id').execute();
    const row = (slug: string, status: string) => ({
      slug,
      status,
      front_matter: `{"title":"${slug}"}`,
      body: `body of ${slug}`,
      version: 3,
      created_by: u.id,
      updated_by: u.id,
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-02T00:00:00.000Z',
      published_at: status === 'published' ? '2025-01-01T12:00:00.000Z' : null,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const raw = t.db as Kysely<any>;
    await raw
      .insertInto('recaps')
      .values([row('p', 'published'), row('s', 'scheduled'), row('d', 'draft')])
      .execute();
    expect(await migrateToLatest(t.db, { migrations: through0004 })).toEqual(['0004-working-copy']);
    const rows = await raw
      .selectFrom('recaps')
      .select(['slug', 'live_body', 'live_front_matter', 'live_version', 'live_updated_at', 'live_problem'])
      .orderBy('slug')
      .execute();
    expect(rows).toEqual([
      { slug: 'd', live_body: null, live_front_matter: null, live_version: null, live_updated_at: null, live_problem: null },
      {
        slug: 'p',
        live_body: 'body of p',
        live_front_matter: '{"title":"p"}',
        live_version: 3,
        live_updated_at: '2025-01-01T12:00:00.000Z',
        live_problem: null,
      },
      {
        slug: 's',
        live_body: 'body of s',
        live_front_matter: '{"title":"s"}',
        live_version: 3,
        live_updated_at: '2025-01-02T00:00:00.000Z',
        live_problem: null,
      },
    ]);
  });

  it.skipIf(skip)('0006 gives existing public rows their slug as translation key, listed in both languages; down removes it', async () => {
    const through0005 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0006'));
    await migrateToLatest(t.db, { migrations: through0005 });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const raw = t.db as Kysely<any>;
    const text = ['title', 'date', 'year', 'city', 'city_key', 'description', 'community', 'locale', 'author', 'published', 'tags', 'talks'];
    await raw
      .insertInto('public_recaps')
      .values({ slug: 'a', source: 'file', sample: 0, last_modified: 'x', content_hash: 'h', ...Object.fromEntries(text.map((c) => [c, 'v'])) })
      .execute();
    const through0006 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'));
    expect(await migrateToLatest(t.db, { migrations: through0006 })).toEqual(['0006-translations']);
    expect(await raw.selectFrom('public_recaps').select(['slug', 'translation_key', 'listed_en', 'listed_zh']).execute()).toEqual([
      { slug: 'a', translation_key: 'a', listed_en: 1, listed_zh: 1 },
    ]);
    await migrations['0006-translations'].down!(raw);
    const columns = (await raw.selectFrom('public_recaps').selectAll().executeTakeFirstOrThrow()) as Record<string, unknown>;
    expect(Object.keys(columns)).not.toContain('listed_en');
  });

  it.skipIf(skip)('0007 adds the speaker registry; existing speaker rows wait unresolved for the first load; down removes it', async () => {
    const through0006 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'));
    await migrateToLatest(t.db, { migrations: through0006 });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const raw = t.db as Kysely<any>;
    await raw
      .insertInto('public_talk_speakers')
      .values({ recap_slug: 'a', talk_ord: 0, speaker_ord: 0, talk_id: 't', speaker_slug: 'ada', name: 'Ada', date: '2023-01-01' })
      .execute();
    expect(await migrateToLatest(t.db)).toEqual(['0007-speakers']);
    expect(await raw.selectFrom('public_talk_speakers').select(['speaker_slug', 'name_key', 'name_slug']).execute()).toEqual([
      { speaker_slug: 'ada', name_key: null, name_slug: null },
    ]);
    await migrations['0007-speakers'].down!(raw);
    expect(await listTables(t.db, dialect)).not.toContain('speaker_names');
  });

  it.skipIf(skip)('rolls back a failing migration on an up-to-date database', async () => {
    await migrateToLatest(t.db);
    const tablesBefore = await listTables(t.db, dialect);
    const rowsBefore = await migrationRows(t.db);
    await t.db.insertInto('users').values(user()).execute();

    const run = migrateToLatest(t.db, { migrations: { ...migrations, '9999-failing': failing } });
    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(/9999-failing/);

    expect(await listTables(t.db, dialect)).toEqual(tablesBefore);
    expect(await migrationRows(t.db)).toEqual(rowsBefore);
    const [row] = await t.db.selectFrom('users').selectAll().execute();
    expect(row).not.toHaveProperty('doomed_col');
    // The database is still usable and the real migrations still apply cleanly.
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it.skipIf(skip)('rolls back earlier migrations of the same run too', async () => {
    const run = migrateToLatest(t.db, { migrations: { ...migrations, '9999-failing': failing } });
    await expect(run).rejects.toThrow(/Migration 9999-failing failed/);
    // 0001-init ran in the same run, so it is undone as well.
    const tables = await listTables(t.db, dialect);
    expect(tables.filter((n) => !n.startsWith('kysely_'))).toEqual([]);
    if (tables.includes('kysely_migration')) expect(await migrationRows(t.db)).toEqual([]);
    expect(await migrateToLatest(t.db)).toEqual(Object.keys(migrations));
  });
});

function user() {
  const now = new Date().toISOString();
  return { email: 'a@example.org', name: 'A', role: 'admin' as const, created_at: now, updated_at: now };
}
