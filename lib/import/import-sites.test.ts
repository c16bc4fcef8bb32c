import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '@/lib/db/migrate';
import { migrations } from '@/lib/db/migrations';
import { createTestDatabase, dialects, useTestDatabase } from '@/lib/db/test-support';
import { getRecapById, selectRecapRows } from '@/lib/sql/recaps';
import { createUser } from '@/lib/sql/users';
import { draftWriter } from './drafts';
import { runImport } from './run';

// Import records are keyed by site and path (migration 0011): two sites whose
// posts share a path become two drafts, and each re-import updates its own.

const OPTIONS = { timeZone: 'Asia/Shanghai' };
const T0 = new Date('2026-01-10T08:00:00.000Z');
const POST = 'content/posts/meetup.md';

/** A small Hugo site with one post at `content/posts/meetup.md`. */
function hugoSite(config: string, sentence: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-sites-'));
  fs.writeFileSync(path.join(dir, 'config.toml'), config);
  fs.mkdirSync(path.join(dir, 'content/posts'), { recursive: true });
  writePost(dir, sentence);
  return dir;
}

function writePost(dir: string, sentence: string) {
  fs.writeFileSync(path.join(dir, POST), `---\ntitle: Spring meetup\ndate: 2024-04-02\ncity: Chengdu\n---\n\n${sentence}\n`);
}

describe.each(dialects)('import records by site ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const admin = () => createUser(t.db, { email: 'importer@example.org', name: 'Importer', role: 'admin', now: T0 });

  test('two sites with a post at the same path become two drafts; re-importing each updates its own', async () => {
    const user = await admin();
    const write = draftWriter(t.db, user, () => T0);
    const rust = hugoSite('baseURL = "https://rust-cd.org/"\ntitle = "Rust Chengdu"\n', 'The Rust group met in spring.');
    const go = hugoSite('title = "Gophers Chengdu"\n', 'The Go group met in spring.');
    expect((await runImport(rust, OPTIONS, write)).reports[0]).toMatchObject({ outcome: 'created', slug: 'meetup' });
    expect((await runImport(go, OPTIONS, write)).reports[0]).toMatchObject({ outcome: 'created', slug: 'meetup-2' });
    const sites = await t.db.selectFrom('imports').select(['site', 'source_path']).orderBy('site').execute();
    expect(sites).toEqual([
      { site: 'title:Gophers Chengdu', source_path: POST },
      { site: 'url:rust-cd.org', source_path: POST },
    ]);

    writePost(rust, 'The Rust group met in spring, and again in May.');
    expect((await runImport(rust, OPTIONS, write)).reports[0]).toMatchObject({ outcome: 'updated', slug: 'meetup' });
    writePost(go, 'The Go group met in spring, and again in June.');
    expect((await runImport(go, OPTIONS, write)).reports[0]).toMatchObject({ outcome: 'updated', slug: 'meetup-2' });
    expect((await runImport(rust, OPTIONS, write)).reports[0].outcome).toBe('unchanged');

    const rows = await selectRecapRows(t.db);
    expect(rows).toHaveLength(2);
    const body = async (slug: string) => (await getRecapById(t.db, rows.find((r) => r.slug === slug)!.id))!.body;
    expect(await body('meetup')).toContain('again in May');
    expect(await body('meetup-2')).toContain('again in June');
  });

  test('--site pins the identity: the same folder under two identities is two sites', async () => {
    const user = await admin();
    const write = draftWriter(t.db, user, () => T0);
    const dir = hugoSite('title = "Rust Chengdu"\n', 'The Rust group met in spring.');
    await runImport(dir, { ...OPTIONS, site: 'rust-2023' }, write);
    expect((await runImport(dir, { ...OPTIONS, site: 'rust-2024' }, write)).reports[0].outcome).toBe('created');
    expect((await runImport(dir, { ...OPTIONS, site: 'rust-2023' }, write)).reports[0].outcome).toBe('unchanged');
  });

  test('a record from before sites were told apart is claimed by the next site that imports its path, and only by it', async () => {
    const user = await admin();
    const write = draftWriter(t.db, user, () => T0);
    const rust = hugoSite('baseURL = "https://rust-cd.org/"\n', 'The Rust group met in spring.');
    await runImport(rust, OPTIONS, write);
    // As migration 0011 leaves a row recorded before it.
    await t.db.updateTable('imports').set({ site: '' }).execute();
    expect((await runImport(rust, OPTIONS, write)).reports[0]).toMatchObject({ outcome: 'unchanged', slug: 'meetup' });
    expect(await t.db.selectFrom('imports').select('site').execute()).toEqual([{ site: 'url:rust-cd.org' }]);
    const go = hugoSite('baseURL = "https://gophers-cd.org/"\n', 'The Go group met in spring.');
    expect((await runImport(go, OPTIONS, write)).reports[0]).toMatchObject({ outcome: 'created', slug: 'meetup-2' });
  });
});

describe.each(dialects)('migration 0011 ($dialect)', ({ dialect, skip }) => {
  it.skipIf(skip)('keeps every import record, under site "", and lets two sites share a path from then on', async () => {
    const t = await createTestDatabase(dialect);
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const raw = t.db as Kysely<any>;
      await migrateToLatest(raw, { migrations: Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0011')) });
      const at = '2025-01-01T00:00:00.000Z';
      const [u] = await raw
        .insertInto('users')
        .values({ email: 'a@example.org', name: 'A', role: 'admin', created_at: at, updated_at: at })
        .returning('id')
        .execute();
      const recap = (slug: string) => ({
        slug,
        status: 'draft',
        front_matter: `{"title":"${slug}"}`,
        body: 'b',
        version: 1,
        created_by: u.id,
        updated_by: u.id,
        created_at: at,
        updated_at: at,
      });
      const [r] = await raw.insertInto('recaps').values(recap('old')).returning('id').execute();
      const record = { source_path: POST, content_hash: 'h', recap_id: r.id, imported_version: 1, report: '{}', created_at: at, updated_at: at };
      await raw.insertInto('imports').values(record).execute();

      expect(await migrateToLatest(raw)).toEqual(['0011-import-sites-and-jobs']);
      expect(await raw.selectFrom('imports').selectAll().execute()).toEqual([{ site: '', ...record }]);
      await raw
        .insertInto('imports')
        .values({ ...record, site: 'url:rust-cd.org' })
        .execute();
      await expect(
        raw
          .insertInto('imports')
          .values({ ...record, site: 'url:rust-cd.org' })
          .execute(),
      ).rejects.toThrow();
      // The draft still takes its record with it.
      await raw.deleteFrom('recaps').where('id', '=', r.id).execute();
      expect(await raw.selectFrom('imports').selectAll().execute()).toEqual([]);
    } finally {
      await t.cleanup();
    }
  });
});
