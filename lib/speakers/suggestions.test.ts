import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { syncFileRecaps } from '@/lib/recaps/read-model-sync';
import { linkSpeakerAlias } from './registry-edits';
import { romanKey } from './roman-key';
import { applySpeakerChange } from './speaker-change';
import { suggestSpeakerAliases } from './suggestions';

describe('romanKey: a Chinese name and its romanizations', () => {
  it('matches pinyin in either order, any case, with or without tones and hyphens', () => {
    for (const n of ['Zhang Shanyou', 'Shanyou Zhang', 'ZHANG Shan-you', 'Zhāng Shànyǒu', 'zhang shanyou']) expect(romanKey(n), n).toBe(romanKey('张善友'));
    expect(romanKey('欧阳娜娜')).toBe(romanKey('Ouyang Nana'));
    expect(romanKey('Zhang Xiao')).not.toBe(romanKey('张善友'));
    expect(romanKey('Алексей')).toBeNull();
  });
});

const recapFile = (slug: string, speakers: string) =>
  [
    '---',
    `title: ${slug}`,
    'date: 2023-07-15',
    'city: C',
    'community: C',
    'description: D',
    'locale: zh',
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speaker-suggest-'));
fs.mkdirSync(path.join(dir, 'recaps'));
fs.writeFileSync(path.join(dir, 'speakers.yml'), 'zhang-shanyou:\n  name: { zh: 张善友 }\n');
fs.writeFileSync(path.join(dir, 'recaps', 'a.mdx'), recapFile('a', '张善友'));
fs.writeFileSync(path.join(dir, 'recaps', 'b.mdx'), recapFile('b', '李蓉'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(dialects)('suggested aliases ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const snapshot = async () => ({
    names: await t.db.selectFrom('speaker_names').selectAll().orderBy('name_key').execute(),
    rows: await t.db.selectFrom('public_talk_speakers').selectAll().orderBy('recap_slug').execute(),
    people: await t.db.selectFrom('speakers').selectAll().orderBy('slug').execute(),
  });

  test('proposes the known Chinese name of a romanized one, and a page of the same name in another order; never links by itself', async () => {
    await syncFileRecaps(t.db, dir);
    const before = await snapshot();
    expect(await suggestSpeakerAliases(t.db, ['Shanyou Zhang', 'Rong Li', 'Ada Quill', '张善友'])).toEqual([
      { name: 'Shanyou Zhang', slug: 'zhang-shanyou', match: '张善友' },
      { name: 'Rong Li', slug: '李蓉', match: '李蓉' },
    ]);
    expect(await snapshot(), 'suggesting writes nothing').toEqual(before);

    // The organizer clicks "Link": only then does the name belong to the person.
    await applySpeakerChange(t.db, await linkSpeakerAlias(t.db, 'zhang-shanyou', 'Shanyou Zhang'));
    expect(await suggestSpeakerAliases(t.db, ['Shanyou Zhang']), 'a linked name is not suggested again').toEqual([]);
    // Linking to a page that is not a person yet makes it one.
    await applySpeakerChange(t.db, await linkSpeakerAlias(t.db, '李蓉', 'Rong Li'));
    expect((await t.db.selectFrom('speaker_names').select('name').where('person_slug', '=', '李蓉').orderBy('name').execute()).map((r) => r.name)).toEqual([
      'Rong Li',
      '李蓉',
    ]);
  });
});
