import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';

// Issue 9 §2: a request for something that does not exist leaves nothing
// behind. Each made-up slug used to store ~76 KB in the page cache, forever.
// The `public` server runs from its own copy of the build (start-server.mjs),
// so its cache directories are this server's alone.

const SERVER_DIR = path.resolve('test-results/.e2e-public/app/.next');

/** Files and bytes under the page cache (server/app, server/route-cache) and .next/cache. */
function cacheFootprint() {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files++;
        bytes += fs.statSync(full).size;
      }
    }
  };
  for (const dir of ['server/app', 'server/route-cache', 'cache']) walk(path.join(SERVER_DIR, dir));
  return { files, bytes };
}

test('200 made-up slugs under /recaps, /speakers and /tags answer 404 and store nothing', async ({ request }) => {
  test.setTimeout(120_000);
  expect(fs.existsSync(SERVER_DIR), SERVER_DIR).toBe(true);
  // One miss of each kind first, so routes compiled on first use are not counted.
  for (const base of ['/recaps/', '/speakers/', '/tags/']) expect((await request.get(`${base}warm-up-miss`)).status()).toBe(404);
  await new Promise((r) => setTimeout(r, 500));
  const before = cacheFootprint();
  for (let i = 0; i < 200; i++) {
    const base = ['/recaps/', '/speakers/', '/tags/'][i % 3];
    const response = await request.get(`${base}made-up-${crypto.randomBytes(6).toString('hex')}`);
    expect(response.status()).toBe(404);
  }
  // Writes to the cache are not awaited by the response: give them time to land.
  await new Promise((r) => setTimeout(r, 1_000));
  expect(cacheFootprint()).toEqual(before);
});
