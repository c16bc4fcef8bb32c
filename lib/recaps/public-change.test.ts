import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { indexedRecaps } from '@/lib/search/index-sql';
import { getPublicRecapRow, getSpeakerRow, getTagRow } from '@/lib/sql/read-model';
import { writePublicRecaps } from '@/lib/sql/read-model-write';
import { copyWorkingToLive } from '@/lib/sql/recap-live';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { markPublished, markUnpublished } from '@/lib/sql/recap-status';
import { insertDraft } from '@/lib/sql/recaps';
import { createUser } from '@/lib/sql/users';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { listingPaths } from './affected-paths';
import { applyPublicChange } from './public-change';
import { publicRecapRows } from './public-recap-rows';
import type { Recap } from './types';

const T0 = new Date('2025-03-01T10:00:00.000Z');

/** A git-managed recap already in the read model, one talk by `speaker`. */
const fileRecap = (slug: string, date: string, speaker: string): Recap => ({
  ...recapFixture({
    slug,
    date,
    published: date,
    lastModified: date,
    tags: ['go'],
    talks: [{ id: 't', title: 'T', speakers: [{ name: speaker, slug: speaker.toLowerCase() }], summary: '' }],
  }),
  tree: { type: 'root', children: [] },
  hast: { type: 'root', children: [] },
});

const frontMatter = (date: string, tags: string[]) => ({
  title: 'Db meetup',
  date,
  city: 'Wuhan',
  community: 'C',
  description: 'D.',
  tags,
  locale: 'en',
  author: 'A',
  published: '2025-03-01',
});
const body = (speaker: string) => `<Talk title="Opening" speakers="${speaker} (Engineer, Pondworks)">\n\nHello.\n\n</Talk>\n`;
/** Speaker and tag pages are expired in every language: their public path and the `[locale]` route of each locale. */
const inEveryLocale = (path: string) => (/^\/(speakers|tags)\//.test(path) ? [path, `/en${path}`, `/zh${path}`] : [path]);
/** The calendar feeds of a recap, its city and speakers are checked in ./affected-paths.test.ts; the site's stays with the listings. */
const withoutFeeds = (paths: string[]) => paths.filter((p) => !p.endsWith('/calendar.ics') || listingPaths().includes(p));
const plus = (...paths: string[]) => [...new Set([...listingPaths(), ...paths.flatMap(inEveryLocale)])].sort();

describe.each(dialects)('the after-change function ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  async function setup() {
    await writePublicRecaps(
      t.db,
      [fileRecap('old', '2021-01-01', 'Ann'), fileRecap('mid', '2023-01-01', 'Bob'), fileRecap('new', '2025-01-01', 'Cy')].map((r) => publicRecapRows(r)),
    );
    const user = await createUser(t.db, { email: 'ed@example.org', name: 'Ed', role: 'organizer', now: T0 });
    const draft = await insertDraft(t.db, { slug: 'db-one', frontMatter: frontMatter('2022-06-01', ['rust']), body: body('Dee'), actorId: user.id, now: T0 });
    return { user, id: draft.id };
  }

  test('publish writes the rows and search documents, and names exactly the pages that change', async () => {
    const { user, id } = await setup();
    expect(withoutFeeds(await applyPublicChange(t.db, id)), 'a draft: nothing public, only its own (404) page').toEqual(
      plus('/recaps/db-one', '/recaps/db-one/opengraph-image'),
    );
    await markPublished(t.db, id, 1, user.id, T0);
    const paths = withoutFeeds(await applyPublicChange(t.db, id));
    // 2022-06-01 falls between "old" and "mid": those are its neighbours.
    expect(paths).toEqual(plus('/recaps/db-one', '/recaps/db-one/opengraph-image', '/recaps/old', '/recaps/mid', '/speakers/dee', '/tags/rust'));
    expect(await getPublicRecapRow(t.db, 'db-one')).toMatchObject({ source: 'db', recap_id: id, live_version: 1, title: 'Db meetup' });
    expect(await getSpeakerRow(t.db, 'dee')).toMatchObject({ role: 'Engineer', affiliation: 'Pondworks', talkCount: 1 });
    expect((await indexedRecaps(t.db)).get('db-one')).toMatchObject({ source: 'db' });
    expect(withoutFeeds(await applyPublicChange(t.db, id)), 'run again: the same rows, the same pages').toEqual(paths);
  });

  test('an update that moves the date and changes speaker and tag: old and new neighbours, speakers and tags', async () => {
    const { user, id } = await setup();
    await markPublished(t.db, id, 1, user.id, T0);
    withoutFeeds(await applyPublicChange(t.db, id));
    await writeWorkingCopy(t.db, { id, baseVersion: 1, frontMatter: frontMatter('2024-06-01', ['edge']), body: body('Eve'), actorId: user.id, now: T0 });
    await copyWorkingToLive(t.db, { id, baseVersion: 2, now: T0 });
    expect(withoutFeeds(await applyPublicChange(t.db, id))).toEqual(
      plus(
        '/recaps/db-one',
        '/recaps/db-one/opengraph-image',
        '/recaps/old',
        '/recaps/mid',
        '/recaps/new',
        '/speakers/dee',
        '/speakers/eve',
        '/tags/rust',
        '/tags/edge',
      ),
    );
    expect(await getSpeakerRow(t.db, 'dee')).toBeNull();
    expect(await getTagRow(t.db, 'rust')).toBeNull();
    expect(await getTagRow(t.db, 'edge')).toMatchObject({ recapCount: 1 });
  });

  test('unpublish removes the rows and documents; the pages are those of the publish', async () => {
    const { user, id } = await setup();
    await markPublished(t.db, id, 1, user.id, T0);
    const published = withoutFeeds(await applyPublicChange(t.db, id));
    await markUnpublished(t.db, id, user.id, T0);
    expect(withoutFeeds(await applyPublicChange(t.db, id))).toEqual(published);
    expect(await getPublicRecapRow(t.db, 'db-one')).toBeNull();
    expect(await getSpeakerRow(t.db, 'dee')).toBeNull();
    expect((await indexedRecaps(t.db)).has('db-one')).toBe(false);
  });

  test('a slug a git-managed file holds stays the file’s', async () => {
    const { user } = await setup();
    const twin = await insertDraft(t.db, { slug: 'mid', frontMatter: frontMatter('2022-06-01', ['rust']), body: body('Dee'), actorId: user.id, now: T0 });
    await markPublished(t.db, twin.id, 1, user.id, T0);
    await applyPublicChange(t.db, twin.id);
    expect(await getPublicRecapRow(t.db, 'mid')).toMatchObject({ source: 'file', title: 'Shenzhen Stop' });
  });

  test("a version of a translated event: publishing and unpublishing it expires its sibling's page", async () => {
    const { user, id } = await setup();
    const zh = { ...fileRecap('db-one-zh', '2022-06-01', 'Dee'), locale: 'zh' as const, translationKey: 'db-one' };
    await writePublicRecaps(t.db, [publicRecapRows(zh)]);
    await markPublished(t.db, id, 1, user.id, T0);
    expect(withoutFeeds(await applyPublicChange(t.db, id))).toContain('/recaps/db-one-zh');
    await markUnpublished(t.db, id, user.id, T0);
    expect(withoutFeeds(await applyPublicChange(t.db, id))).toContain('/recaps/db-one-zh');
    expect(await getPublicRecapRow(t.db, 'db-one-zh')).toMatchObject({ listed_en: 1, listed_zh: 1 });
  });

  test('an event only in English is listed in Chinese too: its neighbours there are expired as well', async () => {
    const { user, id } = await setup();
    // Two events around 2022-06-01 in both languages: the English listing shows their English versions, the Chinese one their Chinese.
    const version = (slug: string, date: string, locale: 'en' | 'zh', key: string) => ({ ...fileRecap(slug, date, 'Wu'), locale, translationKey: key });
    await writePublicRecaps(
      t.db,
      [
        version('p1-en', '2022-01-01', 'en', 'p1'),
        version('p1-zh', '2022-01-01', 'zh', 'p1'),
        version('p2-en', '2022-12-01', 'en', 'p2'),
        version('p2-zh', '2022-12-01', 'zh', 'p2'),
      ].map((r) => publicRecapRows(r)),
    );
    await markPublished(t.db, id, 1, user.id, T0);
    const paths = withoutFeeds(await applyPublicChange(t.db, id));
    // db-one has no Chinese version, so the Chinese listing shows it between p1-zh and p2-zh, whose pages now link to it.
    for (const neighbour of ['/recaps/p1-en', '/recaps/p2-en', '/recaps/p1-zh', '/recaps/p2-zh']) expect(paths, neighbour).toContain(neighbour);
  });
});
