import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import { createTestDatabase, dialects, useTestDatabase, type TestDatabase } from '@/lib/db/test-support';
import { fieldsFromStored } from '@/lib/recaps/editor-fields';
import { applyPublicChange } from '@/lib/recaps/public-change';
import { toRecapSummary } from '@/lib/recaps/public-recap-rows';
import { syncFileRecaps } from '@/lib/recaps/read-model-sync';
import { checkRecap } from '@/lib/recaps/validation-gate';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { personWrite } from '@/lib/speakers/registry-sync';
import { putMedia } from '@/lib/sql/media';
import { inProcessCompile } from '@/lib/import/gate';
import { openExport } from '@/lib/restore/open-export';
import { restoreExport } from '@/lib/restore/restore';
import { getMediaBytes, selectCalendarRowsAfter, selectMediaKeysAfter, selectPeopleAfter } from '@/lib/sql/export-reads';
import { getPublicRecapBody, getPublicRecapRow, selectPublicRecapRows, selectSpeakerRows, selectTagRows } from '@/lib/sql/read-model';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { markPublished, markScheduled } from '@/lib/sql/recap-status';
import { insertTranslationDraft } from '@/lib/sql/recap-translations';
import { getRecapBySlug, insertDraft } from '@/lib/sql/recaps';
import { writeDbPerson } from '@/lib/sql/speaker-edits';
import { createUser } from '@/lib/sql/users';
import { exportSite } from './export-site';
import type { ExportManifest } from './manifest';
import { folderSink } from './sink';

// Export the sample content plus database recaps (an event published in two
// languages, a draft, a scheduled recap), check the folder with the portal's
// own gate and registry parser, load it as CONTENT_DIR into an empty
// database, and compare what the public reads give for every recap; then
// restore it into another empty database (lib/restore) and compare again.

const T0 = new Date('2026-03-02T09:00:00.000Z');
const SAMPLE = path.resolve('content');
// A real 1×1 PNG: a restore keeps only bytes that are the image type their name says.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PNG_HASH = createHash('sha256').update(PNG).digest('hex');

const eventFields = (locale: 'en' | 'zh', title: string) => ({
  title,
  date: '2026-02-20',
  city: locale === 'en' ? 'Wuhan' : '武汉',
  venue: 'Optics Valley Hub',
  community: 'Wuhan Go Meetup',
  description: 'Two talks on Go at scale.',
  tags: ['go', 'performance'],
  locale,
  author: 'Ed',
  start: '19:00',
  end: '21:30',
  timeZone: 'Asia/Shanghai',
  address: '1 Guanshan Avenue',
  attendance: 'mixed',
  onlineUrl: 'https://example.com/live',
  registration: 'https://example.com/register',
  series: 'wuhan-go',
  seriesName: 'Wuhan Go Nights',
});
const talkBody = (speaker: string) =>
  `Opening words.\n\n<Talk title="Profiling in production" speakers="${speaker} (Engineer, Pondworks)" start="19:10">\n\nHow we profile.\n\n</Talk>\n\n<Figure src="/media/${PNG_HASH}.png" alt="The hall" width="4" height="3" />\n`;

const sorted = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

/** What the public reads give for a recap (getRecap: the row's summary and the compiled body), times left out. */
async function publicRecap(db: Kysely<Database>, slug: string) {
  const row = await getPublicRecapRow(db, slug);
  const body = await getPublicRecapBody(db, slug);
  if (!row || !body) return null;
  const { lastModified: _lastModified, source: _source, ...summary } = toRecapSummary(row);
  void _lastModified;
  void _source;
  return { ...summary, body: withoutPositions(JSON.parse(body.body)) };
}

/** Source positions are not part of any page (a database body is compiled in a worker that drops most of them). */
function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
}

/** The listings in each language, in order: which version of each event they show. */
async function listings(db: Kysely<Database>) {
  const out: Record<string, string[]> = {};
  for (const listedIn of ['en', 'zh'] as const) out[listedIn] = (await selectPublicRecapRows(db, { listedIn }, { limit: 1000 })).map((r) => r.slug);
  return out;
}

describe.each(dialects)('export round trip ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  let fresh: TestDatabase | undefined;
  let restored: TestDatabase | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  beforeAll(async () => {
    if (skip) return;
    fresh = await createTestDatabase(dialect);
    await migrateToLatest(fresh.db);
    restored = await createTestDatabase(dialect);
    await migrateToLatest(restored.db);
  });
  afterAll(async () => {
    await fresh?.cleanup();
    await restored?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('every recap, draft, person and image comes out as files the portal reads back the same, and restores the same', async () => {
    const db = t.db;
    const ed = await createUser(db, { email: 'ed@example.org', name: 'Ed', role: 'organizer', now: T0 });
    await putMedia(db, { hash: PNG_HASH, mime: 'image/png', ext: 'png', width: 4, height: 3, data: PNG, createdBy: ed.id, now: T0 });
    const en = await insertDraft(db, {
      slug: 'wuhan-go-2026',
      frontMatter: eventFields('en', 'Wuhan Go Night'),
      body: talkBody('Gao Lin'),
      actorId: ed.id,
      now: T0,
    });
    const zh = await insertTranslationDraft(db, {
      sourceId: en.id,
      key: 'wuhan-go-2026',
      slug: 'wuhan-go-2026-zh',
      frontMatter: eventFields('zh', '武汉 Go 之夜'),
      body: talkBody('高林'),
      actorId: ed.id,
      now: T0,
    });
    for (const id of [en.id, zh.id]) {
      await markPublished(db, id, 1, ed.id, T0);
      await applyPublicChange(db, id);
    }
    await insertDraft(db, { slug: 'half-written', frontMatter: { title: 'Half written', locale: 'en', tags: [] }, body: 'Notes.\n', actorId: ed.id, now: T0 });
    const later = await insertDraft(db, { slug: 'later', frontMatter: eventFields('en', 'Later'), body: 'Soon.\n', actorId: ed.id, now: T0 });
    await markScheduled(db, later.id, new Date('2026-04-01T08:00:00.000Z'), ed.id, T0);
    await writeDbPerson(
      db,
      personWrite({ slug: 'gao-lin', names: { en: 'Gao Lin', zh: '高林' }, aliases: [], links: { github: 'gaolin' } }),
      0,
      T0.toISOString(),
    );
    // Edited since it went live: the public page keeps the live text, the edit is exported as the working copy.
    await writeWorkingCopy(db, {
      id: en.id,
      baseVersion: 1,
      frontMatter: eventFields('en', 'Wuhan Go Night, edited'),
      body: 'Rewritten.\n',
      actorId: ed.id,
      now: T0,
    });
    await syncFileRecaps(db, SAMPLE);
    await Promise.all([applyPublicChange(db, en.id), applyPublicChange(db, zh.id)]);

    const summary = await exportSite(folderSink(out), { db, contentDir: SAMPLE, publicDir: path.resolve('public'), now: T0 });
    expect(summary).toMatchObject({ recaps: 16, drafts: 3, media: 1, missing: [] });
    const samples = sorted(path.join(SAMPLE, 'recaps'));
    expect(sorted(path.join(out, 'recaps'))).toEqual([...samples, 'wuhan-go-2026-zh.mdx', 'wuhan-go-2026.mdx'].sort());
    expect(sorted(path.join(out, 'drafts'))).toEqual(['half-written.mdx', 'later.mdx', 'wuhan-go-2026.mdx']);
    expect(fs.readFileSync(path.join(out, 'drafts/wuhan-go-2026.mdx'), 'utf8')).toMatch(/^---\ntitle: Wuhan Go Night, edited\n[^]*\n---\n\nRewritten\.\n$/);
    expect(fs.readFileSync(path.join(out, 'recaps/wuhan-go-2026.mdx'), 'utf8')).toMatch(/^---\ntitle: Wuhan Go Night\n/);
    expect(sorted(path.join(out, 'media'))).toEqual([`${PNG_HASH}.png`]);
    expect(fs.readFileSync(path.join(out, 'media', `${PNG_HASH}.png`))).toEqual(PNG);
    expect(fs.existsSync(path.join(out, 'public/covers/beijing-kubernetes-day-2022.svg'))).toBe(true);

    // The portal's own checks accept every file (the gate content:check runs, the registry parser).
    for (const name of sorted(path.join(out, 'recaps'))) {
      const checked = await checkRecap({ source: 'file', text: fs.readFileSync(path.join(out, 'recaps', name), 'utf8') });
      expect(checked.diagnostics, name).toEqual([]);
      expect(checked.ok, name).toBe(true);
    }
    const registry = parseRegistryFile(fs.readFileSync(path.join(out, 'speakers.yml'), 'utf8'));
    expect(registry.problems).toEqual([]);
    const sampleRegistry = parseRegistryFile(fs.readFileSync(path.join(SAMPLE, 'speakers.yml'), 'utf8'));
    expect(registry.people?.map((p) => p.slug).sort()).toEqual([...sampleRegistry.people!.map((p) => p.slug), 'gao-lin'].sort());
    expect(registry.people?.find((p) => p.slug === 'gao-lin')).toMatchObject({ names: { en: 'Gao Lin', zh: '高林' }, links: { github: 'gaolin' } });

    // The manifest says what files cannot: statuses, schedules, which file is live.
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'export.json'), 'utf8')) as ExportManifest;
    expect(manifest.recaps).toHaveLength(samples.length + 4);
    expect(manifest.recaps.find((r) => r.slug === 'later')).toMatchObject({
      source: 'db',
      status: 'scheduled',
      scheduledAt: '2026-04-01T08:00:00.000Z',
      live: null,
      working: 'drafts/later.mdx',
    });
    expect(manifest.recaps.find((r) => r.slug === 'wuhan-go-2026')).toMatchObject({
      live: 'recaps/wuhan-go-2026.mdx',
      working: 'drafts/wuhan-go-2026.mdx',
      version: 2,
      liveVersion: 1,
    });
    expect(manifest.recaps.find((r) => r.slug === 'wuhan-go-2026-zh')).toMatchObject({
      status: 'published',
      translationKey: 'wuhan-go-2026',
      published: '2026-03-02',
      live: 'recaps/wuhan-go-2026-zh.mdx',
      working: null,
    });
    expect(manifest.calendar.map((c) => c.eventKey)).toContain('wuhan-go-2026');
    expect(manifest.images).toContainEqual({ src: `/media/${PNG_HASH}.png`, file: `media/${PNG_HASH}.png`, mime: 'image/png', width: 4, height: 3 });

    // Loaded as CONTENT_DIR into an empty portal: the same public recaps, listings and speakers.
    const copy = fresh!.db;
    expect(await syncFileRecaps(copy, out)).toMatchObject({ written: samples.length + 2, problems: 0 });
    for (const slug of [...samples.map((s) => s.replace(/\.mdx$/, '')), 'wuhan-go-2026', 'wuhan-go-2026-zh']) {
      const original = await publicRecap(db, slug);
      expect(original, slug).not.toBeNull();
      expect(await publicRecap(copy, slug), slug).toEqual(original);
    }
    expect(await listings(copy)).toEqual(await listings(db));

    await restoresTheSame(db);
  });

  // `npm run import -- <export>` restores the folder into an empty database: every recap becomes a
  // database recap with its status, dates and texts, and the public reads, the people, the images and
  // the calendar identities are the ones the source site had.
  // Called by the test above, while its database still holds the source site.
  const restoresTheSame = async (db: Kysely<Database>) => {
    const copy = restored!.db;
    const admin = await createUser(copy, { email: 'root@example.org', name: 'Root', role: 'admin', now: T0 });
    const opened = openExport(out);
    if (!opened.ok) throw new Error(opened.error);
    const options = { contentDir: path.join(out, 'no-content-here'), publicDir: path.resolve('public'), gate: { compile: inProcessCompile } };

    const dry = await restoreExport(copy, admin, opened.dir, opened.manifest, { ...options, dryRun: true });
    expect(dry).toMatchObject({ ok: true, written: false, problems: [], conflicts: [], images: 1 });
    expect(await copy.selectFrom('recaps').select('id').execute()).toEqual([]);

    const report = await restoreExport(copy, admin, opened.dir, opened.manifest, options);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, written: true, conflicts: [] });
    const samples = sorted(path.join(SAMPLE, 'recaps')).map((s) => s.replace(/\.mdx$/, ''));
    expect(report.recaps.map((r) => r.slug).sort()).toEqual([...samples, 'half-written', 'later', 'wuhan-go-2026', 'wuhan-go-2026-zh'].sort());

    // The same public recaps: a git-managed file restored as a database recap keeps every field a page shows.
    for (const slug of [...samples, 'wuhan-go-2026', 'wuhan-go-2026-zh']) {
      const original = await publicRecap(db, slug);
      const back = await publicRecap(copy, slug);
      expect(back, slug).not.toBeNull();
      if (samples.includes(slug)) {
        // What the editor has no field for and no page shows: a sample file's mark, and `updated` left out
        // (a database recap always has one: its last change; pages show lastModified, compared over HTTP).
        const { sample: _sample, updated: _updated, ...shown } = original as Record<string, unknown>;
        void _sample;
        void _updated;
        expect({ ...back, updated: undefined }, slug).toEqual({ ...shown, updated: undefined });
      } else expect(back, slug).toEqual(original);
    }
    expect(await listings(copy)).toEqual(await listings(db));
    // A file's last change is a day (`updated`), a database recap's an instant: the same day.
    const days = <T extends { lastModified: string }>(rows: T[]) => rows.map((r) => ({ ...r, lastModified: r.lastModified.slice(0, 10) }));
    expect(days(await selectSpeakerRows(copy, { limit: 1000 }))).toEqual(days(await selectSpeakerRows(db, { limit: 1000 })));
    expect(days(await selectTagRows(copy, { limit: 1000 }))).toEqual(days(await selectTagRows(db, { limit: 1000 })));

    // Statuses, schedules, versions, dates and texts of the database recaps, as they were.
    const rowOf = async (k: typeof db, slug: string) => {
      const row = await getRecapBySlug(k, slug);
      if (!row) return null;
      const { id: _id, createdBy: _c, updatedBy: _u, liveSnapshotVersion: _s, ...kept } = row;
      void [_id, _c, _u, _s];
      // Front matter as the editor shows it: a restore stores it the way the editor stores a form.
      const form = (fm: Record<string, unknown>) => fieldsFromStored(fm, slug);
      return { ...kept, frontMatter: form(kept.frontMatter), live: kept.live && { ...kept.live, frontMatter: form(kept.live.frontMatter) } };
    };
    for (const slug of ['wuhan-go-2026', 'wuhan-go-2026-zh', 'half-written', 'later']) expect(await rowOf(copy, slug), slug).toEqual(await rowOf(db, slug));
    expect(await getRecapBySlug(copy, 'later')).toMatchObject({ status: 'scheduled', scheduledAt: '2026-04-01T08:00:00.000Z', live: null });
    expect(await getRecapBySlug(copy, 'wuhan-go-2026')).toMatchObject({ status: 'published', version: 2, live: { version: 1 }, body: 'Rewritten.\n' });
    expect(await getRecapBySlug(copy, samples[0])).toMatchObject({ status: 'published', version: 1, live: { version: 1 } });

    // The same people (now all in the database), images byte for byte, and calendar identities.
    const people = async (k: typeof db) =>
      (await selectPeopleAfter(k, '', 1000)).map((p) => ({ ...p, source: 'db', names: p.names.map((n) => ({ ...n, source: 'db' })) }));
    expect(await people(copy)).toEqual(await people(db));
    expect(await getMediaBytes(copy, PNG_HASH)).toEqual(PNG);
    expect(await selectMediaKeysAfter(copy, '', 100)).toEqual(await selectMediaKeysAfter(db, '', 100));
    expect(await selectCalendarRowsAfter(copy, '', 1000)).toEqual(await selectCalendarRowsAfter(db, '', 1000));

    // Again into the same database: refused up front, with the slugs, and nothing written.
    const again = await restoreExport(copy, admin, opened.dir, opened.manifest, options);
    expect(again).toMatchObject({ ok: false, written: false });
    expect(again.conflicts).toContain('recap "wuhan-go-2026": this portal already has a recap with this slug');
    expect(again.conflicts).toContain('speaker "gao-lin": this portal\'s registry already has this person');
  };

  test('a restore refuses a text the gate refuses (file:line), a changed image and an unknown format, and writes nothing', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'export-broken-'));
    try {
      fs.cpSync(out, broken, { recursive: true });
      const file = path.join(broken, 'recaps/wuhan-go-2026-zh.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Opening words.', 'Opening words.\n\n<script>alert(1)</script>'));
      fs.appendFileSync(path.join(broken, 'media', `${PNG_HASH}.png`), 'x');
      const empty = await createTestDatabase(dialect);
      try {
        await migrateToLatest(empty.db);
        const admin = await createUser(empty.db, { email: 'root@example.org', name: 'Root', role: 'admin', now: T0 });
        const opened = openExport(broken);
        if (!opened.ok) throw new Error(opened.error);
        const report = await restoreExport(empty.db, admin, opened.dir, opened.manifest, {
          contentDir: path.join(broken, 'none'),
          publicDir: path.resolve('public'),
          gate: { compile: inProcessCompile },
        });
        expect(report).toMatchObject({ ok: false, written: false });
        expect(
          report.problems.some((p) => /^recaps\/wuhan-go-2026-zh\.mdx:\d+:\d+: /.test(p)),
          report.problems.join('\n'),
        ).toBe(true);
        expect(report.problems).toContain(`media/${PNG_HASH}.png: its bytes are not the hash its name says (changed after the export?)`);
        expect(await empty.db.selectFrom('recaps').select('id').execute()).toEqual([]);
        expect(await empty.db.selectFrom('media').select('hash').execute()).toEqual([]);
      } finally {
        await empty.cleanup();
      }
      const manifest = JSON.parse(fs.readFileSync(path.join(broken, 'export.json'), 'utf8'));
      fs.writeFileSync(path.join(broken, 'export.json'), JSON.stringify({ ...manifest, format: 2 }));
      const opened = openExport(broken);
      expect(opened.ok).toBe(false);
      expect(!opened.ok && opened.error).toMatch(/export format 2 is not one this portal knows \(it reads format 1\)/);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});
