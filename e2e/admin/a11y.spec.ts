import { expect, test, type Page } from '@playwright/test';
import { SHENZHEN } from '../fixtures';
import { expectNoSeriousViolations } from '../support/axe';
import { ADMIN, createDraftUi, createInvite, editorReady, signedInContext, typeAtEnd, uid, waitSaved } from '../support/admin';

// axe on every organizer page, signed in or not, in light and dark: no
// serious or critical violation. /setup is checked by e2e/setup.spec.ts (it
// only renders while no account exists, which is never true on this server).

let draftId = 0;
let inviteLink = '';

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  const page = await context.newPage();
  draftId = await createDraftUi(page, `Axe check ${uid()}`, `axe-check-${uid()}`);
  // A second revision, so history has a diff to show.
  await typeAtEnd(page, '\n\nA second paragraph for the history page.\n');
  await waitSaved(page);
  inviteLink = await createInvite(page, `axe-${uid()}@example.com`);
  await context.close();
});

const SIGNED_IN: Array<[string, () => string, (page: Page) => Promise<void>]> = [
  ['recap list', () => '/admin', async (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
  ['new recap', () => '/admin/recaps/new', async (page) => expect(page.getByLabel('Title')).toBeVisible()],
  ['editor', () => `/admin/recaps/${draftId}`, editorReady],
  ['history', () => `/admin/recaps/${draftId}/history`, async (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
  ['people', () => '/admin/users', async (page) => expect(page.getByTestId('invite-row').first()).toBeVisible()],
  ['git-managed file', () => `/admin/files/${SHENZHEN}`, async (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
];

const SIGNED_OUT: Array<[string, () => string, (page: Page) => Promise<void>]> = [
  ['sign-in', () => '/signin', async (page) => expect(page.getByLabel('Email')).toBeVisible()],
  ['sign-in after an accepted invite', () => '/signin?email=new%40example.com&created=account', async (page) => expect(page.getByRole('status')).toBeVisible()],
  ['invite', () => new URL(inviteLink).pathname, async (page) => expect(page.getByLabel('Your name')).toBeVisible()],
  ['dead invite', () => '/invite/this-token-does-not-exist-anywhere', async (page) => expect(page.getByText(/expired or was already used/)).toBeVisible()],
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${colorScheme})`, () => {
    for (const [name, path, ready] of SIGNED_IN) {
      test(`${name}, signed in as the admin`, async ({ browser, baseURL }) => {
        const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(path());
        await ready(page);
        await expectNoSeriousViolations(page, `${name} (${colorScheme})`);
        await context.close();
      });
    }
    for (const [name, path, ready] of SIGNED_OUT) {
      test(`${name}, signed out`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path());
        await ready(page);
        await expectNoSeriousViolations(page, `${name} (${colorScheme})`);
      });
    }
  });
}

test('forms with errors shown pass axe too', async ({ page }) => {
  await page.goto(new URL(inviteLink).pathname);
  await page.getByLabel('Your name').fill('Axe Person');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Repeat password').fill('other');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expectNoSeriousViolations(page, 'invite with errors');
});
