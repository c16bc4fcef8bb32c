import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import { createTestDatabase, dialects, useTestDatabase, type TestDatabase } from '@/lib/db/test-support';
import { applyPublicChange } from '@/lib/recaps/public-change';
import { toRecapSummary } from '@/lib/recaps/public-recap-rows';
import { syncFileRecaps } from '@/lib/recaps/read-model-sync';
import { checkRecap } from '@/lib/recaps/validation-gate';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { personWrite } from '@/lib/speakers/registry-sync';
import { putMedia } from '@/lib/sql/media';
import { getPublicRecapBody, getPublicRecapRow, selectPublicRecapRows } from '@/lib/sql/read-model';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { markPublished, markScheduled } from '@/lib/sql/recap-status';
import { insertTranslationDraft } from '@/lib/sql/recap-translations';
import { insertDraft } from '@/lib/sql/recaps';
import { writeDbPerson } from '@/lib/sql/speaker-edits';
import { createUser } from '@/lib/sql/users';
import { exportSite } from './export-site';
import type { ExportManifest } from './manifest';
import { folderSink } from './sink';

// Export the sample content plus database recaps (an event published in two
// languages, a draft, a scheduled recap), check the folder with the portal's
// own gate and registry parser, load it as CONTENT_DIR into an empty
// database, and compare what the public reads give for every recap.

const T0 = new Date('2026-03-02T09:00:00.000Z');
const SAMPLE = path.resolve('content');
const PNG = Buffer.from('not really a png, bytes are bytes');
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
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  beforeAll(async () => {
    if (skip) return;
    fresh = await createTestDatabase(dialect);
    await migrateToLatest(fresh.db);
  });
  afterAll(async () => {
    await fresh?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('every recap, draft, person and image comes out as files the portal reads back the same', async () => {
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
  });
});
