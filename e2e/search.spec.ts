import { expect, test, SHENZHEN } from './fixtures';

// Search over the sample recaps. The index is built from the files at start.

test('the search form works without JavaScript and links to the talk', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search recaps' }).fill('HWAMEISTOR');
  await page.getByRole('combobox', { name: 'Search recaps' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=HWAMEISTOR/);
  const results = page.getByTestId('search-results');
  // Two recaps have a HwameiStor talk; the Shenzhen one links straight to its section.
  await expect(results.getByRole('link').first()).toContainText(/HwameiStor/i);
  await expect(results.locator(`a[href^="/recaps/${SHENZHEN}#"]`).first()).toContainText(/HwameiStor/i);
  await expect(results.locator('mark').first()).toHaveText(/hwameistor/i);
  await context.close();
});

test('Chinese queries of two characters find the Chinese recaps', async ({ page }) => {
  for (const q of ['云原生', '云原']) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    const items = page.getByTestId('search-results').locator('li');
    await expect(items.first()).toBeVisible();
    await expect(items.first()).toHaveAttribute('lang', 'zh-CN');
  }
});

test('odd and oversized queries get a clear message, never an error', async ({ page, request }) => {
  for (const q of ['"', '*', '"; DROP TABLE search_docs; --', 'x'.repeat(201)]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole('status').first(), q).toBeVisible();
  }
  const api = await request.get(`/api/search?q=${encodeURIComponent('x'.repeat(201))}`);
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toMatch(/200/);
});

test('results appear while typing and the keyboard picks one', async ({ page }) => {
  await page.goto('/recaps');
  const box = page.getByRole('combobox', { name: 'Search recaps' });
  await box.click();
  // A prefix, as while typing: only the Shenzhen recap has a Dapr talk.
  await box.pressSequentially('dap', { delay: 40 });
  const list = page.getByRole('listbox', { name: 'Search results' });
  await expect(list.getByRole('option').first()).toContainText(/Dapr/i);
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/recaps/${SHENZHEN}#`));
});
