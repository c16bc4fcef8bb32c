import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { syncFileRecaps } from '@/lib/recaps/read-model-sync';
import { searchDocs } from '@/lib/search/index-sql';
import { checkQuery } from '@/lib/search/query';

const recapFile = (slugTitle: string, locale: 'en' | 'zh', speakers: string) =>
  [
    '---',
    `title: ${slugTitle}`,
    'date: 2023-07-15',
    'city: Shenzhen',
    'community: C',
    'description: D',
    `locale: ${locale}`,
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speaker-sync-'));
fs.mkdirSync(path.join(dir, 'recaps'));
const put = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const REGISTRY = 'zhang-shanyou:\n  name: { en: Zhang Shanyou, zh: 张善友 }\n';

describe.each(dialects)('the speaker registry in the read model ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const speakerRows = () => t.db.selectFrom('public_talk_speakers').select(['recap_slug', 'speaker_slug', 'name', 'name_slug']).orderBy('recap_slug').execute();

  test('a talk naming 张善友 and one naming Shanyou Zhang are one speaker page, with both display names', async () => {
    put('speakers.yml', REGISTRY);
    put('recaps/en-talk.mdx', recapFile('En', 'en', 'Shanyou Zhang (CTO, Youhaoda)'));
    put('recaps/zh-talk.mdx', recapFile('Zh', 'zh', '张善友 (首席架构师, 优好达)'));
    put('recaps/other.mdx', recapFile('Other', 'en', 'Ada Quill'));
    await syncFileRecaps(t.db, dir);
    expect(await speakerRows()).toEqual([
      { recap_slug: 'en-talk', speaker_slug: 'zhang-shanyou', name: 'Shanyou Zhang', name_slug: 'shanyou-zhang' },
      { recap_slug: 'other', speaker_slug: 'ada-quill', name: 'Ada Quill', name_slug: 'ada-quill' },
      { recap_slug: 'zh-talk', speaker_slug: 'zhang-shanyou', name: '张善友', name_slug: '张善友' },
    ]);
    const person = await t.db.selectFrom('public_speakers').selectAll().where('slug', '=', 'zhang-shanyou').executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name_en: 'Zhang Shanyou', name_zh: '张善友', talk_count: 2, recap_count: 2 });
    const talks = JSON.parse((await t.db.selectFrom('public_recaps').select('talks').where('slug', '=', 'zh-talk').executeTakeFirstOrThrow()).talks);
    expect(talks[0].speakers[0].slug, 'the recap links the person’s page').toBe('zhang-shanyou');
  });

  test('a changed registry rewrites the talks it touches; a broken one keeps the last good', async () => {
    put('speakers.yml', '');
    put('recaps/en-talk.mdx', recapFile('En', 'en', 'Shanyou Zhang'));
    put('recaps/zh-talk.mdx', recapFile('Zh', 'zh', '张善友'));
    fs.rmSync(path.join(dir, 'recaps/other.mdx'), { force: true });
    await syncFileRecaps(t.db, dir);
    expect((await speakerRows()).map((r) => r.speaker_slug)).toEqual(['shanyou-zhang', '张善友']);
    put('speakers.yml', REGISTRY);
    expect(await syncFileRecaps(t.db, dir), 'no recap compiled again').toMatchObject({ written: 0 });
    expect((await speakerRows()).map((r) => r.speaker_slug)).toEqual(['zhang-shanyou', 'zhang-shanyou']);
    put('speakers.yml', REGISTRY + 'other:\n  name: { en: Shanyou Zhang }\n');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await syncFileRecaps(t.db, dir)).toMatchObject({ problems: 1 });
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/speakers\.yml:4:\d+: "Shanyou Zhang" is already a name of zhang-shanyou/));
    } finally {
      errors.mockRestore();
    }
    expect(
      (await speakerRows()).map((r) => r.speaker_slug),
      'the last good registry stays',
    ).toEqual(['zhang-shanyou', 'zhang-shanyou']);
    const count = await t.db.selectFrom('public_speakers').select('slug').execute();
    expect(count.map((r) => r.slug)).toEqual(['zhang-shanyou']);
  });

  test('search: any of a person’s names finds all their talks (FTS5 trigram and pg_trgm)', async () => {
    put('speakers.yml', REGISTRY + '  aliases: [Geffrey Zhang]\n');
    put('recaps/en-talk.mdx', recapFile('En', 'en', 'Shanyou Zhang'));
    put('recaps/zh-talk.mdx', recapFile('Zh', 'zh', '张善友'));
    await syncFileRecaps(t.db, dir);
    const find = async (q: string) => {
      const checked = checkQuery(q);
      if (!checked.ok) throw new Error(checked.message);
      return [...new Set((await searchDocs(t.db, checked, 20)).filter((h) => h.talkId).map((h) => h.recapSlug))].sort();
    };
    expect(await find('张善友')).toEqual(['en-talk', 'zh-talk']);
    expect(await find('Zhang Shanyou')).toEqual(['en-talk', 'zh-talk']);
    expect(await find('Geffrey')).toEqual(['en-talk', 'zh-talk']);
  });
});
