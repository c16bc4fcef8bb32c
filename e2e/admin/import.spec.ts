import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { ADMIN, acceptInvite, createInvite, signInUi, signedInContext, uid } from '../support/admin';

// Issue 13: an organizer uploads a Hugo site as a .zip; its posts become
// drafts (never published), listed as needing review with their reports.

const SITE = path.join(import.meta.dirname, '../../lib/import/fixtures/hugo-site');

function siteZip(): Buffer {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else entries[`rust-site/${path.relative(SITE, full).split(path.sep).join('/')}`] = fs.readFileSync(full);
    }
  };
  walk(SITE);
  return Buffer.from(zipSync(entries));
}

test('a zipped Hugo site is imported as drafts and listed for review; a bad archive says why', async ({ page }) => {
  test.setTimeout(60_000);
  await signInUi(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import posts from another site');

  await page.getByLabel('Site as a .zip (Hugo, Jekyll or Markdown)').setInputFiles({ name: 'site.zip', mimeType: 'application/zip', buffer: siteZip() });
  await page.getByRole('button', { name: 'Import as drafts' }).click();
  const results = page.getByTestId('import-results');
  await expect(results.locator('tbody tr')).toHaveCount(6, { timeout: 30_000 });
  await expect(results).toContainText('content/zh/posts/meetup-2023-07.md');
  await expect(results.locator('tbody tr').first()).toContainText(/created|unchanged|updated/);

  const review = page.getByTestId('imported-drafts');
  await expect(review).toContainText('Rust 见面会第七期回顾（成都站）');
  await expect(review).toContainText('from content/zh/posts/meetup-2023-07.md: 4 talks');

  // The report speaks the organizer's language: a Chinese organizer (Account → Admin language) reads it in Chinese.
  const id = uid();
  const person = { email: `import-zh-${id}@example.com`, name: `韩梅梅${id.slice(-4)}`, password: `pw-${id}-long-enough` };
  await acceptInvite(await page.context().newPage(), await createInvite(page, person.email), person.name, person.password);
  const zh = await signedInContext(page.context().browser()!, new URL(page.url()).origin, person.email, person.password);
  const zhPage = await zh.newPage();
  await zhPage.goto('/admin/account');
  await zhPage.getByLabel('Admin language').selectOption('zh');
  await zhPage.getByRole('button', { name: 'Save language' }).click();
  await zhPage.waitForURL(/\/admin\/account\?saved=language$/);
  await zhPage.goto('/admin/import');
  const zhReview = zhPage.getByTestId('imported-drafts');
  await expect(zhReview).toContainText('来自 content/zh/posts/meetup-2023-07.md：4 场分享');
  await expect(zhReview).toContainText('可能的分享 · 第 49 行：陈晨的“Rust 与嵌入式”可能是一场分享（只有正文提到，没有其他佐证）：如果是，请用 <Talk> 包起来');
  await expect(zhReview).toContainText('从正文读出：“7 月 15 日”；正文没有写年份；取文章的年份 2023');
  await expect(zhReview).not.toContainText('may be a talk');
  await zh.close();

  await page.goto('/admin/import');
  await page
    .getByLabel('Site as a .zip (Hugo, Jekyll or Markdown)')
    .setInputFiles({ name: 'bad.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ '../evil.md': new Uint8Array(1) })) });
  await page.getByRole('button', { name: 'Import as drafts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'refused' })).toHaveText('"../evil.md" has a ".." in the path: the archive is refused');
});
