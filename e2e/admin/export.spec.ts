import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from '@playwright/test';
import { ADMIN, createDraftUi, createOrganizer, fillRequiredFields, signedInContext, uid, waitSaved } from '../support/admin';

// The admin's download of everything (app/api/admin/export/route.ts): an
// admin gets a .zip of the export folder, with drafts; nobody else gets a byte.

test('an admin downloads the site as a .zip holding every recap, the drafts, the registry and the manifest', async ({ browser }) => {
  const baseURL = test.info().project.use.baseURL!;
  const context = await signedInContext(browser, baseURL, ADMIN.email, ADMIN.password);
  const page = await context.newPage();
  const slug = `export-draft-${uid()}`;
  await createDraftUi(page, `Export draft ${uid()}`, slug);
  await fillRequiredFields(page, { city: 'Oslo', community: 'Oslo Devs', description: 'A draft that the export carries.', tags: 'export' });
  await waitSaved(page);

  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export everything' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .zip' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^recaps-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  const names = Object.keys(files);
  expect(names).toContain('recaps/shenzhen-cloud-native-meetup-2023.mdx');
  expect(names).toContain(`drafts/${slug}.mdx`);
  expect(names).toContain('speakers.yml');
  expect(strFromU8(files['recaps/shenzhen-cloud-native-meetup-2023.mdx'])).toMatch(/^---\ntitle: /);
  expect(strFromU8(files[`drafts/${slug}.mdx`])).toContain('city: Oslo');
  const manifest = JSON.parse(strFromU8(files['export.json'])) as { recaps: { slug: string; status: string; working: string | null }[] };
  expect(manifest.recaps.find((r) => r.slug === slug)).toMatchObject({ status: 'draft', working: `drafts/${slug}.mdx` });
  await context.close();
});

test('the download is refused signed out (401) and to an organizer (403), and its page too', async ({ browser, playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get('/api/admin/export', { maxRedirects: 0 })).status()).toBe(401);
  const signIn = await anonymous.get('/admin/export', { maxRedirects: 0 });
  expect(signIn.status()).toBe(307);
  expect(new URL(signIn.headers().location, baseURL).pathname).toBe('/signin');
  await anonymous.dispose();

  const adminContext = await signedInContext(browser, baseURL, ADMIN.email, ADMIN.password);
  const organizer = await createOrganizer(await adminContext.newPage(), browser, baseURL, 'exporter');
  await adminContext.close();
  const context = await signedInContext(browser, baseURL, organizer.email, organizer.password);
  const response = await context.request.get('/api/admin/export', { maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(response.headers()['content-type']).not.toContain('zip');
  const page = await context.newPage();
  const visit = await page.goto('/admin/export');
  expect(visit?.status()).toBe(403);
  await expect(page.getByRole('link', { name: 'Export', exact: true })).toHaveCount(0);
  await context.close();
});
