import type { Page } from '@playwright/test';
import { SHENZHEN, ZHANG_XIAO, expect, linkPaths, test, watchConsole } from './fixtures';

test.describe('reader journey', () => {
  test('home → recap list → recap → a talk from the table of contents', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Latest recaps' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Speakers', level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Topics', level: 2 })).toBeVisible();

    await page.getByRole('link', { name: 'All recaps →' }).click();
    await expect(page).toHaveURL(/\/recaps$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All recaps' })).toBeVisible();

    await page.locator(`main a[href="/recaps/${SHENZHEN}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/recaps/${SHENZHEN}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Shenzhen');

    const toc = page.locator('nav#contents');
    await expect(toc).toBeVisible();
    const tocLinks = toc.locator('a[href^="#"]');
    await expect(tocLinks).toHaveCount(5);

    // A talk far down the page, so that following the link has to scroll.
    const link = tocLinks.nth(3);
    const hash = (await link.getAttribute('href'))!;
    const title = (await link.textContent())!.trim();
    const section = page.locator(`section[id="${hash.slice(1)}"]`);
    await expect(section).not.toBeInViewport();

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/recaps/${SHENZHEN}${hash}$`));
    await expect(section).toBeInViewport();
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(title);
    // The heading lands near the top, below the sticky header rather than under it.
    const header = await page.locator('body > header').boundingBox();
    const heading = await section.getByRole('heading', { level: 2 }).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    expect(heading!.y).toBeLessThan(page.viewportSize()!.height / 2);
  });

  test('recap page shows event facts, talks, speakers, neighbours and last update', async ({ page }) => {
    await page.goto(`/recaps/${SHENZHEN}`);
    const facts = page.locator('dl#event');
    await expect(facts.locator('time[datetime="2023-07-15"]')).toBeVisible();
    await expect(facts).toContainText('Shenzhen');

    const sections = page.locator('main section[id]:has(> h2)');
    await expect(sections).toHaveCount(5);
    const tocTargets = await page.locator('nav#contents a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    const sectionIds = await sections.evaluateAll((els) => els.map((el) => el.id));
    expect(tocTargets).toEqual(sectionIds);

    await expect(page.locator(`main section a[href="/speakers/${ZHANG_XIAO}"]`)).toContainText('Zhang Xiao');
    const neighbours = page.getByRole('navigation', { name: 'More recaps' });
    await expect(neighbours.locator('a[rel="prev"], a[rel="next"]')).not.toHaveCount(0);
    await expect(page.locator('main footer')).toContainText('Last updated');
    await expect(page.locator('main footer time[datetime]')).toHaveCount(2);
  });

  test('a speaker page lists their talks across several recaps', async ({ page }) => {
    await page.goto(`/speakers/${ZHANG_XIAO}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhang Xiao');

    const talks = page.locator('main ol > li');
    expect(await talks.count()).toBeGreaterThanOrEqual(2);
    const recaps = new Set(await talks.evaluateAll((items) => items.map((li) => li.querySelector('h3 a')!.getAttribute('href')!.split('#')[0])));
    expect(recaps.size, 'talks come from at least two recaps').toBeGreaterThanOrEqual(2);
    expect(recaps).toContain(`/recaps/${SHENZHEN}`);

    // A talk link leads to that talk's section on the recap page.
    const talkLink = page.locator(`main h3 a[href^="/recaps/${SHENZHEN}#"]`).first();
    const href = (await talkLink.getAttribute('href'))!;
    await talkLink.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const section = page.locator(`section[id="${href.split('#')[1]}"]`);
    await expect(section).toBeInViewport();
    await expect(section.locator(`a[href="/speakers/${ZHANG_XIAO}"]`)).toBeVisible();
  });

  test('speaker and topic indexes link to their pages', async ({ page }) => {
    await page.goto('/speakers');
    const speakers = await linkPaths(page, 'main', '/speakers/');
    expect(speakers).toContain(`/speakers/${ZHANG_XIAO}`);
    expect(speakers).toContain('/speakers/michael-yuan');

    await page.goto('/tags');
    const tags = await linkPaths(page, 'main', '/tags/');
    expect(tags).toContain('/tags/kubernetes');
    await page.locator('main a[href="/tags/kubernetes"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('#kubernetes');
    expect(await linkPaths(page, 'main', '/recaps/')).toContain(`/recaps/${SHENZHEN}`);
  });
});

test.describe('recap list filters', () => {
  const nav = 'nav[aria-label="Filter recaps"]';

  /** Every card's date and city, as the list shows them. */
  async function cards(page: Page) {
    return page.locator('main article').evaluateAll((articles) =>
      articles.map((a) => ({
        href: a.querySelector('h2 a')!.getAttribute('href')!,
        date: a.querySelector('time')!.getAttribute('datetime')!,
        place: a.querySelector('p')!.textContent!,
      })),
    );
  }

  test('year, city and topic links combine and keep each other', async ({ page }) => {
    await page.goto('/recaps');
    const all = await cards(page);
    // Seven recaps and three announced events of 2027 (one of them in two languages, listed once).
    expect(all.length).toBe(10);
    await expect(page.locator('main')).toContainText('10 recaps');
    // No pagination with one page of recaps.
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);

    // Year
    await page.locator(`${nav} a[href="/recaps?year=2023"]`).click();
    await expect(page).toHaveURL(/\/recaps\?year=2023$/);
    const in2023 = await cards(page);
    expect(in2023.length).toBe(all.filter((c) => c.date.startsWith('2023-')).length);
    expect(in2023.every((c) => c.date.startsWith('2023-'))).toBe(true);
    await expect(page.locator(`${nav} a[aria-current="true"]`, { hasText: '2023' })).toBeVisible();

    // Every city and topic link now keeps the year.
    for (const href of await page.locator(`${nav} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const params = new URL(href, 'http://x').searchParams;
      if (params.has('city') || params.has('tag')) expect(params.get('year'), href).toBe('2023');
      expect(params.has('page'), href).toBe(false);
    }

    // City, keeping the year.
    await page.locator(`${nav} a[href="/recaps?year=2023&city=beijing"]`).click();
    await expect(page).toHaveURL(/\/recaps\?year=2023&city=beijing$/);
    const beijing2023 = await cards(page);
    expect(beijing2023.length).toBe(1);
    // The event has an English version: the English list shows it, once.
    expect(beijing2023[0]).toMatchObject({ href: '/recaps/beijing-observability-salon-2023-en' });
    expect(beijing2023[0].place).toContain('Beijing');

    // Topic, keeping year and city.
    await page.locator(`${nav} a[href="/recaps?tag=observability&year=2023&city=beijing"]`).click();
    await expect(page).toHaveURL(/\/recaps\?tag=observability&year=2023&city=beijing$/);
    expect((await cards(page)).map((c) => c.href)).toEqual(['/recaps/beijing-observability-salon-2023-en']);
    await expect(page.locator(`${nav} a[aria-current="true"]`)).toHaveCount(3);

    // Clicking the active year again removes only the year.
    await page.locator(`${nav} a[aria-current="true"]`, { hasText: '2023' }).click();
    await expect(page).toHaveURL(/\/recaps\?tag=observability&city=beijing$/);
    expect((await cards(page)).every((c) => c.place.includes('Beijing'))).toBe(true);

    // "Any" in the city group removes only the city.
    await page.locator(`${nav} a[href="/recaps?tag=observability"]`).first().click();
    await expect(page).toHaveURL(/\/recaps\?tag=observability$/);
  });

  test('a topic filter lists the same recaps as the topic page', async ({ page }) => {
    await page.goto('/recaps?tag=kubernetes');
    const filtered = (await cards(page)).map((c) => c.href).sort();
    expect(filtered.length).toBeGreaterThan(1);
    await page.goto('/tags/kubernetes');
    expect((await linkPaths(page, 'main', '/recaps/')).sort()).toEqual(filtered);
  });

  test('a filter with no match says so and links back to all recaps', async ({ page }) => {
    await page.goto('/recaps?year=1999');
    await expect(page.locator('main article')).toHaveCount(0);
    await expect(page.getByText('No recap matches these filters.')).toBeVisible();
    await expect(page.locator('main p a[href="/recaps"]')).toHaveText('Show all recaps');
  });

  test('a page number past the end shows the last page', async ({ page }) => {
    const response = await page.goto('/recaps?page=9');
    expect(response!.status()).toBe(200);
    expect(await cards(page)).toHaveLength(10);
  });
});

test.describe('not found', () => {
  test.use({
    // The browser logs the 404 status of the document itself.
    allowedConsoleErrors: /^console\.error at \S+: Failed to load resource: the server responded with a status of 404/,
  });

  for (const url of ['/recaps/nope', '/speakers/nope', '/tags/nope', '/no/such/page']) {
    test(`${url} is a helpful 404`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page isn’t here');
      await expect(page.locator('main')).toContainText('404');
      await expect(page.locator('main a[href="/recaps"]')).toBeVisible();
      await expect(page.locator('main a[href="/"]')).toBeVisible();
      await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // The site frame is there, so the reader can go on.
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    });
  }

  test('every link on the 404 page leads somewhere', async ({ page, request }) => {
    await page.goto('/recaps/nope');
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });

  // Next.js leaves notFound() pages empty without JavaScript (vercel/next.js#62228); these pages
  // use lib/workarounds/server-not-found.tsx so the helpful content is in the server HTML.
  for (const url of ['/recaps/nope', '/speakers/nope', '/tags/nope', '/no/such/page']) {
    test(`${url}: the 404 page is server-rendered`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).toMatch(/<html lang="en"/);
      expect(html).toMatch(/<h1[^>]*>This page isn’t here<\/h1>/);
    });
  }
});

test('a recap is fully readable without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const problems = watchConsole(page);
  try {
    await page.goto(`/recaps/${SHENZHEN}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Shenzhen');
    const sections = page.locator('main section[id]:has(> h2)');
    await expect(sections).toHaveCount(5);
    for (const section of await sections.all()) {
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(section.locator('a[href^="/speakers/"]').first()).toBeVisible();
      expect((await section.innerText()).length, 'talk summary is rendered').toBeGreaterThan(200);
    }
    for (const name of ['Zhang Xiao', 'Chen Zaini', 'Zhang Shanyou']) {
      await expect(page.locator('main section').getByText(name, { exact: true }).first()).toBeVisible();
    }
    await expect(page.locator('nav#contents a[href^="#"]')).toHaveCount(5);
    await expect(page.locator('dl#event time[datetime]')).toBeVisible();

    // Plain links work: the table of contents and filters need no script.
    const target = (await page.locator('nav#contents a').nth(4).getAttribute('href'))!;
    await page.locator('nav#contents a').nth(4).click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(`section[id="${target.slice(1)}"]`)).toBeInViewport();

    await page.goto('/recaps');
    await page.locator('nav[aria-label="Filter recaps"] a[href="/recaps?year=2023"]').click();
    await expect(page).toHaveURL(/year=2023/);
    await expect(page.locator('main article')).not.toHaveCount(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('/api/health answers ok', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
});
