import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { syncFileRecaps } from '@/lib/recaps/read-model-sync';
import { getNameSlugTarget } from '@/lib/sql/read-model-speakers';
import { getSpeakerRedirectTarget } from '@/lib/sql/speakers';
import { linkSpeakerAlias, mergeSpeakerPages, savePerson, splitSpeakerPage } from './registry-edits';
import { applySpeakerChange } from './speaker-change';

const recapFile = (title: string, speakers: string) =>
  [
    '---',
    `title: ${title}`,
    'date: 2023-07-15',
    'city: C',
    'community: C',
    'description: D',
    'locale: en',
    'published: 2023-07-20',
    'author: A',
    '---',
    '',
    `<Talk title="T" speakers="${speakers}">`,
    '',
    'x',
    '',
    '</Talk>',
    '',
  ].join('\n');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speaker-edits-'));
fs.mkdirSync(path.join(dir, 'recaps'));
fs.writeFileSync(path.join(dir, 'speakers.yml'), 'zhang-shanyou:\n  name: { en: Zhang Shanyou, zh: 张善友 }\n');
fs.writeFileSync(path.join(dir, 'recaps', 'a.mdx'), recapFile('A', 'He Cong (Engineer, X)'));
fs.writeFileSync(path.join(dir, 'recaps', 'b.mdx'), recapFile('B', '何聪'));
fs.writeFileSync(path.join(dir, 'recaps', 'c.mdx'), recapFile('C', 'Shan-you Zhang'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(dialects)('merging and splitting speakers ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const slugs = async () =>
    Object.fromEntries(
      (await t.db.selectFrom('public_talk_speakers').select(['recap_slug', 'speaker_slug']).execute()).map((r) => [r.recap_slug, r.speaker_slug]),
    );
  const pages = async () => (await t.db.selectFrom('public_speakers').select('slug').orderBy('slug').execute()).map((r) => r.slug);

  test('merge: two pages become one person, the old page redirects; split: back again, nothing that was live goes missing', async () => {
    await syncFileRecaps(t.db, dir);
    expect(await slugs()).toEqual({ a: 'he-cong', b: '何聪', c: 'shan-you-zhang' });

    const merged = await mergeSpeakerPages(t.db, '何聪', 'he-cong');
    expect(await applySpeakerChange(t.db, merged)).toEqual(
      expect.arrayContaining(['/speakers/he-cong', `/speakers/${encodeURIComponent('何聪')}`, '/recaps/b']),
    );
    expect(await slugs()).toMatchObject({ a: 'he-cong', b: 'he-cong' });
    expect(await pages()).toEqual(['he-cong', 'shan-you-zhang']);
    expect(await getSpeakerRedirectTarget(t.db, '何聪')).toBe('he-cong');
    const person = await t.db.selectFrom('public_speakers').selectAll().where('slug', '=', 'he-cong').executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name_en: 'He Cong', name_zh: '何聪', talk_count: 2 });

    // Wrongly merged: 何聪 is someone else. The page 何聪 is live again, as its own person.
    await applySpeakerChange(t.db, await splitSpeakerPage(t.db, 'he-cong', ['何聪'], '何聪'));
    expect(await slugs()).toMatchObject({ a: 'he-cong', b: '何聪' });
    expect(await pages()).toEqual(['he-cong', 'shan-you-zhang', '何聪']);
    expect(await getSpeakerRedirectTarget(t.db, '何聪')).toBeNull();
  });

  test('a split to a new slug: the names’ old pages lead to the new person; a person left without names redirects too', async () => {
    await syncFileRecaps(t.db, dir);
    await applySpeakerChange(t.db, await mergeSpeakerPages(t.db, '何聪', 'he-cong'));
    await applySpeakerChange(t.db, await splitSpeakerPage(t.db, 'he-cong', ['何聪'], 'he-cong-2'));
    expect(await slugs()).toMatchObject({ a: 'he-cong', b: 'he-cong-2' });
    expect(await getSpeakerRedirectTarget(t.db, '何聪')).toBe('he-cong-2');
    await applySpeakerChange(t.db, await splitSpeakerPage(t.db, 'he-cong', ['He Cong'], 'cong-he'));
    expect(await slugs()).toMatchObject({ a: 'cong-he' });
    expect(await getSpeakerRedirectTarget(t.db, 'he-cong'), 'the emptied person’s page leads on').toBe('cong-he');
  });

  test('merging into a file person, linking an alias, file people are read-only', async () => {
    await syncFileRecaps(t.db, dir);
    await expect(mergeSpeakerPages(t.db, 'zhang-shanyou', 'he-cong')).rejects.toThrow(/content\/speakers\.yml/);
    await expect(savePerson(t.db, { slug: 'zhang-shanyou', names: { en: 'X' }, aliases: [], links: {} }, 1)).rejects.toThrow(/content\/speakers\.yml/);
    // "Shan-you Zhang" is not "Zhang Shanyou" to the normaliser; an organizer links it.
    await applySpeakerChange(t.db, await linkSpeakerAlias(t.db, 'zhang-shanyou', 'Shan-you Zhang'));
    expect(await slugs()).toMatchObject({ c: 'zhang-shanyou' });
    expect(await getNameSlugTarget(t.db, 'shan-you-zhang')).toBe('zhang-shanyou');
    await expect(linkSpeakerAlias(t.db, 'nobody', 'Cong He')).rejects.toThrow(/No speaker nobody/);
    await savePerson(t.db, { slug: 'he-cong', names: { en: 'He Cong' }, aliases: [], links: {} }, 0);
    await expect(linkSpeakerAlias(t.db, 'he-cong', 'Zhang Shanyou')).rejects.toThrow(/already a name of zhang-shanyou/);
  });

  test('editing a database person moves the talks its names gain and lose', async () => {
    await syncFileRecaps(t.db, dir);
    await applySpeakerChange(
      t.db,
      await savePerson(t.db, { slug: 'he-cong', names: { en: 'He Cong', zh: '何聪' }, aliases: [], links: { github: 'hecong' } }, 0),
    );
    expect(await slugs()).toMatchObject({ a: 'he-cong', b: 'he-cong' });
    await expect(savePerson(t.db, { slug: 'he-cong', names: { en: 'He Cong' }, aliases: [], links: {} }, 0)).rejects.toThrow(/saved this person since/);
    await applySpeakerChange(t.db, await savePerson(t.db, { slug: 'he-cong', names: { en: 'He Cong' }, aliases: [], links: {} }, 1));
    expect(await slugs()).toMatchObject({ a: 'he-cong', b: '何聪' });
  });
});
