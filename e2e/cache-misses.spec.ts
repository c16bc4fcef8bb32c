import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';

// Issue 9 §2: a request for something that does not exist leaves nothing
// behind. Each made-up slug used to store ~76 KB in the page cache, forever.
// The `public` server runs from its own copy of the build (start-server.mjs),
// so its cache directories are this server's alone. Without REDIS_URL the page
// cache is in memory (lib/cache/memory-handler.mjs): this spec checks that
// nothing reaches disk; that no miss is kept in memory is checked by
// lib/cache/memory-handler.test.ts ("misses are not stored").

const SERVER_DIR = path.resolve('test-results/.e2e-public/app/.next');

/**
 * Files under the page cache (server/app, server/route-cache) and .next/cache
 * whose path names one of the made-up slugs. Other specs share this server
 * and legitimately cache real pages meanwhile, so only the misses' own
 * entries are counted.
 */
function missEntries(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full.includes(MISS_PREFIX)) found.push(path.relative(SERVER_DIR, full));
    }
  };
  for (const dir of ['server/app', 'server/route-cache', 'cache']) walk(path.join(SERVER_DIR, dir));
  return found;
}

const MISS_PREFIX = `made-up-${crypto.randomBytes(3).toString('hex')}-`;

test('200 made-up slugs under /recaps, /speakers and /tags answer 404 and store nothing', async ({ request }) => {
  test.setTimeout(120_000);
  expect(fs.existsSync(SERVER_DIR), SERVER_DIR).toBe(true);
  for (let i = 0; i < 200; i++) {
    const base = ['/recaps/', '/speakers/', '/tags/'][i % 3];
    const response = await request.get(`${base}${MISS_PREFIX}${crypto.randomBytes(6).toString('hex')}`);
    expect(response.status()).toBe(404);
  }
  // Writes to the cache are not awaited by the response: give them time to land.
  await new Promise((r) => setTimeout(r, 1_000));
  expect(missEntries()).toEqual([]);
});
