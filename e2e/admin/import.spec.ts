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

test('a post too complex to convert fails alone, the site keeps answering while the upload runs, and the page shows the job after a reload', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signInUi(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/import');
  // Links nested in links: parse5's adoption agency makes these 39 KB cost about 20 s of processor time; the budget is 10 s.
  const post = (title: string, body: string) => new TextEncoder().encode(`---\ntitle: ${title}\ndate: 2024-05-01\ncity: Chengdu\n---\n\n${body}\n`);
  const archive = zipSync({
    'budget-site/content/posts/nested.md': post('Nested links', `${'<a href="/x">'.repeat(3000)}x`),
    'budget-site/content/posts/plain.md': post('A plain evening', 'We met, two people spoke, and everyone stayed for noodles afterwards.'),
  });
  await page
    .getByLabel('Site as a .zip (Hugo, Jekyll or Markdown)')
    .setInputFiles({ name: 'budget.zip', mimeType: 'application/zip', buffer: Buffer.from(archive) });
  await page.getByRole('button', { name: 'Import as drafts' }).click();
  const results = page.getByTestId('import-results');
  // Meanwhile the server answers other requests as usual.
  const latencies: number[] = [];
  while (!(await results.isVisible())) {
    const started = Date.now();
    expect((await request.get('/api/health')).status()).toBe(200);
    latencies.push(Date.now() - started);
    await page.waitForTimeout(100);
    if (latencies.length > 600) break;
  }
  await expect(results.locator('tbody tr')).toHaveCount(2);
  await expect(results.locator('tbody tr', { hasText: 'nested.md' })).toContainText(
    'this post is too complex to convert: converting it took more than 10 s of processor time',
  );
  await expect(results.locator('tbody tr', { hasText: 'plain.md' })).toContainText('created');
  // The upload ran as a job: the page shows its result again after a reload.
  await page.reload();
  await expect(page.getByTestId('import-results').locator('tbody tr')).toHaveCount(2);
  expect(latencies.length).toBeGreaterThan(5);
  const sorted = [...latencies].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length * 0.9)]).toBeLessThan(1_000);
});
