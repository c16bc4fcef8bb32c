import type { Page } from '@playwright/test';
import { SHENZHEN, ZHANG_XIAO, ZH_RECAP, expect, jsonLd, linkPaths, meta, siteOrigin, test } from './fixtures';

type Json = Record<string, unknown>;

async function talkSectionIds(page: Page): Promise<string[]> {
  return page.locator('main section[id]:has(> h2)').evaluateAll((els) => els.map((el) => el.id));
}

test.describe('structured data', () => {
  for (const slug of [SHENZHEN, ZH_RECAP]) {
    test(`${slug}: Event with one subEvent per talk section, and a BlogPosting`, async ({ page, baseURL }) => {
      await page.goto(`/recaps/${slug}`);
      const origin = siteOrigin(baseURL);
      const url = `${origin}/recaps/${slug}`;
      const data = await jsonLd(page);
      const events = data.filter((d) => d['@type'] === 'Event');
      const postings = data.filter((d) => d['@type'] === 'BlogPosting');
      expect(events).toHaveLength(1);
      expect(postings).toHaveLength(1);
      const [event] = events;
      const [posting] = postings;
      const lang = await page.locator('html').getAttribute('lang');
      const h1 = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

      // Event
      expect(event['@context']).toBe('https://schema.org');
      expect(event.name).toBe(h1);
      expect(event.url).toBe(url);
      expect(event.startDate).toBe(await page.locator('dl#event time').getAttribute('datetime'));
      expect(event.inLanguage).toBe(lang);
      expect((event.location as Json)['@type']).toBe('Place');
      expect((event.organizer as Json).name).toBeTruthy();

      const sections = await talkSectionIds(page);
      const subEvents = event.subEvent as Json[];
      expect(sections.length).toBeGreaterThan(0);
      expect(subEvents).toHaveLength(sections.length);
      for (const [i, sub] of subEvents.entries()) {
        expect(sub['@type']).toBe('Event');
        expect(sub.url).toBe(`${url}#${encodeURIComponent(sections[i])}`);
        const heading = (await page.locator(`section[id="${sections[i]}"] > h2`).textContent())!.trim();
        expect(sub.name).toBe(heading);
        const performers = sub.performer as Json[];
        expect(performers.length, `performers of ${sub.name}`).toBeGreaterThan(0);
        for (const person of performers) {
          expect(person['@type']).toBe('Person');
          expect(person.name).toBeTruthy();
          expect(person.url).toMatch(new RegExp(`^${origin}/speakers/`));
          // Every speaker in the sample recaps has an affiliation.
          expect(person.affiliation, `affiliation of ${person.name}`).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
        }
      }

      // BlogPosting
      expect(posting).toMatchObject({
        '@context': 'https://schema.org',
        headline: h1,
        url,
        mainEntityOfPage: url,
        image: `${url}/opengraph-image`,
        inLanguage: lang,
        about: { '@id': event['@id'] },
        author: { '@type': 'Person', name: expect.any(String) },
      });
      expect(posting.description).toBe(await meta(page, 'description'));
      expect(posting.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(posting.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(String(posting.dateModified) >= String(posting.datePublished)).toBe(true);
      const footerDates = await page.locator('main footer time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(footerDates).toEqual([posting.datePublished, posting.dateModified]);
    });
  }

  test('a speaker page describes the person', async ({ page, baseURL }) => {
    await page.goto(`/speakers/${ZHANG_XIAO}`);
    const person = (await jsonLd(page)).find((d) => d['@type'] === 'Person');
    expect(person).toMatchObject({
      name: 'Zhang Xiao',
      url: `${siteOrigin(baseURL)}/speakers/${ZHANG_XIAO}`,
      affiliation: { '@type': 'Organization', name: 'DaoCloud' },
    });
  });
});

/** Pages whose HTML is rendered per request, so they use the server's SITE_URL. */
const RENDERED = [
  { path: `/recaps/${SHENZHEN}`, lang: 'en', type: 'article' },
  { path: `/recaps/${ZH_RECAP}`, lang: 'zh-CN', type: 'article' },
  { path: '/recaps', lang: 'en', type: 'website' },
  { path: `/speakers/${ZHANG_XIAO}`, lang: 'en', type: 'website' },
  { path: '/tags/kubernetes', lang: 'en', type: 'website' },
];
/** Pages prerendered at build: their absolute URLs come from the build's SITE_URL (see below). */
const PRERENDERED = [
  { path: '/', lang: 'en', type: 'website' },
  { path: '/speakers', lang: 'en', type: 'website' },
  { path: '/tags', lang: 'en', type: 'website' },
];

test.describe('page metadata', () => {
  for (const { path, lang, type } of [...RENDERED, ...PRERENDERED]) {
    const prerendered = PRERENDERED.some((p) => p.path === path);
    test(`${path}: title, description, canonical, Open Graph, Twitter, lang, one h1`, async ({ page, baseURL }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);

      const title = await page.title();
      expect(title.length).toBeGreaterThan(3);
      if (path !== '/') expect(title).toContain((await page.locator('h1').textContent())!.trim());
      const description = await meta(page, 'description');
      expect(description?.length).toBeGreaterThan(20);

      const canonical = (await page.locator('head link[rel="canonical"]').getAttribute('href'))!;
      expect(canonical).toMatch(/^https?:\/\//);
      const canonicalUrl = new URL(canonical);
      expect(canonicalUrl.pathname).toBe(path);
      expect(canonicalUrl.search).toBe('');
      if (!prerendered) expect(canonicalUrl.origin).toBe(siteOrigin(baseURL));

      expect(await meta(page, 'og:title')).toBeTruthy();
      expect(await meta(page, 'og:description')).toBe(description);
      expect(await meta(page, 'og:url')).toBe(canonical);
      expect(await meta(page, 'og:type')).toBe(type);
      expect(await meta(page, 'og:site_name')).toBeTruthy();
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:title')).toBe(await meta(page, 'og:title'));
      expect(await meta(page, 'twitter:description')).toBe(description);

      if (type === 'article') {
        const image = `${siteOrigin(baseURL)}${path}/opengraph-image`;
        expect(await meta(page, 'og:image')).toBe(image);
        expect(await meta(page, 'og:image:width')).toBe('1200');
        expect(await meta(page, 'og:image:height')).toBe('630');
        expect(await meta(page, 'twitter:image')).toBe(image);
        expect(await meta(page, 'og:locale')).toBe(lang === 'zh-CN' ? 'zh_CN' : 'en_US');
        expect(await meta(page, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }
    });
  }

  // A page's `alternates` replaces the layout's, so pageMetadata() repeats the feed link.
  test('pages advertise the RSS feed', async ({ page }) => {
    for (const path of ['/', '/recaps', `/recaps/${SHENZHEN}`]) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute('href', /\/feed\.xml$/, { timeout: 1000 });
    }
  });

  test('filtered and paged recap lists are not indexed', async ({ page }) => {
    await page.goto('/recaps');
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await page.goto('/recaps?year=2023');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe('/recaps');
  });

  // `npm test` builds without SITE_URL; the server's SITE_URL must still win.
  test('prerendered pages, sitemap and robots use the runtime SITE_URL', async ({ page, request, baseURL }) => {
    const origin = siteOrigin(baseURL);
    for (const { path } of PRERENDERED) {
      await page.goto(path);
      expect(new URL((await page.locator('head link[rel="canonical"]').getAttribute('href'))!).origin, path).toBe(origin);
    }
    expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const index = await (await request.get('/sitemap.xml')).text();
    expect(index).toContain(`<loc>${origin}/sitemap/recaps-0.xml</loc>`);
    const sitemap = await (await request.get('/sitemap/recaps-0.xml')).text();
    expect(sitemap).toContain(`<loc>${origin}/recaps</loc>`);
  });
});

test('exactly one h1 on every public page', async ({ page }) => {
  const paths = [
    '/',
    '/recaps',
    '/recaps?tag=kubernetes',
    `/recaps/${SHENZHEN}`,
    `/recaps/${ZH_RECAP}`,
    '/speakers',
    `/speakers/${ZHANG_XIAO}`,
    '/speakers/michael-yuan',
    '/tags',
    '/tags/webassembly',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('h1'), path).toBeVisible();
  }
});

test.describe('feeds and files for machines', () => {
  test('sitemap index lists files that list every recap, speaker and topic page with lastmod', async ({ page, request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toMatch(/xml/);
    const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(files).toEqual(['/sitemap/recaps-0.xml', '/sitemap/speakers-0.xml', '/sitemap/tags-0.xml']);
    let xml = '';
    for (const file of files) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-type']).toMatch(/xml/);
      // One document of every file's <url> entries, parsed below.
      xml += (await response.text()).replace(/^[\s\S]*?<urlset[^>]*>|<\/urlset>\s*$/g, '');
    }
    // With the namespace of the translations' xhtml:link alternates, as each file declares it.
    xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${xml}</urlset>`;
    expect((await request.get('/sitemap/recaps-9.xml')).status(), 'a file past the last').toBe(404);

    await page.goto('/recaps');
    const recaps = await linkPaths(page, 'main article', '/recaps/');
    await page.goto('/speakers');
    const speakers = await linkPaths(page, 'main', '/speakers/');
    await page.goto('/tags');
    const tags = await linkPaths(page, 'main', '/tags/');
    // Seven recaps and three announced events (the sample's 2027 announcements).
    expect(recaps).toHaveLength(10);
    expect(speakers.length).toBeGreaterThan(5);
    expect(tags.length).toBeGreaterThan(5);

    const entries = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.getElementsByTagName('url')].map((url) => ({
        loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
        lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? '',
      }));
    }, xml);
    expect(entries, 'sitemap is well-formed XML').not.toBeNull();
    const byPath = new Map(entries!.map((e) => [new URL(e.loc).pathname, e]));
    expect(byPath.size, 'no duplicate URLs').toBe(entries!.length);

    const origins = new Set(entries!.map((e) => new URL(e.loc).origin));
    expect(origins.size, 'every URL is absolute, on one origin').toBe(1);
    for (const path of ['/', '/recaps', '/speakers', '/tags', ...recaps, ...speakers, ...tags]) {
      const entry = byPath.get(path);
      expect(entry, `sitemap has ${path}`).toBeDefined();
      expect(entry!.lastmod, `lastmod of ${path}`).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(Number.isNaN(Date.parse(entry!.lastmod))).toBe(false);
    }
    // A recap's lastmod is the date its page says it was last updated.
    await page.goto(`/recaps/${SHENZHEN}`);
    const updated = await page.locator('main footer time').last().getAttribute('datetime');
    expect(byPath.get(`/recaps/${SHENZHEN}`)!.lastmod.slice(0, 10)).toBe(updated!.slice(0, 10));
  });

  test('robots.txt allows the site and points to the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
  });

  test('feed is well-formed RSS 2.0 with at most 50 complete items', async ({ page, request, baseURL }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const xml = await response.text();
    await page.goto('/recaps');
    const recaps = await linkPaths(page, 'main article', '/recaps/');

    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) return { error: error.textContent };
      const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? null;
      const channel = doc.documentElement.getElementsByTagName('channel')[0];
      return {
        error: null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        channel: channel && { title: text(channel, 'title'), link: text(channel, 'link'), description: text(channel, 'description') },
        items: [...doc.getElementsByTagName('item')].map((item) => ({
          title: text(item, 'title'),
          link: text(item, 'link'),
          pubDate: text(item, 'pubDate'),
          guid: text(item, 'guid'),
        })),
      };
    }, xml);

    expect(feed.error, 'feed parses as XML').toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.channel).toMatchObject({ title: expect.any(String), link: expect.stringMatching(/^https?:\/\//), description: expect.any(String) });
    expect(feed.items!.length).toBeGreaterThan(0);
    expect(feed.items!.length).toBeLessThanOrEqual(50);
    expect(feed.items!.length).toBe(Math.min(50, recaps.length));
    const origin = siteOrigin(baseURL);
    let previous = Infinity;
    for (const item of feed.items!) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${origin}/recaps/[a-z0-9-]+$`));
      expect(recaps).toContain(new URL(item.link!).pathname);
      expect(item.guid).toBe(item.link);
      // RFC 822 date, newest first.
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      const time = Date.parse(item.pubDate!);
      expect(time).toBeLessThanOrEqual(previous);
      previous = time;
    }
  });

  test('the Open Graph image of a recap is a 1200×630 PNG', async ({ request }) => {
    for (const slug of [SHENZHEN, ZH_RECAP]) {
      const response = await request.get(`/recaps/${slug}/opengraph-image`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
    expect((await request.get('/recaps/nope/opengraph-image')).status()).toBe(404);
  });

  test('the site has a favicon', async ({ request }) => {
    expect((await request.get('/favicon.ico')).status()).toBe(200);
  });
});
