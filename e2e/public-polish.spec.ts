import type { Page } from '@playwright/test';
import { SHENZHEN, ZHANG_XIAO, expect, test } from './fixtures';

// The public side's finish: filter counts and headings, talk typography,
// speaker cards and pages, and the search page's field names.

const NAV = 'nav[aria-label="Filter recaps"]';
const CHENGDU = 'chengdu-yun-yuan-sheng-2026';

/** Every option of the filter bar: its text, its count, and its href (null when it is not a link). */
async function options(page: Page) {
  return page.locator(`${NAV} li`).evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a');
      const count = li.querySelector('[aria-hidden="true"]')?.textContent;
      return {
        text: li.textContent ?? '',
        href: link?.getAttribute('href') ?? null,
        count: count === undefined ? null : Number(count),
        current: link?.getAttribute('aria-current') === 'true',
      };
    }),
  );
}

test.describe('recap filters', () => {
  test('options that would show nothing are not links, and every count is what the link shows', async ({ page }) => {
    await page.goto('/recaps?year=2023');
    const all = await options(page);
    const empty = all.filter((o) => o.count === 0);
    // 2023 had meetups in Shenzhen and Beijing only: the other cities are shown, but not as links.
    expect(empty.map((o) => o.text)).toEqual(expect.arrayContaining([expect.stringContaining('Chengdu'), expect.stringContaining('Singapore')]));
    for (const option of empty) expect(option.href, option.text).toBeNull();
    await expect(page.getByTestId('filter-option-empty').first()).toBeVisible();
    await expect(page.locator(`${NAV} a`, { hasText: 'Chengdu' })).toHaveCount(0);

    // Follow every counted link that adds a filter: it shows exactly as many recaps as it said.
    const counted = all.filter((o) => o.href && o.count && !o.current);
    expect(counted.length).toBeGreaterThan(3);
    for (const option of counted) {
      await page.goto(option.href!);
      await expect(page.locator('main article'), `${option.text} → ${option.href}`).toHaveCount(option.count!);
    }
  });

  test('counts follow the other filters chosen', async ({ page }) => {
    await page.goto('/recaps');
    const kubernetesAll = (await options(page)).find((o) => o.href === '/recaps?tag=kubernetes')!;
    await page.goto('/recaps?year=2023');
    const kubernetes2023 = (await options(page)).find((o) => o.href === '/recaps?tag=kubernetes&year=2023')!;
    expect(kubernetes2023.count).toBe(1);
    expect(kubernetesAll.count).toBeGreaterThan(kubernetes2023.count!);
  });

  test('the heading and the title say what is shown', async ({ page }) => {
    await page.goto('/recaps');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All recaps');
    await page.goto('/recaps?tag=kubernetes&year=2023');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recaps tagged kubernetes in 2023');
    await expect(page).toHaveTitle(/^Recaps tagged kubernetes in 2023\b/);
    await page.goto('/recaps?city=beijing');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recaps in Beijing');
    await expect(page).toHaveTitle(/^Recaps in Beijing\b/);
  });
});

test.describe('recap page typography', () => {
  test('paragraphs inside a talk are spaced like the paragraphs outside it', async ({ page }) => {
    await page.goto(`/recaps/${SHENZHEN}`);
    const margins = await page.evaluate(() => {
      const bottom = (p: Element) => parseFloat(getComputedStyle(p).marginBottom);
      const outside = [...document.querySelectorAll('main article .prose > p')].map(bottom);
      const inside = [...document.querySelectorAll('main article .talk p')].filter((p) => !p.closest('.not-prose')).map(bottom);
      return { outside, inside };
    });
    expect(margins.inside.length).toBeGreaterThan(3);
    expect(margins.outside[0]).toBeGreaterThan(8);
    // Every paragraph but the last of each summary keeps the body's margin.
    expect(new Set(margins.inside.filter((m) => m > 0))).toEqual(new Set([margins.outside[0]]));
  });

  test('text after the last talk is set apart from it', async ({ page }) => {
    await page.goto(`/recaps/${SHENZHEN}`);
    const after = await page.evaluate(() => {
      const talks = document.querySelectorAll('main article .talk');
      const next = talks[talks.length - 1].nextElementSibling!;
      const style = getComputedStyle(next);
      const gap = next.getBoundingClientRect().top - talks[talks.length - 1].getBoundingClientRect().bottom;
      return { text: next.textContent ?? '', border: parseFloat(style.borderTopWidth), gap };
    });
    expect(after.text).toContain('About the series');
    expect(after.border).toBeGreaterThanOrEqual(1);
    expect(after.gap).toBeGreaterThanOrEqual(32);
  });

  test('a talk title that is a link is underlined before it is hovered', async ({ page }) => {
    await page.goto(`/recaps/${SHENZHEN}`);
    const link = page.locator('.talk h2 a').first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
    await page.goto(`/speakers/${ZHANG_XIAO}`);
    expect(
      await page
        .locator('main ol h3 a')
        .first()
        .evaluate((a) => getComputedStyle(a).textDecorationLine),
    ).toContain('underline');
  });

  test('speaker cards fill their row and fit two-character Chinese initials', async ({ page }) => {
    await page.goto(`/recaps/${CHENGDU}`);
    const avatar = page.locator('.speaker-card', { hasText: '李蓉' }).locator('.speaker-avatar');
    await expect(avatar).toHaveText('李蓉');
    const fit = await avatar.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { overflow: el.scrollWidth > el.clientWidth, text: text.width, box: box.width, left: text.left - box.left, right: box.right - text.right };
    });
    expect(fit.overflow).toBe(false);
    // Inside the circle with room on both sides (the corners of the text's box are inside it, too).
    expect(fit.left).toBeGreaterThan(fit.box * 0.12);
    expect(fit.right).toBeGreaterThan(fit.box * 0.12);

    // A talk with one speaker: the card is as wide as the list.
    await page.goto(`/recaps/${SHENZHEN}`);
    const widths = await page
      .locator('.talk .speaker-list')
      .first()
      .evaluate((list) => ({ list: list.getBoundingClientRect().width, card: list.querySelector('.speaker-card')!.getBoundingClientRect().width }));
    expect(widths.card).toBeGreaterThan(widths.list - 2);
  });
});

test.describe('speaker pages', () => {
  test('the subtitle is in the page’s language, and each talk lists its slides and video', async ({ page }) => {
    await page.goto(`/speakers/${ZHANG_XIAO}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The newest talk (Chengdu 2026) describes him in Chinese; the page is in English.
    const subtitle = page.getByTestId('speaker-subtitle');
    await expect(subtitle).toHaveText('Lead of the container team · DaoCloud');
    await expect(subtitle).not.toHaveAttribute('lang', /./);

    const fleet = page.locator('main ol > li', { hasText: 'Fleet upgrades without fear' });
    await expect(fleet.getByRole('link', { name: 'Slides for Fleet upgrades without fear: rolling Kubernetes across 40 clusters' })).toHaveAttribute(
      'href',
      'https://example.com/slides/beijing-k8s-day-2022/fleet-upgrades.pdf',
    );
    await expect(fleet.getByRole('link', { name: /^Video of Fleet upgrades/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=exAmple0001');
    const chengdu = page.locator('main ol > li', { hasText: '多集群管理的五年' });
    await expect(chengdu.getByRole('link', { name: /^Slides for / })).toHaveAttribute('href', 'https://example.com/slides/chengdu-2026/multi-cluster.pdf');
    await expect(chengdu.getByRole('link', { name: /^Video of / })).toHaveAttribute('href', 'https://www.bilibili.com/video/BV1Cd4y1Y7aA');
    // A talk without slides or video has no such links.
    const shenzhen = page.locator('main ol > li', { hasText: 'multi-cloud and multi-cluster' });
    await expect(shenzhen.getByRole('link', { name: /^(Slides|Video) / })).toHaveCount(0);
  });
});

test.describe('search', () => {
  test('/search has no two fields, and no two search landmarks, with the same accessible name', async ({ page }) => {
    await page.goto('/search?q=wasm');
    const snapshot = await page.locator('body').ariaSnapshot();
    const named = (roles: string) =>
      snapshot
        .split('\n')
        .map((line) => new RegExp(`^\\s*- (${roles}) "([^"]*)"`).exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => `${m[1]} ${m[2]}`);
    const fields = named('textbox|searchbox|combobox|checkbox|radio|spinbutton|slider|listbox');
    expect(fields.length).toBeGreaterThanOrEqual(2);
    expect(new Set(fields.map((f) => f.replace(/^\S+ /, ''))).size, fields.join(', ')).toBe(fields.length);
    const landmarks = named('search');
    expect(landmarks).toHaveLength(2);
    expect(new Set(landmarks).size, landmarks.join(', ')).toBe(2);
  });

  test('the live-search dropdown writes dates as the rest of the site does', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search recaps' });
    await box.fill('Shenzhen');
    // The recap itself is a hit, its date written out as on its page.
    await expect(page.getByRole('option').filter({ hasText: 'Shenzhen Stop' }).filter({ hasText: '15 July 2023' })).toHaveCount(1);
    await expect(page.getByRole('listbox')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  });
});
