import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, createDraftUi, dbQuery, fillRequiredFields, pollUntil, signInUi, uid, waitSaved } from './support/admin';

// One person, names in several scripts (content/speakers.yml seeds Zhang
// Shanyou / 张善友). Runs on the admin server (playwright.config.ts): it
// publishes database recaps, merges and splits speakers, and links a
// suggested alias in the editor.

const id = uid();
const EVENT_DATE = '2024-03-09';

test.describe.configure({ mode: 'serial' });

/** GET as nobody, without following redirects. */
async function anonymous(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0, headers: { 'cache-control': 'no-cache' } });
  // Next 16 may send the Location of a redirect thrown while rendering twice, with the same value (browsers accept identical ones).
  const locations = [
    ...new Set(
      response
        .headersArray()
        .filter((h) => h.name.toLowerCase() === 'location')
        .map((h) => h.value),
    ),
  ];
  expect(locations.length, `one redirect target for ${path}`).toBeLessThanOrEqual(1);
  return { status: response.status(), location: locations[0] ?? '', text: response.status() === 200 ? await response.text() : '' };
}

/** Creates and publishes a database recap whose body is `body`. */
async function publishRecap(page: Page, slug: string, body: string): Promise<void> {
  await createDraftUi(page, `Speakers ${slug}`, slug, EVENT_DATE);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(body);
  await fillRequiredFields(page, {
    city: 'Shenzhen',
    community: 'Speakers e2e',
    description: 'Talks by people with names in two scripts.',
    tags: 'cloud-native',
  });
  await waitSaved(page);
  await expect(page.getByTestId('diagnostics')).toContainText('No problems found in the body', { timeout: 10_000 });
  const publishPanel = page.getByTestId('publish-panel');
  await publishPanel.getByRole('button', { name: 'Publish now' }).click();
  await expect(publishPanel.getByText('Published. The public page is live.')).toBeVisible();
}

const talk = (title: string, speakers: string) => `<Talk title="${title}" speakers="${speakers}">\n\nA summary of ${title}.\n\n</Talk>\n`;

test('a person is one page: talks written 张善友 and Zhang Shanyou; their names’ own pages redirect permanently', async ({ page, playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  await signInUi(page, ADMIN.email, ADMIN.password);
  const slug = `zh-shanyou-${id}`;
  await publishRecap(page, slug, talk(`Dapr 实践 ${id}`, '张善友 (CTO, 优好达)'));

  await pollUntil(async () => (await anonymous(anon, '/speakers/zhang-shanyou')).text.includes(`/recaps/${slug}`), 5_000);
  await page.goto('/speakers/zhang-shanyou');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhang Shanyou');
  await expect(page.getByTestId('speaker-other-name')).toHaveText('张善友');
  await expect(page.getByTestId('speaker-other-name')).toHaveAttribute('lang', 'zh-CN');
  const talks = page.locator('main ol > li');
  await expect(talks.filter({ hasText: `Dapr 实践 ${id}` })).toHaveCount(1);
  await expect(talks.filter({ hasText: 'Dapr helps application modernization' }), 'the sample talk written "Zhang Shanyou"').toHaveCount(1);
  await expect(talks.filter({ hasText: `Dapr 实践 ${id}` }).getByTestId('talk-speaker-role')).toHaveText('CTO · 优好达');

  const old = await anonymous(anon, `/speakers/${encodeURIComponent('张善友')}`);
  expect(old.status).toBe(308);
  expect(decodeURIComponent(new URL(old.location, baseURL).pathname)).toBe('/speakers/zhang-shanyou');
  // The /speakers listing shows the person once.
  const listing = await anonymous(anon, '/speakers');
  expect(listing.text.split('href="/speakers/zhang-shanyou"').length - 1).toBe(1);
  expect(listing.text).not.toContain(`href="/speakers/${encodeURIComponent('张善友')}"`);
});

test('merging two speaker pages in the admin redirects the old one with 308; splitting brings it back', async ({ page, playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  await signInUi(page, ADMIN.email, ADMIN.password);
  const latin = `He Cong${id.replace(/[^a-z]/g, '')}`;
  const latinSlug = latin.toLowerCase().replace(/\s+/g, '-');
  const han = `何聪${id.replace(/[^0-9]/g, '').slice(0, 3) || '一'}`;
  await publishRecap(page, `merge-a-${id}`, talk(`Latin ${id}`, latin));
  await publishRecap(page, `merge-b-${id}`, talk(`Han ${id}`, han));
  const hanPath = `/speakers/${encodeURIComponent(han)}`;
  await pollUntil(async () => (await anonymous(anon, hanPath)).status === 200, 5_000);

  await page.goto(`/admin/speakers?q=${encodeURIComponent(latin)}`);
  await page.getByRole('link', { name: latin }).click();
  await page.getByLabel('Slug of the other page (as in /speakers/…)').fill(han);
  await page.getByRole('button', { name: 'Merge…' }).click();
  await page.getByRole('button', { name: 'Yes, merge' }).click();
  await expect(page.getByRole('status')).toContainText(`Merged ${han} into this page`);

  const moved = await anonymous(anon, hanPath);
  expect(moved.status).toBe(308);
  expect(new URL(moved.location, baseURL).pathname).toBe(`/speakers/${latinSlug}`);
  // Within a second or so, as every public change (the page may have been cached by the admin page's link prefetch).
  await pollUntil(async () => (await anonymous(anon, `/speakers/${latinSlug}`)).text.includes(`Han ${id}`), 5_000);
  expect((await anonymous(anon, `/speakers/${latinSlug}`)).text).toContain(`Latin ${id}`);

  // Wrongly merged: split the Chinese name off again, under its old slug.
  await page.getByRole('checkbox', { name: han }).check();
  await page.getByLabel('Slug of their page').fill(han);
  await page.getByRole('button', { name: 'Split…' }).click();
  await page.getByRole('button', { name: 'Yes, split' }).click();
  await expect(page.getByRole('status')).toContainText(`Split off from ${latinSlug}`);
  await pollUntil(async () => (await anonymous(anon, hanPath)).text.includes(`Han ${id}`), 5_000);
  await pollUntil(async () => !(await anonymous(anon, `/speakers/${latinSlug}`)).text.includes(`Han ${id}`), 5_000);
});

test('the editor suggests linking a romanized name to the Chinese one, and links only on click', async ({ page }) => {
  await signInUi(page, ADMIN.email, ADMIN.password);
  // 罗敏 speaks at the Chengdu sample; "Luo Min" is the pinyin of the name.
  await createDraftUi(page, `Suggest ${id}`, `suggest-${id}`, EVENT_DATE);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(talk(`Migration ${id}`, 'Luo Min (DBA, Shuxin Bank)'));
  const suggestions = page.getByTestId('speaker-suggestions');
  await expect(suggestions).toContainText('Link “Luo Min” to 罗敏?', { timeout: 15_000 });
  await waitSaved(page);
  expect(dbQuery("select name from speaker_names where name = 'Luo Min'"), 'nothing is linked before the click').toEqual([]);

  await suggestions.getByRole('button', { name: 'Link' }).click();
  await expect(suggestions.getByRole('status')).toHaveText('Linked “Luo Min” to 罗敏.');
  expect(dbQuery<{ person_slug: string }>("select person_slug from speaker_names where name = 'Luo Min'")).toEqual([{ person_slug: '罗敏' }]);
});
