import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '@/lib/mdx/read-utf8';

const run = promisify(execFile);
const GOOD = [
  '---',
  'title: Good',
  'date: 2023-07-15',
  'city: Shenzhen',
  'community: C',
  'description: D',
  'locale: zh',
  'published: 2023-07-20',
  'author: A',
  '---',
  '',
  '<Talk title="T" speakers="A (B, C)">',
  '',
  'x',
  '',
  '</Talk>',
  '',
].join('\n');
/** "大家好" as a Chinese editor saves it in GBK: not UTF-8. */
const GBK_GREETING = Buffer.from([0xb4, 0xf3, 0xbc, 0xd2, 0xba, 0xc3]);

/** Runs `content:check` on a directory, as the build does. */
async function contentCheck(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/content-check.ts', dir]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  fs.mkdirSync(path.join(dir, 'recaps'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('content:check and file encodings', () => {
  it('the bytes really are GBK for 大家好 (the fixture is what it claims)', () => {
    expect(new TextDecoder('gbk').decode(GBK_GREETING)).toBe('大家好');
  });

  it('reports a GBK file at the line and column of its first bad byte, asking to save it as UTF-8', async () => {
    const recaps = path.join(dir, 'recaps');
    for (const name of fs.readdirSync(recaps)) fs.rmSync(path.join(recaps, name));
    // Line 14, after "你好，" in valid UTF-8 (3 characters): column 4.
    const body = GOOD.replace('x\n', '你好，');
    const at = body.indexOf('你好，') + '你好，'.length;
    fs.writeFileSync(path.join(recaps, 'gbk-recap.mdx'), Buffer.concat([Buffer.from(body.slice(0, at)), GBK_GREETING, Buffer.from(`\n${body.slice(at)}`)]));
    const { code, stdout, stderr } = await contentCheck(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${path.relative(process.cwd(), path.join(recaps, 'gbk-recap.mdx'))}:14:4: This file is not valid UTF-8 (it was probably saved as GBK or another encoding): save it as UTF-8 and check it again.`,
    );
    expect(stderr).not.toContain('\uFFFD');
    expect(stdout).toContain('1 recap(s) checked, 1 problem(s)');
  });

  it('accepts a UTF-8 file with a byte-order mark', async () => {
    const recaps = path.join(dir, 'recaps');
    for (const name of fs.readdirSync(recaps)) fs.rmSync(path.join(recaps, name));
    fs.writeFileSync(path.join(recaps, 'bom-recap.mdx'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD.replace('x\n', '大家好\n'))]));
    const { code, stdout, stderr } = await contentCheck(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('1 recap(s) checked, 0 problem(s)');
  });
});

describe('decodeUtf8', () => {
  it('drops a BOM and keeps the text', () => {
    expect(decodeUtf8(Buffer.from('\uFEFF---\n'))).toEqual({ ok: true, text: '---\n' });
  });

  it('places a bad byte after a BOM and astral characters by characters, not bytes', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFa\n😀b'), Buffer.from([0xff])]);
    expect(decodeUtf8(bytes)).toMatchObject({ ok: false, diagnostic: { line: 2, column: 3 } });
  });

  it('refuses overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidByte(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidByte(Buffer.from([0x41, 0xe4, 0xbd]))).toBe(1);
    expect(firstInvalidByte(Buffer.from('你好'))).toBe(6);
  });
});

describe('content:check lists every problem of a file', () => {
  it('reports a body problem even when the front matter has problems of its own', async () => {
    const recaps = path.join(dir, 'recaps');
    for (const name of fs.readdirSync(recaps)) fs.rmSync(path.join(recaps, name));
    // The locale is wrong (line 7) and the body has an expression (line 14, column 6).
    const text = GOOD.replace('locale: zh', 'locale: fr').replace('\nx\n', '\nText {oops} here.\n');
    fs.writeFileSync(path.join(recaps, 'both-bad.mdx'), text);
    const result = await contentCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/both-bad\.mdx:\d+:\d+: locale must be "en" or "zh"/);
    expect(result.stderr).toMatch(/both-bad\.mdx:14:6: Curly braces/);
  });
});

describe('content:check and translations', () => {
  const versioned = (key: string, locale: string) => GOOD.replace('locale: zh', `locale: ${locale}\ntranslationKey: ${key}`);

  it('accepts the versions of one event in two languages, and refuses two in one language naming both files', async () => {
    const recaps = path.join(dir, 'recaps');
    for (const name of fs.readdirSync(recaps)) fs.rmSync(path.join(recaps, name));
    fs.writeFileSync(path.join(recaps, 'meetup-zh.mdx'), versioned('meetup', 'zh'));
    fs.writeFileSync(path.join(recaps, 'meetup-en.mdx'), versioned('meetup', 'en'));
    const ok = await contentCheck(dir);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    fs.writeFileSync(path.join(recaps, 'meetup-again.mdx'), versioned('meetup', 'zh'));
    const result = await contentCheck(dir);
    expect(result.code).toBe(1);
    // Line 8: the translationKey line, after locale on line 7.
    expect(result.stderr).toMatch(/meetup-again\.mdx:8:1: translationKey "meetup" with locale "zh" is also used by \S*meetup-zh\.mdx/);
    expect(result.stderr).toMatch(/meetup-zh\.mdx:8:1: translationKey "meetup" with locale "zh" is also used by \S*meetup-again\.mdx/);
    expect(result.stdout).toContain('3 recap(s) checked, 2 problem(s)');
  });

  it('names the field of a malformed key', async () => {
    const recaps = path.join(dir, 'recaps');
    for (const name of fs.readdirSync(recaps)) fs.rmSync(path.join(recaps, name));
    fs.writeFileSync(path.join(recaps, 'bad-key.mdx'), versioned('Shanghai 2024', 'zh'));
    const result = await contentCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad-key\.mdx:8:\d+: translationKey is lowercase letters, digits and single hyphens/);
  });
});

describe('content:check and the speaker registry', () => {
  it('reports a broken speakers.yml at file:line:column and fails', async () => {
    const recaps = path.join(dir, 'recaps');
    for (const name of fs.readdirSync(recaps)) fs.rmSync(path.join(recaps, name));
    fs.writeFileSync(path.join(recaps, 'good.mdx'), GOOD);
    fs.writeFileSync(path.join(dir, 'speakers.yml'), 'he-cong:\n  name: { en: He Cong }\n  nick: Cong\ncong-he:\n  name: { en: Cong He }\n');
    try {
      const { code, stderr } = await contentCheck(dir);
      expect(code).toBe(1);
      const file = path.relative(process.cwd(), path.join(dir, 'speakers.yml'));
      expect(stderr).toContain(`${file}:3:3: he-cong: unknown field "nick" (expected name, aliases, links)`);
      expect(stderr).toContain(`${file}:5:15: "Cong He" is already a name of he-cong (line 2)`);
    } finally {
      fs.rmSync(path.join(dir, 'speakers.yml'));
    }
  });
});
