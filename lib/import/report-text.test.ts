import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { REVIEW_KINDS } from './report';
import { fieldNoteText, renderReportText, reviewItemText } from './report-text';
import { runImport, type RunResult } from './run';
import { importRegistry, namesOfPeople } from './speaker-registry';

const SITE = path.join(import.meta.dirname, 'fixtures/hugo-site');
const HAN = /\p{Script=Han}/u;

/** Every message code the importer's sources name (`say('code'`), in lib/import. */
function codesInSources(): string[] {
  const dir = import.meta.dirname;
  const codes = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
    for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bsay\(\s*(?:[\w.]+\s*\?\s*)?'(\w+)'(?:\s*:\s*'(\w+)')?/g))
      for (const code of m.slice(1)) if (code) codes.add(code);
  return [...codes].sort();
}

describe('the import report in the catalogs', () => {
  test('every review kind has a label, and every code the importer uses a wording, in both languages', () => {
    for (const kind of REVIEW_KINDS) {
      expect(en.importReport.kind, kind).toHaveProperty([kind]);
      expect(zh.importReport.kind, kind).toHaveProperty([kind]);
    }
    const codes = codesInSources();
    expect(codes.length).toBeGreaterThan(45);
    for (const code of codes) {
      expect(en.importReport.text, code).toHaveProperty([code]);
      expect(zh.importReport.text, code).toHaveProperty([code]);
    }
    // And no wording is left that nothing uses.
    expect(Object.keys(en.importReport.text).sort()).toEqual(codes);
  });

  test('numbers that are years or dates stay as written; lists are joined as each language writes them', () => {
    const year = { code: 'yearPrevious', params: { year: '2023', postDate: '2024-01-06' } } as const;
    expect(renderReportText('en', year)).toBe("no year in the prose; 2023, because the month is later than the post's (2024-01-06)");
    const reasons = [
      { code: 'reasonSharedImages', params: { count: 3 } },
      { code: 'reasonNear', params: { days: 7 } },
    ] as const;
    expect(renderReportText('en', { code: 'pairedWith', params: { file: 'a.md', reasons: [...reasons] } })).toBe(
      'paired with a.md: 3 of the same images, posted within 7 days of each other',
    );
    expect(renderReportText('zh', { code: 'pairedWith', params: { file: 'a.md', reasons: [...reasons] } })).toBe(
      '与 a.md 配对：3 张相同的图片、发布时间相差不超过 7 天',
    );
  });
});

describe('the fixture site’s reports, rendered', () => {
  let run: RunResult;
  beforeAll(async () => {
    const parsed = parseRegistryFile('li-lei:\n  name: { en: LI Lei }\nwang-xiaoming:\n  name: { zh: 王小明 }\n');
    run = await runImport(SITE, { timeZone: 'Asia/Shanghai', registry: importRegistry(namesOfPeople(parsed.people!)) });
  });

  test('English from the catalog is the stored message; Chinese is Chinese, for every item and note', () => {
    const items = run.reports.flatMap((r) => r.review);
    const notes = run.reports.flatMap((r) => r.fields).filter((f) => f.noteCode);
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThan(8);
    expect(notes.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(reviewItemText(item, 'en')).toBe(item.message);
      const chinese = reviewItemText(item, 'zh');
      expect(chinese, item.message).not.toBe(item.message);
      expect(chinese, item.message).toMatch(HAN);
      expect(chinese).not.toMatch(new RegExp(`\\b${item.code}\\b`));
    }
    for (const field of notes) {
      expect(fieldNoteText(field, 'en')).toBe(field.note);
      expect(fieldNoteText(field, 'zh'), field.note).toMatch(HAN);
    }
    const zhItems = run.reports.find((r) => r.file === 'content/zh/posts/meetup-2023-07.md')!.review.map((i) => reviewItemText(i, 'zh'));
    expect(zhItems).toContain('李雷 读音与讲者名录中的 LI Lei（li-lei）相同，可能是同一人：如果是，请把“李雷”加为其别名；尚未关联');
    expect(zhItems).toContain('陈晨的“Rust 与嵌入式”可能是一场分享（只有正文提到，没有其他佐证）：如果是，请用 <Talk> 包起来');
  });

  test('a stored item without a code, or with one the catalog lacks, shows its English', () => {
    expect(reviewItemText({ message: 'an older report' }, 'zh')).toBe('an older report');
    expect(reviewItemText({ message: 'a newer report', code: 'somethingNew' as never, params: {} }, 'zh')).toBe('a newer report');
    expect(fieldNoteText({ note: 'from "x"' }, 'zh')).toBe('from "x"');
    expect(fieldNoteText({}, 'zh')).toBeNull();
  });

  test('an English sentence from elsewhere in lib is translated where the admin catalog knows it', () => {
    expect(renderReportText('zh', { code: 'gate', params: { problem: { sentence: 'city is required' } } })).not.toContain('city is required');
    expect(renderReportText('en', { code: 'gate', params: { problem: { sentence: 'city is required' } } })).toBe('city is required');
  });
});
