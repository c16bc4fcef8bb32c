import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { ADMIN, createInvite, createOrganizer, DB_PATH, signedInContext, uid } from '../support/admin';

// People and the first day of a new organizer: pending invites (expiry,
// revoke, copy), the sign-in that follows an accepted invite, forms that keep
// what was typed, and the admin's own error and forbidden pages.

test('a pending invite is listed with its expiry, its link copies, and revoking it kills the link', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const page = await context.newPage();
  const email = `pending-${uid()}@example.com`;
  const link = await createInvite(page, email);

  await page.getByRole('button', { name: 'Copy invite link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // A successful invite clears the form for the next one.
  await expect(page.getByLabel('Email')).toHaveValue('');

  const row = page.getByTestId('invite-row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  const expires = await row.locator('time').getAttribute('datetime');
  const days = (Date.parse(expires!) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(6.9);
  expect(days).toBeLessThanOrEqual(7);
  await expect(row.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC$/);

  await row.getByRole('button', { name: `Revoke the invite for ${email}` }).click();
  await expect(page.getByTestId('invite-row').filter({ hasText: email })).toHaveCount(0);

  const visitor = await browser.newContext({ baseURL });
  const invitePage = await visitor.newPage();
  await invitePage.goto(link);
  await expect(invitePage.getByText('This invite link has expired or was already used.')).toBeVisible();
  await expect(invitePage.getByLabel('Your name')).toHaveCount(0);
  await visitor.close();
  await context.close();
});

test('accepting an invite keeps what was typed on an error, then lands on sign-in with a success message and the email filled in', async ({
  browser,
  baseURL,
}) => {
  const admin = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const email = `newcomer-${uid()}@example.com`;
  const link = await createInvite(await admin.newPage(), email);
  await admin.close();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Your name').fill('Nadia Newcomer');
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await page.getByLabel('Repeat password').fill('a-different-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('The two passwords do not match.')).toBeVisible();
  await expect(page.getByLabel('Repeat password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Your name')).toHaveValue('Nadia Newcomer');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('a-long-enough-password');
  await expect(page.getByLabel('Repeat password')).toHaveValue('a-different-password');

  await page.getByLabel('Repeat password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/signin\?/);
  await expect(page.getByRole('status').filter({ hasText: 'Your account is ready. Sign in with the password you just chose.' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type('a-long-enough-password');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/admin');
  await context.close();
});

test('the new-recap form keeps the title, slug and language when the server refuses it', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const page = await context.newPage();
  await page.goto('/admin/recaps/new');
  await page.getByLabel('Title').fill('Kept title');
  await page.getByLabel('Slug').fill('kept-title');
  await page.getByLabel('Language').selectOption('zh');
  // No date: the browser's own check is skipped so the server's message shows.
  await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('Enter the event date.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Kept title');
  await expect(page.getByLabel('Slug')).toHaveValue('kept-title');
  await expect(page.getByLabel('Language')).toHaveValue('zh');
  await context.close();
});

test('the example talk of a new recap opens in the talk form with its role and affiliation', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const page = await context.newPage();
  await page.goto('/admin/recaps/new');
  await page.getByLabel('Title').fill(`Template check ${uid()}`);
  await page.getByLabel('Event date').fill('2024-05-18');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/recaps\/\d+$/);
  const panel = page.getByTestId('talks-panel');
  await expect(panel.getByTestId('talk-item')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Edit' }).click();
  await expect(panel.getByLabel('Talk title')).toHaveValue('Title of the first talk');
  await expect(panel.getByLabel('Speaker name')).toHaveValue('Ada Lovelace');
  await expect(panel.getByLabel('Role', { exact: true })).toHaveValue('Staff Engineer');
  await expect(panel.getByLabel('Affiliation')).toHaveValue('Example Corp');
  await context.close();
});

test('an organizer opening People gets the admin’s own 403 page, inside the admin layout', async ({ browser, baseURL }) => {
  const admin = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const organizer = await createOrganizer(await admin.newPage(), browser, baseURL!, 'forbidden');
  await admin.close();
  const context = await signedInContext(browser, baseURL!, organizer.email, organizer.password);
  const page = await context.newPage();
  const response = await page.goto('/admin/users');
  expect(response!.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Only admins can open this page');
  await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to recaps' })).toHaveAttribute('href', '/admin');
  await context.close();
});

test('an exception in an admin page shows the admin’s error page, not the public one', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const page = await context.newPage();
  // A real failure: the invites table disappears under the running server for a moment.
  const sqlite = new Database(DB_PATH);
  try {
    sqlite.exec('ALTER TABLE invites RENAME TO invites_hidden');
    const response = await page.goto('/admin/users');
    expect(response!.status()).toBe(500);
    await expect(page.getByTestId('admin-error')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This admin page could not be shown');
    await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
    await expect(page.getByText('Something went wrong', { exact: true })).toHaveCount(0);
    // No server detail reaches the page.
    expect(await page.content()).not.toMatch(/no such table|SqliteError|invites_hidden/);
  } finally {
    sqlite.exec('ALTER TABLE invites_hidden RENAME TO invites');
    sqlite.close();
  }
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await context.close();
});

test('an action sent after the session ended changes nothing and leads to sign-in, back to the same page', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const page = await context.newPage();
  const email = `expired-session-${uid()}@example.com`;
  await createInvite(page, email);
  await page.reload();
  // Signed out elsewhere: the cookie is gone, the page is still open.
  await context.clearCookies();
  await page.getByRole('button', { name: `Revoke the invite for ${email}` }).click();
  await page.waitForURL((url) => url.pathname === '/signin');
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/admin/users');
  const admin = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const check = await admin.newPage();
  await check.goto('/admin/users');
  await expect(check.getByTestId('invite-row').filter({ hasText: email })).toHaveCount(1);
  await admin.close();
  await context.close();
});
