import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { ROOT } from '../multi/support/cluster';
import { run, startPortal, type Portal } from './support/portal';

// Issue 13's round trip: portal A serves the sample content and database
// recaps seeded through the portal's own code (./seed-site.ts); `npm run
// export` writes A's folder; `npm run import` restores it into portal B, a
// fresh database with an EMPTY content folder; then every public page of A
// (its sitemap, the listings in both languages, the feeds, the calendars,
// and every page, image and calendar they link to) is fetched from A and B
// and compared after removing only times (normalise, below). A recap, a
// translation link, a speaker or an image the restore dropped is a page that
// differs or is missing on B.

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
/** Both portals build absolute URLs (canonical, hreflang, feeds) from the same address, as one site moved to a new server. */
const SITE_URL = 'http://roundtrip.example';
/** The clock both portals share (lib/events/clock.ts): one file, so "now" is the same instant on A and B. */
const CLOCK_START = '2026-12-01T08:00:00Z';
const ADMIN = { ADMIN_EMAIL: 'admin@example.com', ADMIN_PASSWORD: 'correct-horse-battery' };
const SEEDS = [
  '/sitemap.xml',
  ...['/', '/recaps', '/events', '/speakers', '/tags', '/feed.xml', '/calendar.ics'].flatMap((p) => [p, p === '/' ? '/zh' : `/zh${p}`]),
];
const NOT_PUBLIC = /^\/(?:_next|admin|api|preview|search)(?:\/|$|\?)/;
const MAX_PAGES = 1500;

/**
 * What may differ between two servers of the same site: times only.
 * - DTSTAMP: when the calendar was rendered (RFC 5545 3.8.7.2), a new value on every request.
 * - An instant's time of day (`2024-05-01T00:00:00.000Z` → `2024-05-01`): a git-managed file's
 *   last change is a day (`updated`), and restored as a database recap it is that day's midnight
 *   as an instant (the database keeps instants); the day itself is still compared.
 * - The length prefix of an RSC text chunk holding such an instant (it counts the characters removed).
 */
function normalise(text: string): string {
  return (
    text
      .replace(/^DTSTAMP:\d{8}T\d{6}Z\r?$/gm, 'DTSTAMP:<time>')
      .replace(/(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z/g, '$1')
      // The length of an RSC text chunk (`25:T175b,` in the page's flight data) counts the characters of such an instant.
      .replace(/((?:^|"|\\n)[0-9a-f]+):T[0-9a-f]+,/g, '$1:T<length>,')
  );
}

interface Fetched {
  status: number;
  type: string;
  location: string | null;
  bytes: Buffer;
}

async function get(base: string, pathname: string): Promise<Fetched> {
  const res = await fetch(base + pathname, { redirect: 'manual' });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    location: res.headers.get('location'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

const isText = (type: string) => /^(text\/|application\/(xml|rss\+xml|json|ld\+json|xhtml))/.test(type);

/** Site paths a page links to or shows (href, src, a sitemap's or feed's URLs), without fragments. */
function linksOf(text: string): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    let value = raw.replace(/&amp;/g, '&').split('#')[0];
    // A photo is shown through Next's image optimiser: the image itself is what the site serves.
    if (value.startsWith('/_next/image?')) value = new URLSearchParams(value.slice('/_next/image?'.length)).get('url') ?? '';
    const local = value.startsWith(SITE_URL) ? value.slice(SITE_URL.length) || '/' : value;
    if (local.startsWith('/') && !local.startsWith('//') && !NOT_PUBLIC.test(local)) found.add(local);
  };
  for (const m of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) add(m[1]);
  for (const m of text.matchAll(/\bsrcSet="([^"]+)"/gi)) for (const candidate of m[1].split(',')) add(candidate.trim().split(/\s+/)[0]);
  for (const m of text.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) add(m[1].trim());
  return [...found];
}

/** Every file under `dir`, by its path inside it: what the admin's download holds. */
function filesOf(dir: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, filesOf(dir, name));
    else files[name] = fs.readFileSync(path.join(dir, name));
  }
  return files;
}

/** Where two texts first differ, with some context of each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const at = Math.max(0, i - 120);
  return `at ${i}:\n  A: ${JSON.stringify(a.slice(at, i + 200))}\n  B: ${JSON.stringify(b.slice(at, i + 200))}`;
}

test('an export restored into an empty portal serves the same public pages', async ({ page }) => {
  test.setTimeout(900_000);
  const work = path.join(ROOT, 'test-results', `.roundtrip-${process.pid}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'empty-content'), { recursive: true });
  const clock = path.join(work, 'clock.txt');
  fs.writeFileSync(clock, `${CLOCK_START}\n`);
  const shared = { TEST_CLOCK_FILE: clock, SITE_URL, DEFAULT_LOCALE: 'en' };
  const envA = { ...shared, SQLITE_PATH: path.join(work, 'a.db'), DATA_DIR: path.join(work, 'a-data'), CONTENT_DIR: path.join(ROOT, 'content') };
  const envB = {
    ...shared,
    ...ADMIN,
    SQLITE_PATH: path.join(work, 'b.db'),
    DATA_DIR: path.join(work, 'b-data'),
    CONTENT_DIR: path.join(work, 'empty-content'),
  };
  const exported = path.join(work, 'export');
  let a: Portal | undefined;
  let b: Portal | undefined;
  let c: Portal | undefined;
  try {
    run(['npx', 'tsx', 'e2e/roundtrip/seed.ts'], envA);
    a = await startPortal({ name: 'a', port: BASE_PORT + 14, workDir: work, env: envA });
    // The first public read loads the git-managed recaps (and gives their events a calendar identity).
    expect((await get(a.url, '/')).status).toBe(200);
    run(['npm', 'run', '-s', 'export', '--', exported], envA);
    const restored = run(['npm', 'run', '-s', 'import', '--', exported], envB);
    expect(restored).toMatch(/restore: \d+ recap\(s\), \d+ person\(s\), 1 image\(s\), \d+ calendar identit\(ies\) restored/);
    b = await startPortal({ name: 'b', port: BASE_PORT + 15, workDir: work, env: envB });

    const queue = [...SEEDS];
    const seen = new Set(queue);
    const foundOn = new Map<string, string>();
    const differences: string[] = [];
    for (let i = 0; i < queue.length && i < MAX_PAGES; i++) {
      const pathname = queue[i];
      const [fromA, fromB] = await Promise.all([get(a.url, pathname), get(b.url, pathname)]);
      if (fromA.status >= 400)
        differences.push(`${pathname}: A answers ${fromA.status} (${foundOn.has(pathname) ? `linked from ${foundOn.get(pathname)}` : 'a listing'})`);
      const head = (f: Fetched) => `${f.status} ${f.type} ${f.location ?? ''}`;
      if (head(fromA) !== head(fromB)) {
        differences.push(`${pathname}: A ${head(fromA)}, B ${head(fromB)}`);
        continue;
      }
      if (fromA.location) {
        const next = new URL(fromA.location, SITE_URL);
        if (next.origin === SITE_URL || fromA.location.startsWith('/')) queue.push(...[next.pathname + next.search].filter((p) => !seen.has(p) && seen.add(p)));
      }
      if (!isText(fromA.type)) {
        if (!fromA.bytes.equals(fromB.bytes)) differences.push(`${pathname}: the bytes differ (${fromA.bytes.length} and ${fromB.bytes.length})`);
        continue;
      }
      const [textA, textB] = [fromA, fromB].map((f) => normalise(f.bytes.toString('utf8')));
      if (textA !== textB) {
        differences.push(`${pathname}: ${firstDifference(textA, textB)}`);
        const name = encodeURIComponent(pathname).slice(0, 150);
        fs.mkdirSync(path.join(work, 'differences'), { recursive: true });
        fs.writeFileSync(path.join(work, 'differences', `${name}.a`), textA);
        fs.writeFileSync(path.join(work, 'differences', `${name}.b`), textB);
      }
      for (const link of linksOf(textA))
        if (!seen.has(link)) {
          seen.add(link);
          foundOn.set(link, pathname);
          queue.push(link);
        }
    }
    expect(queue.length, 'the crawl stopped at its limit').toBeLessThanOrEqual(MAX_PAGES);
    console.log(`[roundtrip] compared ${queue.length} URLs of A and B`);
    expect(differences).toEqual([]);

    // The crawl reached what the restore had to carry: the seeded event in both languages, its speaker and photo, the calendars.
    const manifest = JSON.parse(fs.readFileSync(path.join(exported, 'export.json'), 'utf8')) as { images: { src: string }[] };
    for (const page of ['/recaps/wuhan-go-night-2026', '/recaps/wuhan-go-night-2026-zh', '/speakers/gao-lin', '/zh/speakers/gao-lin', '/calendar.ics'])
      expect(seen, page).toContain(page);
    for (const image of manifest.images) expect(seen, image.src).toContain(image.src);
    // Every public recap of the export (the sample files and the seeded pair): each was fetched and compared.
    const published = fs.readdirSync(path.join(exported, 'recaps')).map((name) => `/recaps/${name.replace(/\.mdx$/, '')}`);
    expect(published.length).toBeGreaterThanOrEqual(16);
    for (const page of published) expect(seen, page).toContain(page);
    // The draft and the scheduled recap came back unpublished.
    for (const slug of ['half-written', 'coming-later']) expect((await get(b.url, `/recaps/${slug}`)).status, slug).toBe(404);

    // The admin's upload: the same export as a .zip, into another empty portal, restored once the admin confirms.
    const zip = path.join(work, 'export.zip');
    fs.writeFileSync(zip, zipSync(filesOf(exported)));
    const portC = BASE_PORT + 16;
    const envC = { ...envB, SITE_URL: `http://127.0.0.1:${portC}`, SQLITE_PATH: path.join(work, 'c.db'), DATA_DIR: path.join(work, 'c-data') };
    c = await startPortal({ name: 'c', port: portC, workDir: work, env: envC });
    await page.goto(`${c.url}/signin`);
    await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await page.goto(`${c.url}/admin/import`);
    await page.locator('input[type=file]').setInputFiles(zip);
    await page.getByRole('button', { name: 'Import as drafts' }).click();
    const summary = page.getByTestId('restore-summary');
    await expect(summary).toContainText('This .zip is an export of a portal');
    expect((await get(c.url, '/recaps/wuhan-go-night-2026')).status, 'nothing is written before the admin confirms').toBe(404);
    await summary.getByRole('button', { name: 'Restore this export' }).click();
    await expect(summary).toContainText(/Restored: \d+ recaps, \d+ people, 1 image\./, { timeout: 60_000 });
    for (const pathname of ['/recaps/wuhan-go-night-2026', '/recaps/wuhan-go-night-2026-zh', '/zh/speakers/gao-lin', ...manifest.images.map((i) => i.src)])
      expect((await get(c.url, pathname)).status, pathname).toBe(200);
    // Uploaded again: every slug is taken now, and nothing is overwritten.
    await page.locator('input[type=file]').setInputFiles(zip);
    await page.getByRole('button', { name: 'Import as drafts' }).click();
    await expect(summary).toContainText('this portal already has a recap with this slug');
  } finally {
    await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
  }
});
