import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, createDraftUi, editorReady, fillRequiredFields, pollUntil, signInUi, uid, waitSaved } from '../support/admin';

// Linked translations: "Add translation" in the editor, then both versions
// published name each other in their head (hreflang + x-default), in the
// sitemap (xhtml:link) and in the language switcher; unpublishing one takes
// it out of its sibling's head and of the sitemap within a second.
// In the admin project (a database to write to); its own data, never the samples.

async function anonymous(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0, headers: { 'cache-control': 'no-cache' } });
  return { status: response.status(), text: await response.text() };
}

/** The hreflang alternates of a page's head, as hreflang → href. */
function alternates(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const out: Record<string, string> = {};
  for (const tag of head.match(/<link[^>]*rel="alternate"[^>]*>/g) ?? []) {
    const lang = /hreflang="([^"]+)"/i.exec(tag)?.[1];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) out[lang] = href;
  }
  return out;
}

async function publish(page: Page) {
  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(panel.getByText('Published. The public page is live.')).toBeVisible();
}

test('Add translation, publish both: hreflang, sitemap and switcher link them; unpublishing one unlinks it within a second', async ({
  browser,
  baseURL,
  playwright,
}) => {
  test.setTimeout(120_000);
  const id = uid();
  const slug = `linked-${id}`;
  const zhSlug = `${slug}-zh`;
  const origin = new URL(baseURL!).origin;
  const anon = await playwright.request.newContext({ baseURL });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);

  // An English recap, published; it has no translation yet.
  const enId = await createDraftUi(page, `Linked meetup ${id}`, slug);
  const city = `Linkton ${id}`;
  await fillRequiredFields(page, { city, community: 'Hangzhou Go', description: 'An evening about Go.', tags: 'go' });
  await waitSaved(page);
  await publish(page);
  const alone = await anonymous(anon, `/recaps/${slug}`);
  expect(alone.status).toBe(200);
  expect(alternates(alone.text)).not.toHaveProperty('x-default');
  // The Chinese list shows the event in English, labelled so, until a Chinese version is published.
  const inCity = (prefix: string) => `${prefix}/recaps?city=${encodeURIComponent(city)}`;
  const zhList = await anonymous(anon, inCity('/zh'));
  expect(zhList.text).toContain(`/recaps/${slug}"`);
  expect(zhList.text).toMatch(/data-testid="recap-language"[^>]*>English</);

  // Add translation: a linked Chinese draft with its own slug, then its editor.
  await page.reload();
  const translations = page.getByRole('region', { name: 'Translations' });
  await expect(translations).toContainText('No Chinese version yet.');
  await translations.getByRole('button', { name: 'Add Chinese translation' }).click();
  await page.waitForURL((url) => /\/admin\/recaps\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${enId}`));
  await editorReady(page);
  await expect(page.getByLabel('Slug')).toHaveValue(zhSlug);
  await expect(page.getByTestId('recap-versions')).toContainText('English version: published');
  const zhEditor = page.url();
  await publish(page);

  // Both pages name both versions, and x-default the English one (the default locale).
  const expected = { en: `${origin}/recaps/${slug}`, 'zh-CN': `${origin}/recaps/${zhSlug}`, 'x-default': `${origin}/recaps/${slug}` };
  await pollUntil(async () => {
    const [en, zh] = await Promise.all([anonymous(anon, `/recaps/${slug}`), anonymous(anon, `/recaps/${zhSlug}`)]);
    return JSON.stringify(alternates(en.text)) === JSON.stringify(expected) || JSON.stringify(alternates(zh.text)) === JSON.stringify(expected);
  }, 5_000);
  for (const path of [`/recaps/${slug}`, `/recaps/${zhSlug}`]) {
    const r = await anonymous(anon, path);
    expect(alternates(r.text), path).toMatchObject(expected);
  }
  // Each list shows the event once, in its own language.
  const [enOnce, zhOnce] = await Promise.all([anonymous(anon, inCity('')), anonymous(anon, inCity('/zh'))]);
  expect(enOnce.text).toContain(`/recaps/${slug}"`);
  expect(enOnce.text).not.toContain(`/recaps/${zhSlug}"`);
  expect(zhOnce.text).toContain(`/recaps/${zhSlug}"`);
  expect(zhOnce.text).not.toContain(`/recaps/${slug}"`);
  expect(zhOnce.text).not.toContain('data-testid="recap-language"');
  const sitemapLink = `<xhtml:link rel="alternate" hreflang="zh-CN" href="${origin}/recaps/${zhSlug}"/>`;
  const sitemap = await anonymous(anon, '/sitemap/recaps-0.xml');
  expect(sitemap.text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  expect(sitemap.text).toContain(sitemapLink);

  // The switcher on the English page links to the Chinese version.
  const visitor = await browser.newContext({ baseURL });
  const reader = await visitor.newPage();
  await reader.goto(`/recaps/${slug}`);
  const switcher = reader.getByRole('group', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: '中文' })).toHaveAttribute('href', `/recaps/${zhSlug}`);

  // Unpublish the Chinese version: gone from the English page's head and from the sitemap within a second.
  await page.goto(zhEditor);
  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  await panel.getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(panel.getByText(/^Unpublished\./)).toBeVisible();
  const unpublished = Date.now();
  await pollUntil(
    async () => {
      const [en, map] = await Promise.all([anonymous(anon, `/recaps/${slug}`), anonymous(anon, '/sitemap/recaps-0.xml')]);
      return !alternates(en.text)['zh-CN'] && !alternates(en.text)['x-default'] && !map.text.includes(`/recaps/${zhSlug}`);
    },
    5_000,
    50,
  );
  expect(Date.now() - unpublished, 'unlinked after unpublishing').toBeLessThan(1500);

  // The switcher now says there is no Chinese version, without a link.
  await reader.goto(`/recaps/${slug}`);
  await expect(switcher).toContainText('No Chinese version');
  await expect(switcher.getByRole('link')).toHaveCount(0);

  await visitor.close();
  await context.close();
  await anon.dispose();
});
