import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Cache invalidation belongs to Next's request context; here we only record it.
const revalidated: string[] = [];
vi.mock('next/cache', () => ({
  revalidatePath: (p: string) => revalidated.push(p),
  unstable_cache: <T>(fn: T) => fn,
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutations-'));
process.env.SQLITE_PATH = path.join(dir, 'test.db');
delete process.env.DATABASE_URL;

const { db } = await import('@/lib/db/ready');
const { createUser } = await import('@/lib/sql/users');
const m = await import('./mutations');
const { EMPTY_FIELDS } = await import('./editor-fields');
const { getRecap } = await import('./public-reads');
const { applyPublicChange } = await import('./public-change');
const { syncDatabaseRecaps } = await import('./read-model-sync');
const { bodyCacheUse } = await import('./body-cache');
const { createDb } = await import('@/lib/db/connection');
const store = await import('@/lib/sql/recap-status');
const { getRecapById } = await import('@/lib/sql/recaps');
const { StaleVersionError } = await import('@/lib/sql/errors');
const { publishDueRecaps } = await import('./scheduled-publish');
const { listAdminRecaps } = await import('./admin-queries');
const { NotAllowedError } = await import('@/lib/auth/policy');
import type { User } from '@/lib/sql/types';

const VALID_BODY = '<Talk title="Opening" speakers="Ada Lovelace (Engineer, Analytical Engines)">\n\nHello.\n\n</Talk>\n';
const fields = (slug: string) => ({
  ...EMPTY_FIELDS,
  title: 'A meetup',
  slug,
  date: '2024-05-01',
  city: 'Shenzhen',
  community: 'Community',
  description: 'What happened.',
  tags: 'cloud-native',
  locale: 'en',
  author: 'Organizer',
});

/** Whether `slug` is on the public site now. */
const isPublic = async (slug: string) => (await getRecap(slug)) !== null;

/**
 * As after an upgrade from a release without the read model (or a rule that
 * tightened since): the recap's read-model rows are gone, and the read-model
 * sync (the scheduler's, at start) writes them again from its live text.
 */
async function asAfterUpgrade(id: number) {
  const database = await db();
  const slug = (await getRecapById(database, id))!.slug;
  for (const table of ['public_recap_tags', 'public_talk_speakers', 'public_recap_bodies'] as const)
    await database
      .deleteFrom(table)
      .where(table === 'public_recap_bodies' ? 'slug' : 'recap_slug', '=', slug)
      .execute();
  await database.deleteFrom('public_recaps').where('slug', '=', slug).execute();
  await syncDatabaseRecaps(database, async (ids) => {
    for (const stale of ids) await applyPublicChange(database, stale);
  });
}

let organizer: User;
let inactive: User;

beforeAll(async () => {
  const database = await db();
  organizer = await createUser(database, { email: 'org@example.com', name: 'Org', role: 'organizer', now: new Date() });
  inactive = { ...(await createUser(database, { email: 'gone@example.com', name: 'Gone', role: 'organizer', now: new Date() })), active: false };
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('recap mutations', () => {
  it('refuse an inactive user even if the action layer let them through', async () => {
    await expect(m.createRecapDraft(inactive, fields('inactive-try'), VALID_BODY)).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('refuse invalid and file-managed slugs', async () => {
    await expect(m.createRecapDraft(organizer, fields('Bad Slug'), '')).rejects.toMatchObject({ fieldErrors: { slug: expect.stringMatching(/lowercase/) } });
    await expect(m.createRecapDraft(organizer, fields('shenzhen-cloud-native-meetup-2023'), '')).rejects.toMatchObject({
      fieldErrors: { slug: expect.stringMatching(/git-managed/) },
    });
  });

  it('save an invalid draft but refuse to publish it, naming line and column', async () => {
    const draft = await m.createRecapDraft(organizer, fields('broken-draft'), 'ok');
    const saved = await m.saveRecapDraft(organizer, draft.id, {
      baseVersion: 1,
      fields: fields('broken-draft'),
      body: 'line one\n\n<Talk title={x} speakers="a">\n',
    });
    expect(saved.kind === 'saved' && saved.result.ok).toBe(true);
    expect(saved.kind === 'saved' && saved.diagnostics[0]).toMatchObject({ line: 3 });
    await expect(m.publishRecap(organizer, draft.id)).rejects.toBeInstanceOf(m.RecapInputError);
  });

  it('publish makes the recap public and expires exactly the pages it shows on; unpublish hides it again', async () => {
    const draft = await m.createRecapDraft(organizer, fields('public-soon'), VALID_BODY);
    revalidated.length = 0;
    await m.publishRecap(organizer, draft.id);
    // 2024-05-01 falls between two git-managed recaps in content/: those are its neighbours.
    // every public page in both languages: the public path and, under app/(site)/[locale], the route it is cached under
    const inBoth = (path: string) => [path, `/en${path === '/' ? '' : path}`, `/zh${path === '/' ? '' : path}`];
    const pages = [
      ...['/', '/recaps', '/events', '/speakers', '/tags'].flatMap((path) => [path, path === '/' ? '/zh' : `/zh${path}`]),
      ...inBoth('/feed.xml'),
      ...inBoth('/calendar.ics'),
      '/sitemap.xml',
      // where /, /recaps, /events, /speakers and /tags are cached (lib/routing/listings.mjs)
      ...['home', 'recaps', 'events', 'speakers', 'tags'].flatMap((name) => [`/en/listings/${name}`, `/zh/listings/${name}`]),
      '/recaps/public-soon',
      '/recaps/hangzhou-database-meetup-2024',
      '/recaps/singapore-platform-engineering-summit-2024',
      // its social card, cached like its page, on publish and on unpublish
      '/recaps/public-soon/opengraph-image',
      ...inBoth('/speakers/ada-lovelace'),
      ...inBoth('/tags/cloud-native'),
    ].sort();
    // The calendar feeds of the recap, its city and speakers are checked in ./affected-paths.test.ts.
    const withoutFeeds = (paths: string[]) => paths.filter((p) => !p.endsWith('/calendar.ics') || pages.includes(p));
    expect(withoutFeeds(revalidated)).toEqual(pages);
    const shown = await getRecap('public-soon');
    expect(shown?.talks.map((t) => t.title)).toEqual(['Opening']);
    expect(shown?.source).toBe('db');
    revalidated.length = 0;
    await m.unpublishRecap(organizer, draft.id);
    expect(withoutFeeds(revalidated)).toEqual(pages);
    expect(await isPublic('public-soon')).toBe(false);
  });

  it('a published recap’s save changes nothing public; Update live page applies it and expires its pages', async () => {
    const draft = await m.createRecapDraft(organizer, fields('saved-often'), VALID_BODY);
    revalidated.length = 0;
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: fields('saved-often'), body: VALID_BODY });
    expect(revalidated).toEqual([]);
    await m.publishRecap(organizer, draft.id);
    revalidated.length = 0;
    const renamed = { ...fields('saved-often'), title: 'Renamed meetup', tags: 'edge' };
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 2, fields: renamed, body: VALID_BODY.replace('Ada Lovelace', 'Grace Hopper') });
    expect(revalidated).toEqual([]);
    expect((await getRecap('saved-often'))?.title).toBe('A meetup');
    await m.updateLivePage(organizer, draft.id, 3);
    expect(revalidated).toEqual(
      expect.arrayContaining(['/recaps/saved-often', '/speakers/ada-lovelace', '/speakers/grace-hopper', '/tags/cloud-native', '/tags/edge']),
    );
    expect((await getRecap('saved-often'))?.title).toBe('Renamed meetup');
    await m.unpublishRecap(organizer, draft.id);
    revalidated.length = 0;
    await m.deleteRecapDraft(organizer, draft.id);
    expect(revalidated).toEqual([]);
  });

  it('Update live page refuses a broken working copy with every problem at line and column, and changes nothing public', async () => {
    const draft = await m.createRecapDraft(organizer, fields('update-refused'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    const broken = `${VALID_BODY}\nSee {sixty} people.\n\n<Talk title="No close" speakers="B (C, D)">\n`;
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: { ...fields('update-refused'), title: '' }, body: broken });
    revalidated.length = 0;
    const refused = m.updateLivePage(organizer, draft.id, 2);
    await expect(refused).rejects.toBeInstanceOf(m.RecapInputError);
    const error = (await refused.catch((e: unknown) => e)) as InstanceType<typeof m.RecapInputError>;
    expect(error.fieldErrors.title).toBeTruthy();
    expect(error.diagnostics[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(revalidated).toEqual([]);
    expect((await getRecap('update-refused'))?.title).toBe('A meetup');
    // An update from a version the organizer no longer has is refused too.
    await expect(m.updateLivePage(organizer, draft.id, 1)).rejects.toBeInstanceOf(StaleVersionError);
    // Discard changes brings the live text back into the working copy.
    const discarded = await m.discardRecapChanges(organizer, draft.id, 2);
    expect(discarded).toMatchObject({ ok: true, version: 3 });
    const row = await (await db()).selectFrom('recaps').select(['body', 'live_body']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(row.body).toBe(row.live_body);
  });

  it('checks a date against the day the recap goes live, as the public read does: published day for an update, the scheduled day for a schedule', async () => {
    const draft = await m.createRecapDraft(organizer, fields('dated-live'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    const database = await db();
    // Published on 1 June 2024; moving the event to 2 June would make the live recap older than its event.
    await database.updateTable('recaps').set({ published_at: '2024-06-01T09:00:00.000Z' }).where('id', '=', draft.id).execute();
    const saved = await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: { ...fields('dated-live'), date: '2024-06-02' }, body: VALID_BODY });
    expect(saved.kind === 'saved' && saved.fieldErrors.date, 'the editor says so at once').toMatch(
      /^date: the event \(2024-06-02\) is after the day this recap goes live \(2024-06-01\)/,
    );
    const refused = (await m.updateLivePage(organizer, draft.id, 2).catch((e: unknown) => e)) as InstanceType<typeof m.RecapInputError>;
    expect(refused).toBeInstanceOf(m.RecapInputError);
    expect(Object.keys(refused.fieldErrors)).toEqual(['date']);

    const future = new Date(Date.now() + 40 * 86_400_000);
    const later = future.toISOString().slice(0, 10);
    const planned = await m.createRecapDraft(organizer, { ...fields('planned-later'), date: later }, VALID_BODY);
    await expect(m.publishRecap(organizer, planned.id), 'not today: the event is still to come').rejects.toBeInstanceOf(m.RecapInputError);
    await expect(m.scheduleRecap(organizer, planned.id, future)).resolves.toBeTruthy();
  });

  it('the scheduler publishes through the gate: a broken scheduled recap stays scheduled with the reason, once fixed it goes live', async () => {
    const draft = await m.createRecapDraft(organizer, fields('went-live'), VALID_BODY);
    await m.scheduleRecap(organizer, draft.id, new Date(Date.now() + 60_000));
    await m.saveRecapDraft(organizer, draft.id, {
      baseVersion: 1,
      fields: fields('went-live'),
      body: `${VALID_BODY}\n<Talk title="Open" speakers="X (Y, Z)">\n`,
    });
    const database = await db();
    const later = new Date(Date.now() + 120_000);
    const first = await publishDueRecaps(database, later);
    expect(first.published).toEqual([]);
    expect(first.refused).toEqual([
      { slug: 'went-live', problem: expect.stringMatching(/^Not published at the scheduled time\. Fix these first: line \d+, column \d+: /) },
    ]);
    expect(await publishDueRecaps(database, later), 'a refused text is not checked on every tick').toEqual({ published: [], refused: [] });
    const stored = await getRecapById(database, draft.id);
    expect(stored).toMatchObject({ status: 'scheduled', publishProblem: first.refused[0].problem });
    expect(await isPublic('went-live')).toBe(false);
    // Fixed: the next tick publishes the fixed text and forgets the problem.
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 2, fields: { ...fields('went-live'), title: 'Fixed at go-live' }, body: VALID_BODY });
    const due = await publishDueRecaps(database, later);
    expect(due.published.map((r) => r.slug)).toEqual(['went-live']);
    // What the tick then asks its own server to run (app/api/internal/revalidate).
    for (const r of due.published) await applyPublicChange(database, r.id);
    expect(await getRecapById(database, draft.id)).toMatchObject({ status: 'published', publishProblem: null, live: { version: 3 } });
    expect((await getRecap('went-live'))?.title).toBe('Fixed at go-live');
  });

  it('a live text that stops validating keeps being served from its last good version, flagged, also after a restart', async () => {
    const draft = await m.createRecapDraft(organizer, fields('hand-edited'), VALID_BODY);
    await m.publishRecap(organizer, draft.id); // its first public read keeps the snapshot
    const database = await db();
    // Edited by hand (or a rule tightened): the live text no longer compiles.
    await database.updateTable('recaps').set({ live_body: '<Talk title={x}>' }).where('id', '=', draft.id).execute();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await asAfterUpgrade(draft.id);
      const shown = await getRecap('hand-edited');
      expect(shown?.talks.map((t) => t.title)).toEqual(['Opening']);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('"hand-edited"'));
    } finally {
      errors.mockRestore();
    }
    const flagged = await getRecapById(database, draft.id);
    expect(flagged?.liveProblem).toMatch(/^The live page no longer validates, so its last good version is shown: line 1, column \d+/);
    const listed = (await listAdminRecaps({})).rows.find((r) => r.slug === 'hand-edited');
    expect(listed?.liveProblem).toBe(flagged?.liveProblem);
    // Updating the live page with a good text clears the flag.
    await m.updateLivePage(organizer, draft.id, 1);
    expect((await getRecapById(database, draft.id))?.liveProblem).toBeNull();
    expect((await getRecap('hand-edited'))?.talks).toHaveLength(1);
  });

  it("a live text that never compiled under today's rules, with no snapshot (it went live before an upgrade), is shown as plain text, never a 404", async () => {
    const draft = await m.createRecapDraft(organizer, fields('before-upgrade'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    const database = await db();
    // As migration 0004 leaves a recap published by an older release: live text, no snapshot; then a rule tightened.
    const tightened = 'An old paragraph that stays.\n\n<Figure src="/covers/x.svg" alt="" />\n';
    await database.updateTable('recaps').set({ live_body: tightened, live_snapshot: null, live_snapshot_version: null }).where('id', '=', draft.id).execute();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await asAfterUpgrade(draft.id);
      const shown = await getRecap('before-upgrade');
      expect(shown?.title).toBe('A meetup');
      expect(JSON.stringify(shown?.hast)).toContain('An old paragraph that stays.');
    } finally {
      errors.mockRestore();
    }
    expect((await getRecapById(database, draft.id))?.liveProblem).toMatch(/^The live page no longer validates/);
  });

  it('keeps one read-model row and body per live recap, however often it is updated; the body cache stays in its budget', async () => {
    const draft = await m.createRecapDraft(organizer, fields('updated-often'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    for (let version = 1; version <= 6; version++) {
      await m.saveRecapDraft(organizer, draft.id, { baseVersion: version, fields: fields('updated-often'), body: `${VALID_BODY}\nEdit ${version}.\n` });
      await m.updateLivePage(organizer, draft.id, version + 1);
      expect(JSON.stringify((await getRecap('updated-often'))?.hast)).toContain(`Edit ${version}.`);
    }
    const database = await db();
    expect(await database.selectFrom('public_recaps').select('live_version').where('slug', '=', 'updated-often').execute()).toEqual([{ live_version: 7 }]);
    expect(await database.selectFrom('public_recap_bodies').select('slug').where('slug', '=', 'updated-often').execute()).toHaveLength(1);
    expect(bodyCacheUse().bytes).toBeLessThanOrEqual(64 * 1024 * 1024);
  });

  it('public reads go to the database: another instance’s unpublish shows at once, a stale row is repaired by the sync', async () => {
    const draft = await m.createRecapDraft(organizer, fields('other-instance'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    expect(await isPublic('other-instance')).toBe(true);
    // Another instance (its own connection) unpublishes and runs the after-change function there.
    const other = createDb({ dialect: 'sqlite', path: process.env.SQLITE_PATH! });
    try {
      await store.markUnpublished(other, draft.id);
      expect(await isPublic('other-instance'), 'still public until the read model follows').toBe(true);
      await applyPublicChange(other, draft.id);
    } finally {
      await other.destroy();
    }
    expect(await isPublic('other-instance')).toBe(false);
    // A status change whose after-change function never ran (a crash): the sync finds and repairs it.
    await store.markPublished(await db(), draft.id, 1, organizer.id, new Date());
    expect(await isPublic('other-instance')).toBe(false);
    const database = await db();
    await syncDatabaseRecaps(database, async (ids) => {
      expect(ids).toEqual([draft.id]);
      for (const id of ids) await applyPublicChange(database, id);
    });
    expect(await isPublic('other-instance')).toBe(true);
  });

  it('keep published slugs stable and refuse deleting a published recap', async () => {
    const draft = await m.createRecapDraft(organizer, fields('stable-slug'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    const saved = await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: fields('renamed-slug'), body: VALID_BODY });
    expect(saved.kind === 'saved' && saved.fieldErrors.slug).toMatch(/cannot change/);
    await expect(m.deleteRecapDraft(organizer, draft.id)).rejects.toThrow(/Cannot delete/);
  });

  it('an announcement goes live before its event; changing its time asks for confirmation, with what subscribers will see', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const event = { ...fields('announced'), date: `${year}-06-10`, start: '19:00', end: '21:00', timeZone: 'Europe/Berlin', announcement: 'true' };
    const draft = await m.createRecapDraft(organizer, event, VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    expect((await getRecap('announced'))?.event).toMatchObject({ announcement: true, start: '19:00', timeZone: 'Europe/Berlin' });
    // A title changes nothing calendars show: no question asked.
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: { ...event, title: 'Renamed' }, body: VALID_BODY });
    await m.updateLivePage(organizer, draft.id, 2);
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 2, fields: { ...event, title: 'Renamed', start: '18:30' }, body: VALID_BODY });
    const refused = (await m.updateLivePage(organizer, draft.id, 3).catch((e: unknown) => e)) as InstanceType<typeof m.EventChangeNotConfirmedError>;
    expect(refused).toBeInstanceOf(m.EventChangeNotConfirmedError);
    expect(refused.changes).toEqual([
      { field: 'when', before: `${year}-06-10 19:00–21:00 (Europe/Berlin)`, after: `${year}-06-10 18:30–21:00 (Europe/Berlin)` },
    ]);
    expect((await getRecap('announced'))?.event.start, 'nothing public changed').toBe('19:00');
    await m.updateLivePage(organizer, draft.id, 3, { confirmEventChange: true });
    expect((await getRecap('announced'))?.event.start).toBe('18:30');
  });

  it('an announcement is previewed and scheduled before its event like a recap; without the box, the date is refused', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const event = { ...fields('announced-scheduled'), date: `${year}-09-01`, announcement: 'true' };
    expect(await m.reviewDraft(event, VALID_BODY)).toEqual({ fieldErrors: {}, diagnostics: [] });
    const draft = await m.createRecapDraft(organizer, event, VALID_BODY);
    const tomorrow = new Date(Date.now() + 86_400_000);
    await expect(m.scheduleRecap(organizer, draft.id, tomorrow)).resolves.toMatchObject({ status: 'scheduled' });
    const plain = await m.createRecapDraft(organizer, { ...event, slug: 'not-announced', announcement: '' }, VALID_BODY);
    const refused = (await m.scheduleRecap(organizer, plain.id, tomorrow).catch((e: unknown) => e)) as InstanceType<typeof m.RecapInputError>;
    expect(refused.fieldErrors.date).toMatch(/mark it as an announcement, or publish on or after the event$/);
  });

  it('the recap is written on the announced page once the event took place: refused before, published anew after, and read back the same', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const event = { ...fields('announced-then-recap'), date: `${year}-04-10`, start: '14:00', end: '17:00', timeZone: 'Asia/Shanghai', announcement: 'true' };
    const agenda = '<Talk title="Opening" speakers="Ada Lovelace (Engineer, Analytical Engines)" start="14:00" />\n';
    const draft = await m.createRecapDraft(organizer, event, agenda);
    await m.publishRecap(organizer, draft.id);
    const recap = { ...event, announcement: '' };
    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: recap, body: VALID_BODY });
    // Before the event, a recap cannot go live, not even on an announced page.
    const early = (await m.updateLivePage(organizer, draft.id, 2).catch((e: unknown) => e)) as InstanceType<typeof m.RecapInputError>;
    expect(early.fieldErrors.date).toMatch(/mark it as an announcement, or publish on or after the event$/);
    expect((await getRecap('announced-then-recap'))?.event.announcement).toBe(true);
    // The site clock passes the event's end (lib/events/clock.ts).
    const clock = path.join(dir, 'clock');
    fs.writeFileSync(clock, `${year}-04-11T00:00:00Z`);
    process.env.TEST_CLOCK_FILE = clock;
    try {
      await m.updateLivePage(organizer, draft.id, 2);
      const live = await getRecap('announced-then-recap');
      expect(live?.event.announcement).toBe(false);
      expect(live?.published, 'the recap is published on the day it went live').toBe(`${year}-04-11`);
      expect(live?.talks.map((t) => t.title)).toEqual(['Opening']);
      // What the public read checks (db-recaps.ts) agrees: after a rebuild of its rows the page is the same.
      await asAfterUpgrade(draft.id);
      expect((await getRecap('announced-then-recap'))?.published).toBe(`${year}-04-11`);
    } finally {
      delete process.env.TEST_CLOCK_FILE;
    }
  });
});
