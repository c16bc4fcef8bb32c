import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScaledBoundMs } from '@/lib/testing/load';
import { closeImportPool, importPoolStats, unpackZipOffThread } from './off-thread';
import { runImport } from './run';
import { ZIP_LIMITS } from './zip';
import { maxEventLoopGap } from '@/lib/testing/event-loop-gap';

// The import's costly work (parsing and converting posts, unpacking an
// archive) runs in the import workers within a budget: a hostile post is
// refused in its budget, the others still import, and the thread that runs
// the import keeps answering meanwhile.

afterAll(() => closeImportPool());

/**
 * 26 KB of links nested in links: parse5's adoption agency makes this
 * quadratic (13 KB take 2 s in process, 26 KB 9 s, measured on the CI box).
 */
const HOSTILE = `---\ntitle: Nested links\ndate: 2024-05-01\n---\n\n${'<a href="/x">'.repeat(2000)}x\n`;
const ORDINARY = (n: number) =>
  `---\ntitle: Meetup ${n}\ndate: 2024-0${n}-02\ncity: Chengdu\n---\n\nOn the evening of the meetup we heard two talks and ate well.\n\n## A talk\n\nIt went well.\n`;

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-offthread-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('imports off the request thread', () => {
  // Loading a worker (the parser, the gate) is not part of converting a post.
  beforeAll(() => runImport(site({ 'content/posts/warm.md': ORDINARY(1) }), { timeZone: 'Asia/Shanghai' }), 60_000);

  test('a hostile post is refused within its budget with a sentence; the others import; this thread keeps ticking', async () => {
    const dir = site({ 'content/posts/a.md': ORDINARY(3), 'content/posts/hostile.md': HOSTILE, 'content/posts/b.md': ORDINARY(4) });
    const { result, gapMs, ms } = await maxEventLoopGap(() => runImport(dir, { timeZone: 'Asia/Shanghai', timeBudgetMs: 1_000 }));
    const byFile = Object.fromEntries(result.reports.map((r) => [r.file, r]));
    expect(byFile['content/posts/hostile.md']).toMatchObject({
      outcome: 'failed',
      problems: [expect.stringMatching(/^this post is too complex to convert: converting it took more than 1 s of processor time; /)],
    });
    expect(byFile['content/posts/a.md'].outcome).toBe('dry-run');
    expect(byFile['content/posts/b.md'].outcome).toBe('dry-run');
    // In process the hostile post alone takes 9 s; refused after 1 s of its worker's time (plus a fresh worker for the next post).
    expect(ms).toBeLessThan(loadScaledBoundMs(6_000));
    // The thread only sent texts and received trees.
    expect(gapMs).toBeLessThan(loadScaledBoundMs(150));
    // The worker that ran out of time was replaced; nothing is left running.
    expect(importPoolStats()).toMatchObject({ busy: 0, queued: 0 });
  }, 60_000);

  test('a post that overflows the parser’s stack fails alone, with the reason', async () => {
    const dir = site({ 'content/posts/deep.md': `---\ntitle: Deep\ndate: 2024-05-01\n---\n\n${'>'.repeat(20_000)} x\n`, 'content/posts/a.md': ORDINARY(3) });
    const run = await runImport(dir, { timeZone: 'Asia/Shanghai' });
    const deep = run.reports.find((r) => r.file === 'content/posts/deep.md')!;
    expect(deep.outcome).toBe('failed');
    expect(deep.problems[0]).toMatch(/^(the importer could not convert this post|this post is too complex to convert): /);
    expect(run.reports.find((r) => r.file === 'content/posts/a.md')!.outcome).toBe('dry-run');
  }, 60_000);

  test('an archive unpacks in a worker; a refused one leaves no folder behind', async () => {
    const enc = (text: string) => new TextEncoder().encode(text);
    const good = await unpackZipOffThread(zipSync({ 'site/content/posts/a.md': enc(ORDINARY(3)) }));
    expect(good.ok).toBe(true);
    if (good.ok) {
      expect(fs.readFileSync(path.join(good.dir, 'site/content/posts/a.md'), 'utf8')).toBe(ORDINARY(3));
      fs.rmSync(good.dir, { recursive: true });
    }
    const before = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('portal-import-')).length;
    const bomb = zipSync({ 'site/content/posts/a.md': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    const { result, gapMs } = await maxEventLoopGap(() => unpackZipOffThread(bomb, { ...ZIP_LIMITS, fileBytes: 1024 * 1024 }));
    expect(result).toEqual({ ok: false, error: '"site/content/posts/a.md" unpacks to more than 1 MB' });
    expect(fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('portal-import-')).length).toBe(before);
    expect(gapMs).toBeLessThan(loadScaledBoundMs(150));
    expect(await unpackZipOffThread(new Uint8Array(ZIP_LIMITS.archiveBytes + 1))).toMatchObject({ ok: false });
  }, 60_000);
});
