import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { png } from '@/lib/media/test-images';
import { parsePost, plainText } from './convert';
import { gateImportedFile } from './render-gate';
import { proseDate } from './prose-facts';
import { fileWriter, folderImageStore, runImport, type RunResult } from './run';
import { readSourceFrontMatter } from './source-front-matter';

const SITE = path.join(import.meta.dirname, 'fixtures/hugo-site');
const OPTIONS = { timeZone: 'Asia/Shanghai' };

let run: RunResult;
beforeAll(async () => {
  run = await runImport(SITE, OPTIONS);
});
const report = (file: string) => run.reports.find((r) => r.file === file)!;
const post = (file: string) => run.posts.find((p) => p.source.file === file)!.post;
const ZH = 'content/zh/posts/meetup-2023-07.md';
const EN = 'content/en/posts/chengdu-rust-meetup-7.md';
const ANNOUNCE = 'content/zh/posts/announce-2023-09.md';

describe('importing the fixture Hugo site', () => {
  test('reads both languages from the config, the default language first', () => {
    expect(run.site.kind).toBe('hugo');
    expect(run.reports.map((r) => [r.file, r.locale, r.slug])).toEqual([
      [ANNOUNCE, 'zh', 'announce-2023-09'],
      [ZH, 'zh', 'meetup-2023-07'],
      ['content/zh/posts/spring-bundle/index.md', 'zh', 'spring-bundle'],
      ['content/zh/posts/year-review.md', 'zh', 'year-review'],
      [EN, 'en', 'chengdu-rust-meetup-7'],
      // The same file name in English is another post: its own slug.
      ['content/en/posts/year-review.md', 'en', 'year-review-en'],
    ]);
  });

  test('every result passes the portal gate', async () => {
    for (const { post: p } of run.posts) {
      expect(p.problems).toEqual([]);
      expect((await gateImportedFile(p.fileText)).ok).toBe(true);
    }
    expect(run.reports.every((r) => r.outcome === 'dry-run')).toBe(true);
  });

  test('the exact talks, titled by their captions; none invented', () => {
    expect(report(ZH).talks.map((t) => [t.title, t.speakers, t.source.line, t.confidence])).toEqual([
      ['Rust 异步运行时的内部：从 Future 到 Waker', '王小明 (工程师, Second State)', 25, 'certain'],
      ['WasmEdge在边缘计算中的应用', 'Michael Yuan', 33, 'certain'],
      ['数据库连接池的设计', '李雷 (资深工程师, PingCAP)', 39, 'certain'],
      ['用 Rust 编写 Kubernetes Operator', '韩梅梅', 43, 'likely'],
    ]);
    expect(report(EN).talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Inside Rust async runtimes: from Future to Waker', 'Wang Xiaoming'],
      ['WasmEdge at the edge', 'Michael Yuan'],
      ['Designing database connection pools', 'Li Lei'],
      ['Writing Kubernetes operators in Rust', 'Han Meimei'],
    ]);
    for (const file of [ANNOUNCE, 'content/zh/posts/spring-bundle/index.md', 'content/zh/posts/year-review.md', 'content/en/posts/year-review.md'])
      expect(report(file).talks).toEqual([]);
    // The quote, the visit and the guest list are neither talks nor proposals; the prose-only title is proposed.
    expect(report(ZH).review.filter((r) => r.kind === 'possible-talk')).toEqual([
      {
        kind: 'possible-talk',
        code: 'possibleTalk',
        params: { title: 'Rust 与嵌入式', name: '陈晨', form: 'prose', tag: '<Talk>' },
        message: '"Rust 与嵌入式" by 陈晨 may be a talk (a prose only, nothing else agrees): wrap it in <Talk> if it is one',
        source: { file: ZH, line: 49 },
      },
    ]);
    expect(report(EN).review.filter((r) => r.kind === 'possible-talk')).toEqual([]);
    expect(post(ZH).body.match(/<Talk /g)).toHaveLength(4);
  });

  test('no sentence of the original is dropped', () => {
    for (const file of [ZH, EN]) {
      const fm = readSourceFrontMatter(fs.readFileSync(path.join(SITE, file), 'utf8'));
      const source = parsePost(fm.body)
        .tree.children.map((n) => (n.type === 'table' ? n.children.flatMap((row) => row.children.map(plainText)).join('\n') : plainText(n)))
        .join('\n');
      const output = post(file)
        .body.replace(/\\(.)/g, '$1')
        .replace(/&#x22;/g, '"')
        .replace(/\s+/g, ' ');
      const sentences = source
        .split(/(?<=[。！？!?])|\n|(?<=\.)\s/)
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      expect(sentences.length).toBeGreaterThan(10);
      const missing = sentences.filter((s) => !output.includes(s) && !/^#/.test(s));
      // Headings that became a talk's title are the only lines that move (into the title attribute).
      expect(missing.filter((s) => !post(file).talks.some((t) => s.replace(/[\s\p{P}]/gu, '').includes(t.title.replace(/[\s\p{P}]/gu, ''))))).toEqual([]);
    }
  });

  test('the report: filled fields with source lines and confidence', () => {
    const fields = Object.fromEntries(report(ZH).fields.map((f) => [f.field, [f.value, f.source.line, f.confidence]]));
    expect(fields).toMatchObject({
      title: ['Rust 见面会第七期回顾（成都站）', 2, 'certain'],
      published: ['2023-07-20', 3, 'certain'],
      date: ['2023-07-15', 13, 'likely'],
      city: ['成都', 2, 'likely'],
      venue: ['天府软件园 C 区 3 楼', 15, 'likely'],
      author: ['社区编辑部', 1, 'guessed'],
      description: ['7 月 15 日下午，第七期 Rust 见面会在成都举办，近百位开发者到场。感谢所有志愿者的帮助 也感谢场地方的支持。', 13, 'guessed'],
    });
    expect(report(ZH).review.map((r) => [r.kind, r.source.line])).toEqual([
      ['removed-element', 9],
      ['image-without-alt', 23],
      ['image-without-alt', 41],
      ['event-fact-from-prose', 13],
      ['event-fact-from-prose', 2],
      ['event-fact-from-prose', 15],
      ['possible-talk', 49],
      ['description-replaced', 13],
      ['image-mislabelled', 31],
      ['speaker-match', 25],
      ['speaker-match', 39],
      ['speaker-match', 43],
    ]);
    expect(report(ZH).review.find((r) => r.kind === 'image-mislabelled')?.message).toBe(
      'image /images/2023-07/wasm.jpg is really PNG (its name says .jpg): stored as what it is',
    );
    expect(
      report(ANNOUNCE)
        .review.filter((r) => r.kind === 'image-missing')
        .map((r) => r.source.line),
    ).toEqual([15]);
    expect(report('content/zh/posts/spring-bundle/index.md').review.map((r) => r.kind)).toContain('missing-venue');
  });

  test('translations are paired by content, not by path; their speakers matched across scripts', () => {
    expect(run.pairing.pairs.map((p) => [run.posts[p.first].source.file, run.posts[p.second].source.file, p.key, p.confidence])).toEqual([
      [ZH, EN, 'meetup-2023-07', 'certain'],
    ]);
    // year-review.md exists in both languages, about different events: neither paired nor proposed.
    expect(run.pairing.proposals).toEqual([]);
    expect(post(ZH).frontMatter.translationKey).toBe('meetup-2023-07');
    expect(post(EN).frontMatter.translationKey).toBe('meetup-2023-07');
    expect(post('content/en/posts/year-review.md').frontMatter.translationKey).toBeUndefined();
    expect(post(EN).fileText).toContain('translationKey: meetup-2023-07');
    expect(
      report(EN)
        .review.filter((r) => r.kind === 'speaker-match')
        .map((r) => r.message),
    ).toEqual([
      '王小明 and Wang Xiaoming (talk 1 in both versions) read as one person: add both names to the speaker registry',
      '李雷 and Li Lei (talk 3 in both versions) read as one person: add both names to the speaker registry',
      '韩梅梅 and Han Meimei (talk 4 in both versions) read as one person: add both names to the speaker registry',
    ]);
  });

  test('a post about an event still to come is an announcement, with its time and place', () => {
    expect(post(ANNOUNCE).frontMatter).toMatchObject({
      date: '2023-09-16',
      published: '2023-08-20',
      announcement: true,
      start: '14:00',
      end: '17:30',
      city: '深圳',
      venue: '深圳湾创业广场 2 楼',
      description: '第八期见面会开放报名，主题是 Rust 在嵌入式与边缘设备上的实践。',
    });
    expect(report(ANNOUNCE).review.map((r) => r.kind)).toContain('announcement');
  });

  test('a post date with an offset is a day in the site zone; the en post keeps its own author', () => {
    expect(post(EN).frontMatter).toMatchObject({ published: '2023-07-22', date: '2023-07-15', city: 'Chengdu', author: 'Community editors', locale: 'en' });
  });
});

describe('proseDate', () => {
  test('the year comes from the post date, the previous year when the month is later', () => {
    expect(proseDate([{ text: '12 月 28 日，年终聚会', line: 4 }], '2024-01-06')).toMatchObject({ value: '2023-12-28', line: 4 });
    expect(proseDate([{ text: 'On July 15, we met', line: 2 }], '2023-07-22')?.value).toBe('2023-07-15');
    expect(proseDate([{ text: 'On Sept. 3rd, 2021 we met', line: 2 }], '2023-07-22')).toMatchObject({ value: '2021-09-03' });
    expect(proseDate([{ text: '我们将于 1 月 5 日举办新年见面会，欢迎报名', line: 2 }], '2023-11-20')?.value).toBe('2024-01-05');
    expect(proseDate([{ text: '2 月 30 日', line: 1 }], '2023-03-01')).toBeNull();
  });
});

describe('writing', () => {
  test('--out writes MDX files; a second run leaves them unchanged; a failing post is reported, never written', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-out-'));
    const first = await runImport(SITE, OPTIONS, fileWriter(out));
    expect(first.reports.map((r) => r.outcome)).toEqual(Array(6).fill('written'));
    expect(fs.readdirSync(path.join(out, 'recaps')).sort()).toEqual(first.reports.map((r) => `${r.slug}.mdx`).sort());
    const second = await runImport(SITE, OPTIONS, fileWriter(out));
    expect(second.reports.map((r) => r.outcome)).toEqual(Array(6).fill('unchanged'));

    const lone = fs.mkdtempSync(path.join(os.tmpdir(), 'import-lone-'));
    fs.writeFileSync(path.join(lone, 'nowhere.md'), '---\ntitle: A talk night\ndate: 2023-05-02\n---\n\nWe met again.\n');
    const failed = await runImport(path.join(lone, 'nowhere.md'), OPTIONS, fileWriter(path.join(lone, 'out')));
    expect(failed.reports[0]).toMatchObject({ outcome: 'failed', problems: ['city is required'] });
    expect(failed.reports[0].review.map((r) => r.kind)).toEqual(expect.arrayContaining(['missing-city', 'gate']));
    expect(fs.existsSync(path.join(lone, 'out'))).toBe(false);
    // With a default city it passes.
    const withCity = await runImport(path.join(lone, 'nowhere.md'), { ...OPTIONS, city: 'Shenzhen' }, fileWriter(path.join(lone, 'out')));
    expect(withCity.reports[0].outcome).toBe('written');
  });

  test('--out stores images through the upload pipeline: found next to the page or in static/, format from the bytes, deduplicated', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-images-'));
    const result = await runImport(SITE, { ...OPTIONS, imageStore: folderImageStore(out) }, fileWriter(out));
    const stored = fs.readdirSync(path.join(out, 'public/images/imported')).sort();
    // Four photos; the English post shares three of them, stored once.
    expect(stored).toHaveLength(4);
    expect(stored.filter((f) => f.endsWith('.png'))).toHaveLength(1);
    const zh = fs.readFileSync(path.join(out, 'recaps/meetup-2023-07.mdx'), 'utf8');
    const png = stored.find((f) => f.endsWith('.png'))!;
    expect(zh).toContain(
      `<Figure src="/images/imported/${png}" alt="Michael Yuan 在台上演示" caption="Michael Yuan《WasmEdge在边缘计算中的应用》" width="80" height="60" />`,
    );
    const bundle = fs.readFileSync(path.join(out, 'recaps/spring-bundle.mdx'), 'utf8');
    expect(bundle).toMatch(/<Figure src="\/images\/imported\/[0-9a-f]{64}\.jpg" alt="获奖队伍合影"/);
    expect(result.posts.find((p) => p.source.file === EN)!.post.imageHashes).toEqual(result.posts.find((p) => p.source.file === ZH)!.post.imageHashes);
    expect(result.reports.every((r) => r.outcome === 'written')).toBe(true);
  });

  test('a tall poster keeps its width and height (the width is capped, not the longest side)', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'import-poster-'));
    fs.cpSync(SITE, site, { recursive: true });
    fs.mkdirSync(path.join(site, 'static/images/2023-09'), { recursive: true });
    fs.writeFileSync(path.join(site, 'static/images/2023-09/poster.png'), await png(1080, 6000));
    const out = path.join(site, 'out');
    await runImport(site, { ...OPTIONS, imageStore: folderImageStore(out) }, fileWriter(out));
    expect(fs.readFileSync(path.join(out, 'recaps/announce-2023-09.mdx'), 'utf8')).toMatch(
      /<Figure src="\/images\/imported\/[0-9a-f]{64}\.png" alt="第八期海报" width="1080" height="6000" \/>/,
    );
  });
});
