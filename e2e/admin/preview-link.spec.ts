import { expect, test } from '@playwright/test';
import { ADMIN, createDraftUi, signInUi, uid, waitSaved, typeAtEnd } from '../support/admin';

// A draft shared by link: anyone with it sees the draft (never indexed) until
// the organizers revoke it.

test('a preview link shows the draft to anyone, noindex, until revoked', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const id = uid();
  const title = `Preview link ${id}`;
  const adminContext = await browser.newContext({ baseURL });
  const page = await adminContext.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  await createDraftUi(page, title, `preview-link-${id}`);
  const marker = `Only in the draft ${id}.`;
  await typeAtEnd(page, `\n${marker}\n`);
  await waitSaved(page);

  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Create preview link' }).click();
  const link = await page.getByTestId('preview-link').inputValue();
  expect(link).toMatch(new RegExp(`^${new URL(baseURL!).origin}/preview/[A-Za-z0-9_-]{20,}$`));

  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  const response = await visitorPage.goto(link);
  expect(response?.status()).toBe(200);
  await expect(visitorPage.getByText(marker)).toBeVisible();
  await expect(visitorPage.getByRole('note')).toContainText('Draft preview');
  await expect(visitorPage.locator('head meta[name="robots"]')).toHaveAttribute('content', /^noindex/);
  expect(response?.headers()['cache-control'] ?? '').not.toMatch(/public|s-maxage/);

  await panel.getByRole('button', { name: 'Revoke preview links' }).click();
  await expect(panel.getByText('Revoked 1 preview link.')).toBeVisible();
  const after = await visitorPage.goto(link);
  expect(after?.status()).toBe(404);
  await expect(visitorPage.getByText(marker)).toHaveCount(0);
  // Without JavaScript too, the reader is told why (and nothing is indexed).
  const plain = await visitor.request.get(link);
  expect(plain.status()).toBe(404);
  const text = await plain.text();
  expect(text).toContain('This preview link no longer works');
  expect(text).toContain('noindex');
  expect(text).not.toContain(marker);
  for (const bad of ['/preview/short', '/preview/%E0%A4%A', `/preview/${'x'.repeat(40)}`]) {
    const res = await visitor.request.get(bad);
    expect(res.status(), bad).toBe(404);
    expect(await res.text(), bad).toContain('This preview link no longer works');
  }

  await visitor.close();
  await adminContext.close();
});
