import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { runImport } from './run';
import { unpackZip, unsafeEntryName, ZIP_LIMITS } from './zip';

const enc = (text: string) => new TextEncoder().encode(text);
const SITE = path.join(import.meta.dirname, 'fixtures/hugo-site');

/** The fixture site's files under `site/`, as an organizer's zip holds them. */
function fixtureEntries(): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else entries[`site/${path.relative(SITE, full).split(path.sep).join('/')}`] = fs.readFileSync(full);
    }
  };
  walk(SITE);
  return entries;
}

describe('unpackZip', () => {
  test('an uploaded site unpacks and imports like the folder', async () => {
    const result = unpackZip(zipSync({ ...fixtureEntries(), 'site/.DS_Store': enc('x'), 'site/notes.txt': enc('x') }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped.sort()).toEqual(['site/.DS_Store', 'site/notes.txt']);
    const run = await runImport(path.join(result.dir, 'site'), { timeZone: 'Asia/Shanghai' });
    expect(run.reports.map((r) => r.slug)).toEqual([
      'announce-2023-09',
      'meetup-2023-07',
      'spring-bundle',
      'year-review',
      'chengdu-rust-meetup-7',
      'year-review-en',
    ]);
    fs.rmSync(result.dir, { recursive: true });
  });

  test('path escapes are refused', () => {
    expect(unsafeEntryName('../etc/passwd')).toBe('a ".." in the path');
    expect(unsafeEntryName('/etc/passwd')).toBe('an absolute path');
    expect(unsafeEntryName('C:/x.md')).toBe('an absolute path');
    expect(unsafeEntryName('a\\..\\b.md')).toBe('a backslash in the path');
    expect(unpackZip(zipSync({ 'ok.md': enc('x'), '../../evil.md': enc('x') }))).toEqual({
      ok: false,
      error: '"../../evil.md" has a ".." in the path: the archive is refused',
    });
  });

  test('a zip bomb is stopped by the bytes that come out, not by what the headers say', () => {
    const bomb = zipSync({ 'big.md': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(unpackZip(bomb)).toEqual({ ok: false, error: '"big.md" unpacks to more than 20 MB' });
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}.md`, new Uint8Array(1024 * 1024)]));
    expect(unpackZip(zipSync(many), { ...ZIP_LIMITS, totalBytes: 10 * 1024 * 1024 })).toEqual({ ok: false, error: 'the archive unpacks to more than 10 MB' });
    expect(unpackZip(zipSync(many), { ...ZIP_LIMITS, files: 5 })).toEqual({ ok: false, error: 'the archive holds more than 5 files' });
    expect(unpackZip(new Uint8Array(10), { ...ZIP_LIMITS, archiveBytes: 5 })).toEqual({ ok: false, error: 'the archive is over the upload limit (5 bytes)' });
  });

  test('not a zip, or no post in it', () => {
    expect(unpackZip(enc('hello, not a zip at all'))).toMatchObject({ ok: false });
    expect(unpackZip(zipSync({ 'a.txt': enc('x') }))).toEqual({ ok: false, error: 'the archive holds no Markdown post' });
  });
});
