import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { FormFields, actionBody, serverActionId } from '../support/action-replay';
import { ADMIN, SESSION_COOKIE, createOrganizer, dbQuery, signInApi, signInUi, signedInContext, uid, type Person } from '../support/admin';

// Changing one's own password on the Account page: every session of the
// account ends on its next request (the other browser too), the new password
// signs in and the old one no longer does.

const ACTION_FILE = 'app/(admin)/admin/account/actions.ts';

let adminPage: Page;

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  adminPage = await context.newPage();
});

test.afterAll(async () => {
  await adminPage?.context().close();
});

const userRow = (email: string) =>
  dbQuery<{ password_hash: string; session_version: number }>('select password_hash, session_version from users where email = ?', email)[0];

async function adminStatus(request: APIRequestContext) {
  const response = await request.get('/admin', { maxRedirects: 0 });
  return { status: response.status(), to: response.headers().location ? new URL(response.headers().location, 'http://x').pathname : null };
}

test('an organizer changes their password: the other browser is signed out, the new password works, the old one does not', async ({
  browser,
  baseURL,
  playwright,
}) => {
  const person = await createOrganizer(adminPage, browser, baseURL!, 'account');
  const newPassword = `new-${uid()}-password`;

  // A second browser holding a session of the same account.
  const other = await signedInContext(browser, baseURL!, person.email, person.password);
  expect(await adminStatus(other.request)).toEqual({ status: 200, to: null });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, person.email, person.password);
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  const before = userRow(person.email);

  // A wrong current password: said at the field, linked to it, nothing changes, nothing typed is lost.
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  const current = page.getByLabel('Current password');
  await expect(page.getByText('That is not your current password.')).toBeVisible();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toHaveAccessibleDescription('That is not your current password.');
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue(newPassword);
  await expect(page.getByLabel('Repeat new password')).toHaveValue(newPassword);
  expect(userRow(person.email)).toEqual(before);
  expect(await adminStatus(other.request)).toEqual({ status: 200, to: null });

  // The right one: off to sign-in, email filled in, and told why.
  await current.fill(person.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.waitForURL(/\/signin\?/);
  expect(new URL(page.url()).searchParams.get('changed')).toBe('password');
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toHaveText(/Sign in again with your new password\.$/);
  await expect(page.getByLabel('Email')).toHaveValue(person.email);
  const after = userRow(person.email);
  expect(after.session_version).toBe(before.session_version + 1);
  expect(after.password_hash).not.toBe(before.password_hash);

  // The other browser's next request goes to sign-in; so does this browser's old cookie.
  expect(await adminStatus(other.request)).toEqual({ status: 307, to: '/signin' });
  expect(
    (await other.cookies()).some((c) => c.name === SESSION_COOKIE),
    'the old cookie is still held, and dead',
  ).toBe(true);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // The old password fails; the new one signs in.
  const stranger = await playwright.request.newContext({ baseURL });
  expect((await signInApi(stranger, person.email, person.password)).status()).toBe(401);
  expect((await stranger.storageState()).cookies.map((c) => c.name)).not.toContain(SESSION_COOKIE);
  await stranger.dispose();
  await signInUi(page, person.email, newPassword);
  await expect(page).toHaveURL(/\/admin$/);
  expect(await adminStatus(context.request)).toEqual({ status: 200, to: null });
  await context.close();
  await other.close();
});

/** Posts changePasswordAction as security.spec.ts does (encoded like the browser's form), with an optional cookie. */
async function replayChange(request: APIRequestContext, baseURL: string, person: Person, password: string, cookie?: string) {
  const { headers, ...body } = actionBody([{}, new FormFields({ current: person.password, password, confirm: password })]);
  const response = await request.post('/admin/account', {
    headers: {
      'Next-Action': serverActionId(ACTION_FILE, 'changePasswordAction'),
      ...headers,
      Accept: 'text/x-component',
      Origin: new URL(baseURL).origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    ...body,
    maxRedirects: 0,
  });
  return { status: response.status(), redirect: response.headers()['x-action-redirect'] ?? null, body: (await response.text()).slice(0, 300) };
}

test('the replayed action refuses without a live session, and with one changes the password (so the security replay is real)', async ({
  browser,
  baseURL,
  playwright,
}) => {
  const person = await createOrganizer(adminPage, browser, baseURL!, 'replay');
  const context = await signedInContext(browser, baseURL!, person.email, person.password);
  const cookie = `${SESSION_COOKIE}=${(await context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value}`;
  await context.close();
  const request = await playwright.request.newContext({ baseURL });
  const before = userRow(person.email);

  expect((await replayChange(request, baseURL!, person, `anon-${uid()}-password`)).status).toBe(401);
  expect(userRow(person.email)).toEqual(before);

  // Next answers a fetch action's redirect with the target in x-action-redirect.
  const live = await replayChange(request, baseURL!, person, `live-${uid()}-password`, cookie);
  expect(live.redirect, `a redirect to sign-in (HTTP ${live.status}, body starts ${JSON.stringify(live.body)})`).toMatch(
    /^\/signin\?email=[^;]*&changed=password/,
  );
  const after = userRow(person.email);
  expect(after.session_version).toBe(before.session_version + 1);
  expect(after.password_hash).not.toBe(before.password_hash);

  // The same cookie is now dead: replaying again is refused and changes nothing.
  expect((await replayChange(request, baseURL!, person, `again-${uid()}-password`, cookie)).status).toBe(401);
  expect(userRow(person.email)).toEqual(after);
  await request.dispose();
});
