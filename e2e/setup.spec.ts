import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './support/axe';

// /setup on the public server, which has no account (and must keep none:
// other public tests see the sign-in page as a first visitor would). Only
// refused submissions are sent here, so no admin is ever created.

test('/setup passes axe, and a refused setup keeps everything typed, passwords included', async ({ page }) => {
  await page.goto('/setup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create the first admin');
  await expectNoSeriousViolations(page, '/setup');

  await page.getByLabel('Email').fill('first@example.com');
  await page.getByLabel('Name').fill('First Admin');
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await page.getByLabel('Repeat password').fill('not-the-same-password');
  await page.getByRole('button', { name: 'Create admin' }).click();

  await expect(page.getByText('The two passwords do not match.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('first@example.com');
  await expect(page.getByLabel('Name')).toHaveValue('First Admin');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('a-long-enough-password');
  await expect(page.getByLabel('Repeat password')).toHaveValue('not-the-same-password');
  await expectNoSeriousViolations(page, '/setup with an error');
  // Still no account: the page still offers setup.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create the first admin');
});
