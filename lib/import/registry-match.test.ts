import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { parseSpeakers } from '@/lib/recaps/speakers';
import { nameKey } from '@/lib/speakers/name-key';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { personWrite } from '@/lib/speakers/registry-sync';
import { replaceFilePeople } from '@/lib/sql/speakers';
import { loadImportRegistry } from './registry-load';
import { runImport, type RunResult } from './run';
import { importRegistry, namesOfPeople, resolveName } from './speaker-registry';

const SITE = path.join(import.meta.dirname, 'fixtures/hugo-site');
const OPTIONS = { timeZone: 'Asia/Shanghai' };
const ZH = 'content/zh/posts/meetup-2023-07.md';
const EN = 'content/en/posts/chengdu-rust-meetup-7.md';

// The fixture's speakers, as a registry might already know them: exactly
// (王小明, Michael Yuan, 韩梅梅), in another case or order (Xiaoming Wang, LI Lei),
// or only in the other script (韩梅梅 for "Han Meimei", LI Lei for 李雷).
const REGISTRY_FILE = `
michael-yuan:
  name: { en: Michael Yuan }
  aliases: [袁钧]
wang-xiaoming:
  name: { en: Xiaoming Wang, zh: 王小明 }
li-lei:
  name: { en: LI Lei }
han-meimei:
  name: { zh: 韩梅梅 }
`;

function registryOf(text: string) {
  const parsed = parseRegistryFile(text);
  if (!parsed.people) throw new Error(JSON.stringify(parsed.problems));
  return importRegistry(namesOfPeople(parsed.people));
}

const talkAttributes = (body: string) => [...body.matchAll(/<Talk title="[^"]*" speakers="([^"]*)"/g)].map((m) => m[1]);

describe('talks matched to the speaker registry', () => {
  const registry = registryOf(REGISTRY_FILE);
  let run: RunResult;
  let bare: RunResult;
  beforeAll(async () => {
    [run, bare] = await Promise.all([runImport(SITE, { ...OPTIONS, registry }), runImport(SITE, OPTIONS)]);
  });
  const report = (r: RunResult, file: string) => r.reports.find((x) => x.file === file)!;
  const post = (r: RunResult, file: string) => r.posts.find((p) => p.source.file === file)!.post;
  const matches = (file: string) =>
    report(run, file)
      .fields.filter((f) => f.field.startsWith('talks['))
      .map((f) => [f.field, f.value, f.confidence, f.source.line]);

  test('exact names and aliases are certain, normalised ones likely; each with the person slug', () => {
    expect(matches(ZH)).toEqual([
      ['talks[0].speakers[0]', { name: '王小明', person: 'wang-xiaoming' }, 'certain', 25],
      ['talks[1].speakers[0]', { name: 'Michael Yuan', person: 'michael-yuan' }, 'certain', 33],
      ['talks[3].speakers[0]', { name: '韩梅梅', person: 'han-meimei' }, 'certain', 43],
    ]);
    expect(matches(EN)).toEqual([
      ['talks[0].speakers[0]', { name: 'Wang Xiaoming', person: 'wang-xiaoming' }, 'likely', 17],
      ['talks[1].speakers[0]', { name: 'Michael Yuan', person: 'michael-yuan' }, 'certain', 25],
      ['talks[2].speakers[0]', { name: 'Li Lei', person: 'li-lei' }, 'likely', 31],
    ]);
    expect(report(run, EN).fields.find((f) => f.field === 'talks[0].speakers[0]')?.note).toBe(
      'Wang Xiaoming is written as Xiaoming Wang in the speaker registry (wang-xiaoming): the same name once width, case, spacing and word order are set aside, so the talk joins their speaker page as written',
    );
    expect(report(run, ZH).talks.map((t) => t.people?.map((p) => [p.name, p.slug, p.match, p.confidence]))).toEqual([
      [['王小明', 'wang-xiaoming', '王小明', 'certain']],
      [['Michael Yuan', 'michael-yuan', 'Michael Yuan', 'certain']],
      undefined,
      [['韩梅梅', 'han-meimei', '韩梅梅', 'certain']],
    ]);
  });

  test('a name that only sounds like a registry name is proposed, never linked', () => {
    const proposals = (file: string) =>
      report(run, file)
        .review.filter((r) => r.kind === 'speaker-match')
        .map((r) => [r.code, r.params, r.source.line]);
    expect(proposals(ZH)).toEqual([['registryProposal', { name: '李雷', match: 'LI Lei', slug: 'li-lei' }, 39]]);
    expect(proposals(EN)).toEqual([['registryProposal', { name: 'Han Meimei', match: '韩梅梅', slug: 'han-meimei' }, 35]]);
    expect(report(run, ZH).review.find((r) => r.code === 'registryProposal')?.message).toBe(
      '李雷 may be LI Lei of the speaker registry (li-lei), by the sound of the name: if so, add "李雷" to their aliases; nothing was linked',
    );
    // Nothing on a guess: no field, no person on the talk, and the text is the post's.
    expect(report(run, ZH).fields.some((f) => f.field === 'talks[2].speakers[0]')).toBe(false);
    expect(report(run, EN).talks[3].people).toBeUndefined();
  });

  test('the pair items the registry settles are dropped; the emitted <Talk> keeps the post spelling, which the portal resolves', () => {
    // Without a registry, the pair says "add both names" three times (import.test.ts); here each is settled or proposed.
    expect(report(bare, EN).review.filter((r) => r.kind === 'speaker-match')).toHaveLength(3);
    expect(report(run, EN).review.filter((r) => r.code === 'pairSamePerson' || r.code === 'pairMaybePerson')).toEqual([]);
    for (const file of [ZH, EN]) {
      expect(post(run, file).body).toBe(post(bare, file).body);
      expect(post(run, file).fileText).toBe(post(bare, file).fileText);
    }
    // What the portal will do with the emitted attribute: resolve each name by its key.
    const resolved = (file: string) =>
      talkAttributes(post(run, file).body).map((attr) => parseSpeakers(attr).map((s) => registry.byKey.get(nameKey(s.name))?.slug ?? null));
    expect(resolved(ZH)).toEqual([['wang-xiaoming'], ['michael-yuan'], [null], ['han-meimei']]);
    expect(resolved(EN)).toEqual([['wang-xiaoming'], ['michael-yuan'], ['li-lei'], [null]]);
    expect(resolveName(registry, 'ＭＩＣＨＡＥＬ　ＹＵＡＮ')).toEqual({ slug: 'michael-yuan', match: 'Michael Yuan', confidence: 'likely' });
    expect(resolveName(registry, '袁钧')).toEqual({ slug: 'michael-yuan', match: '袁钧', confidence: 'certain' });
  });
});

describe('a person named across posts', () => {
  test('is listed once as recurring; flagged once, where the posts spell them differently and the registry does not know them', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'import-people-'));
    fs.cpSync(SITE, site, { recursive: true });
    fs.writeFileSync(
      path.join(site, 'content/zh/posts/meetup-2023-10.md'),
      [
        '---',
        'title: "Rust 见面会第九期回顾（成都站）"',
        'date: 2023-10-22',
        '---',
        '',
        '10 月 21 日，第九期 Rust 见面会在成都举办。',
        '',
        '地点：天府软件园 C 区 3 楼',
        '',
        '## 连接池的再设计',
        '',
        '李雷《连接池的再设计》',
        '',
        '李雷回顾了上次分享之后的改进。',
        '',
        '## WasmEdge 新特性',
        '',
        'Michael Yuan《WasmEdge 新特性》',
        '',
        '他介绍了新版本的组件模型支持。',
        '',
      ].join('\n'),
    );
    const registry = registryOf('michael-yuan:\n  name: { en: Michael Yuan }\n');
    const { people, reports } = await runImport(site, { ...OPTIONS, registry });
    const NEW = 'content/zh/posts/meetup-2023-10.md';
    expect(people.map((p) => [p.slug ?? null, p.names, p.talks.map((t) => `${t.file}:${t.line}`)])).toEqual([
      ['michael-yuan', ['Michael Yuan'], [`${ZH}:33`, `${NEW}:18`, `${EN}:25`]],
      [null, ['李雷', 'Li Lei'], [`${ZH}:39`, `${NEW}:12`, `${EN}:31`]],
    ]);
    const flagged = reports.flatMap((r) => r.review.filter((i) => i.kind === 'recurring-speaker').map((i) => [r.file, i.source.line, i.message]));
    expect(flagged).toEqual([
      [
        ZH,
        39,
        `李雷 speaks in 3 posts of this import (${ZH}, ${NEW}, ${EN}), written 李雷 / Li Lei: add them to the speaker registry with every name, so their talks share one speaker page`,
      ],
    ]);
  });
});

describe.each(dialects)('the registry an import reads ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const it = test.skipIf(skip);

  it('the admin: the database (file people as last loaded, and people made in the admin); the command line: the file as it is now', async () => {
    const old = parseRegistryFile('michael-yuan:\n  name: { en: Michael Yuan }\nold-person:\n  name: { en: Old Person }\n').people!;
    await replaceFilePeople(t.db, old.map(personWrite), 'hash', '2026-01-10T08:00:00.000Z');
    await t.db
      .insertInto('speakers')
      .values({ slug: 'han-meimei', source: 'db', homepage: null, github: null, updated_at: '2026-01-10T08:00:00.000Z' })
      .execute();
    await t.db
      .insertInto('speaker_names')
      .values({ name_key: nameKey('韩梅梅'), person_slug: 'han-meimei', name: '韩梅梅', kind: 'zh', source: 'db', roman_key: 'han meimei' })
      .execute();

    const admin = (await loadImportRegistry({ db: t.db })).registry;
    expect(['Michael Yuan', 'Old Person', '韩梅梅'].map((n) => resolveName(admin, n)?.slug)).toEqual(['michael-yuan', 'old-person', 'han-meimei']);

    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-registry-'));
    fs.writeFileSync(path.join(contentDir, 'speakers.yml'), REGISTRY_FILE);
    const cli = await loadImportRegistry({ db: t.db, contentDir });
    expect(cli.problems).toEqual([]);
    expect(['Michael Yuan', 'Old Person', '韩梅梅', 'LI Lei'].map((n) => resolveName(cli.registry, n)?.slug ?? null)).toEqual([
      'michael-yuan',
      null,
      'han-meimei',
      'li-lei',
    ]);

    // A broken file is said, and the people the server last loaded from it stay.
    fs.writeFileSync(path.join(contentDir, 'speakers.yml'), 'michael-yuan: [\n');
    const broken = await loadImportRegistry({ db: t.db, contentDir });
    expect(broken.problems).toHaveLength(1);
    expect(resolveName(broken.registry, 'Old Person')?.slug).toBe('old-person');
  });
});
