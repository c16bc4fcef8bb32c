// Runs against the `paged` server: 41 generated recaps (25 in 2021, 16 in 2022),
// 20 per page. See e2e/support/paged-content.mjs.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const cardDates = (page: Page) => page.locator('main article time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
const pager = (page: Page) => page.getByRole('navigation', { name: 'Pages' });

test('the recap list is paged, 20 per page, newest first', async ({ page }) => {
  await page.goto('/recaps');
  await expect(page.locator('main')).toContainText('41 recaps');
  const first = await cardDates(page);
  expect(first).toHaveLength(20);
  expect([...first].sort().reverse()).toEqual(first);

  await expect(pager(page)).toContainText('Page 1 of 3');
  await expect(pager(page).locator('a[rel="prev"]')).toHaveCount(0);
  const next = pager(page).locator('a[rel="next"]');
  await expect(next).toHaveAttribute('href', '/recaps?page=2');
  await next.click();

  await expect(page).toHaveURL(/\/recaps\?page=2$/);
  await expect(pager(page)).toContainText('Page 2 of 3');
  const second = await cardDates(page);
  expect(second).toHaveLength(20);
  expect(second[0] < first[first.length - 1]).toBe(true);
  // Page 1 has no `page` parameter at all.
  await expect(pager(page).locator('a[rel="prev"]')).toHaveAttribute('href', '/recaps');
  await expect(pager(page).locator('a[rel="next"]')).toHaveAttribute('href', '/recaps?page=3');

  await pager(page).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/recaps\?page=3$/);
  await expect(pager(page)).toContainText('Page 3 of 3');
  expect(await cardDates(page)).toHaveLength(1);
  await expect(pager(page).locator('a[rel="next"]')).toHaveCount(0);
  await expect(pager(page).locator('a[rel="prev"]')).toHaveAttribute('href', '/recaps?page=2');
});

test('page links keep the filters, and changing a filter goes back to page 1', async ({ page }) => {
  await page.goto('/recaps?year=2021');
  await expect(page.locator('main')).toContainText('25 recaps');
  expect((await cardDates(page)).every((d) => d.startsWith('2021-'))).toBe(true);
  await expect(pager(page)).toContainText('Page 1 of 2');
  await expect(pager(page).locator('a[rel="next"]')).toHaveAttribute('href', '/recaps?year=2021&page=2');

  await pager(page).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/recaps\?year=2021&page=2$/);
  const rest = await cardDates(page);
  expect(rest).toHaveLength(5);
  expect(rest.every((d) => d.startsWith('2021-'))).toBe(true);
  await expect(pager(page).locator('a[rel="prev"]')).toHaveAttribute('href', '/recaps?year=2021');

  // On page 2, every filter link keeps the year (or toggles it) and drops the page.
  const hrefs = await page.locator('nav[aria-label="Filter recaps"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    const params = new URL(href, 'http://x').searchParams;
    expect(params.has('page'), href).toBe(false);
    if (params.has('city') || params.has('tag')) expect(params.get('year'), href).toBe('2021');
  }
  await page.locator('nav[aria-label="Filter recaps"] a[href="/recaps?year=2021&city=shanghai"]').click();
  await expect(page).toHaveURL(/\/recaps\?year=2021&city=shanghai$/);
  await expect(page.locator('main')).toContainText('13 recaps');
  await expect(pager(page)).toHaveCount(0);
});
