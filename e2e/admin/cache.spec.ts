import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, createDraftUi, fillRequiredFields, signInUi, uid, waitSaved } from '../support/admin';

// A publish expires only the pages that show the recap: its own, its
// neighbours in event order, its speakers and tags, and the listings. Every
// other cached page stays cached (x-nextjs-cache: HIT), so a publish under
// load does not send the whole site back to the renderer at once.

// The event date falls between two git-managed recaps in content/, which are
// then its neighbours; the other admin tests use recent dates or 2024-05-18.
const EVENT_DATE = '2023-09-01';
const OLDER = 'shenzhen-cloud-native-meetup-2023'; // 2023-07-15
const NEWER = 'beijing-observability-salon-2023'; // 2023-11-25
// Not next to the new recap, and sharing no speaker or tag with it.
const UNRELATED = ['/recaps/beijing-kubernetes-day-2022', '/recaps/shanghai-wasm-night-2025', '/tags/kubernetes', '/speakers/zhang-xiao'];

async function fetchPage(anon: APIRequestContext, path: string) {
  const response = await anon.get(path, { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-nextjs-cache'], text: await response.text() };
}

/** Requests `path` until it is served from the cache. */
async function warm(anon: APIRequestContext, path: string) {
  await expect.poll(async () => (await fetchPage(anon, path)).cache, { message: `${path} cached`, timeout: 10_000 }).toBe('HIT');
}

test('publishing and unpublishing a recap leaves unrelated cached pages cached', async ({ browser, baseURL, playwright }) => {
  test.setTimeout(90_000);
  const id = uid();
  const slug = `cache-scope-${id}`;
  const title = `Cache Scope Meetup ${id}`;
  const tag = `scope${id}`;
  const anon = await playwright.request.newContext({ baseURL });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  await createDraftUi(page, title, slug, EVENT_DATE);
  await fillRequiredFields(page, { city: 'Nantes', community: 'Nantes Web', description: 'Only its own pages change.', tags: tag });
  await waitSaved(page);

  for (const path of [...UNRELATED, `/recaps/${OLDER}`, `/recaps/${NEWER}`]) await warm(anon, path);
  expect((await fetchPage(anon, `/recaps/${slug}`)).status, 'not public yet').toBe(404);

  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(panel.getByText('Published. The public page is live.')).toBeVisible();

  const shows = (path: string, needle: string) =>
    expect.poll(async () => (await fetchPage(anon, path)).text.includes(needle), { message: `${path} shows ${needle}`, timeout: 1_000 }).toBe(true);
  await shows(`/recaps/${slug}`, title);
  // Both neighbours link to it (their previous/next links changed).
  await shows(`/recaps/${OLDER}`, `href="/recaps/${slug}"`);
  await shows(`/recaps/${NEWER}`, `href="/recaps/${slug}"`);
  await shows('/', `href="/tags/${tag}"`);
  await shows('/sitemap/recaps-0.xml', `/recaps/${slug}</loc>`);
  await shows(`/tags/${tag}`, title);
  for (const path of UNRELATED) {
    const r = await fetchPage(anon, path);
    expect(r.cache, `${path} still served from the cache after the publish`).toBe('HIT');
    expect(r.text).not.toContain(slug);
  }

  await page.reload();
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  // Unpublishing asks first.
  await panel.getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(panel.getByText(/^Unpublished\./)).toBeVisible();
  const hides = (path: string, needle: string) =>
    expect.poll(async () => (await fetchPage(anon, path)).text.includes(needle), { message: `${path} no longer shows ${needle}`, timeout: 1_000 }).toBe(false);
  await expect.poll(async () => (await fetchPage(anon, `/recaps/${slug}`)).status, { timeout: 1_000 }).toBe(404);
  await hides(`/recaps/${OLDER}`, `href="/recaps/${slug}"`);
  await hides(`/recaps/${NEWER}`, `href="/recaps/${slug}"`);
  await hides('/sitemap/recaps-0.xml', `/recaps/${slug}</loc>`);
  for (const path of UNRELATED) expect((await fetchPage(anon, path)).cache, `${path} still cached after the unpublish`).toBe('HIT');

  await context.close();
  await anon.dispose();
});
