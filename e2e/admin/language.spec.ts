import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ADMIN, acceptInvite, createInvite, dbQuery, editorReady, signInApi, signedInContext, uid } from '../support/admin';

// The admin follows the organizer's language (Account → Language), else the
// browser's Accept-Language; the public site is not concerned. Playwright's
// default browser asks for en-US, which is what every other admin spec relies on.

/**
 * Latin words that may stay in the Chinese admin: names of things, formats,
 * the MDX the organizer types, and the two language names of the language menus.
 */
const ALLOWED = new Set(['MDX', 'Markdown', 'GitHub', 'Git', 'UTC', 'English', 'en', 'zh', 'https', 'http', 'YYYY', 'MM', 'DD', 'Talk', 'delete', 'v']);

/**
 * Every Latin word of `root`'s text (screen-reader-only text included) that is
 * not allowed, once the parts holding the organizer's own content are left out.
 */
async function leftoverEnglish(page: Page, root: string, userContent: string[] = []): Promise<string[]> {
  const text = await page
    .locator(root)
    .first()
    .evaluate((element, skip) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const selector of skip) copy.querySelectorAll(selector).forEach((n) => n.remove());
      // Not text a person reads (Next's inline payload), or the organizer's own values and code.
      copy.querySelectorAll('script, style, template, noscript, input, textarea, code, kbd, time').forEach((n) => n.remove());
      return copy.textContent ?? '';
    }, userContent);
  // The site's name (the end of every admin title) is a brand.
  const brand = new Set(((await page.title()).split(' · ').pop() ?? '').split(/\s+/));
  // Paths and addresses (`/recaps/your-slug`, `https://…`) are examples to copy, not words.
  const words = text.replace(/\S*\/\S*/g, ' ').match(/[A-Za-z][A-Za-z'’-]+/g) ?? [];
  return [...new Set(words)].filter((word) => !ALLOWED.has(word) && !brand.has(word));
}

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** A new organizer with a Chinese name (their name shows in the chrome), signed in in a context of its own. */
async function newOrganizer(browser: Browser, baseURL: string) {
  const admin = await signedInContext(browser, baseURL, ADMIN.email, ADMIN.password);
  const id = uid();
  const person = { email: `lang-${id}@example.com`, name: `李雷${Date.now() % 10_000}`, password: `pw-${id}-long-enough` };
  try {
    const link = await createInvite(await admin.newPage(), person.email);
    await acceptInvite(await admin.newPage(), link, person.name, person.password);
  } finally {
    await admin.close();
  }
  const context = await signedInContext(browser, baseURL, person.email, person.password);
  return { person, context, page: await context.newPage() };
}

async function chooseLanguage(page: Page, label: string, value: '' | 'en' | 'zh', save: string) {
  await page.goto('/admin/account');
  await page.getByLabel(label).selectOption(value);
  await page.getByRole('button', { name: save }).click();
  await page.waitForURL(/\/admin\/account\?saved=language$/);
}

const SLIP_BODY =
  '开场介绍。\n\n<Talk title="流处理实践" speakers="韩梅梅（工程师，示例公司）">\n\n演讲内容。\n\n</Talk>\n\n<Talk title="第二场" speakers="张三"\n\n后面的文字。\n';

test('an organizer switches the admin to Chinese and back; MDX errors keep their line and column', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { person, context, page } = await newOrganizer(browser, baseURL!);

  // English first: the browser asks for en-US and there is no setting yet.
  await page.goto('/admin/account');
  expect(await htmlLang(page)).toBe('en');
  await expect(page.getByLabel('Admin language')).toHaveValue('');
  await chooseLanguage(page, 'Admin language', 'zh', 'Save language');
  expect(dbQuery<{ locale: string | null }>('select locale from users where email = ?', person.email)[0].locale).toBe('zh');

  // The account page itself, reloaded in Chinese.
  expect(await htmlLang(page)).toBe('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '账户' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '语言已保存。' })).toBeVisible();
  await expect(page).toHaveTitle(/^账户 · 组织者后台 · /);
  expect(await leftoverEnglish(page, 'body', ['dd'])).toEqual([]);
  await expectNoSeriousViolations(page, 'account (zh)');

  // A new recap, through the Chinese form.
  const id = uid();
  const title = `语言测试 ${id}`;
  await page.goto('/admin/recaps/new');
  await expect(page.getByRole('heading', { level: 1, name: '新建回顾' })).toBeVisible();
  expect(await leftoverEnglish(page, 'body')).toEqual([]);
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('活动日期').fill('2023-07-15');
  await page.getByLabel('网址标识').fill(`lang-${id}`);
  await page.getByRole('button', { name: '创建草稿' }).click();
  await page.waitForURL(/\/admin\/recaps\/\d+$/);
  await editorReady(page);

  // The editor and its publish panel: an MDX slip is said in Chinese at its line and column.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(SLIP_BODY);
  const problem = page.getByTestId('diagnostics').getByRole('button', { name: /^第 \d+ 行，第 1 列：`<Talk` 标签没有写完：请在最后一个属性后加上 `>`。$/ });
  await expect(problem).toBeVisible({ timeout: 15_000 });
  const [, line] = /^第 (\d+) 行/.exec((await problem.textContent()) ?? '')!;
  await expect(page.getByTestId('diagnostics').getByRole('heading', { name: '正文中有 1 个问题' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^已(于 .+ )?保存$/, { timeout: 15_000 });
  const panel = page.getByTestId('publish-panel');
  await expect(panel.getByRole('heading', { name: '发布' })).toBeVisible();
  await expect(panel.getByTestId('recap-status')).toHaveText('草稿');
  await expect(panel.getByRole('button', { name: '立即发布' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^演讲（\d+）$/ })).toBeVisible();
  // Left out: the body (MDX), the preview (the recap as visitors see it), the talks' own titles and speakers.
  const userContent = ['.cm-editor', '[data-testid="preview-content"]', '[data-testid="talk-item"] h3', '[data-testid="talk-item"] h3 + p', 'h1'];
  expect(await leftoverEnglish(page, 'header')).toEqual([]);
  expect(await leftoverEnglish(page, 'main', userContent)).toEqual([]);
  await expect(page).toHaveTitle(/^编辑回顾 · 组织者后台 · /);
  await expectNoSeriousViolations(page, 'editor (zh)');

  // Publishing refuses the slip, in Chinese.
  await panel.getByRole('button', { name: '立即发布' }).click();
  await expect(panel.getByTestId('publish-outcome')).toContainText('未发布任何内容。请先修正', { timeout: 15_000 });

  // The list, found by the draft's title: its status and dates in Chinese.
  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('heading', { level: 1, name: '活动回顾' })).toBeVisible();
  const row = page.getByTestId('admin-recap-row').filter({ hasText: title });
  await expect(row.getByText('草稿', { exact: true })).toBeVisible();
  await expect(row.locator('time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} UTC$/);
  expect(await leftoverEnglish(page, 'body', ['[data-testid="admin-recap-row"] td:first-child', 'header span span'])).toEqual([]);
  await expectNoSeriousViolations(page, 'list (zh)');

  // Back to English: the same slip, at the same line and column.
  await chooseLanguage(page, '后台语言', 'en', '保存语言');
  expect(await htmlLang(page)).toBe('en');
  await expect(page.getByRole('status').filter({ hasText: 'Language saved.' })).toBeVisible();
  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).click();
  await editorReady(page);
  await expect(
    page
      .getByTestId('diagnostics')
      .getByRole('button', { name: `Line ${line}, column 1: The \`<Talk\` tag is not finished: add \`>\` after its last attribute.` }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('publish-panel').getByRole('button', { name: 'Publish now' })).toBeVisible();
  await context.close();

  // The setting wins over the browser: a Chinese browser still gets English for this person.
  const zhBrowser = await browser.newContext({ baseURL, locale: 'zh-CN' });
  try {
    expect((await signInApi(zhBrowser.request, person.email, person.password)).status()).toBe(200);
    const zhPage = await zhBrowser.newPage();
    await zhPage.goto('/admin');
    expect(await htmlLang(zhPage)).toBe('en');
    await expect(zhPage.getByRole('heading', { level: 1, name: 'Recaps' })).toBeVisible();
  } finally {
    await zhBrowser.close();
  }
});

test('a browser asking for zh-CN, with no setting, gets the admin in Chinese, sign-in included', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto('/signin');
    expect(await htmlLang(page)).toBe('zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    expect(await leftoverEnglish(page, 'body')).toEqual([]);
    await expectNoSeriousViolations(page, 'sign-in (zh)');
    await page.getByLabel('邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    expect(await htmlLang(page)).toBe('zh-CN');
    const nav = page.getByRole('navigation', { name: '后台' });
    await expect(nav.getByRole('link', { name: '成员' })).toBeVisible();
    expect(await leftoverEnglish(page, 'header', ['header span span'])).toEqual([]);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: '成员' })).toBeVisible();
    await expectNoSeriousViolations(page, 'people (zh)');
  } finally {
    await context.close();
  }
});
