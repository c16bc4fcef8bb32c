import { expect, test } from '@playwright/test';
import { ADMIN, createDraftUi, fillRequiredFields, signInUi, uid, waitSaved } from '../support/admin';

// Scheduled publishing: the organizer picks a time in their own time zone; the
// server's scheduler publishes on time with nobody signed in, and the public
// page appears within a few seconds.

test('a draft scheduled ~20 s ahead goes live on time with nobody signed in', async ({ browser, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const id = uid();
  const slug = `scheduled-${id}`;
  // A time zone far from the server's, so "local time" has to be converted correctly.
  const admin = await browser.newContext({ baseURL, timezoneId: 'America/Los_Angeles' });
  const page = await admin.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  await createDraftUi(page, `Scheduled ${id}`, slug);
  await fillRequiredFields(page, { city: 'Kyoto', community: 'Kyoto Go', description: 'Published by the scheduler.', tags: 'go' });
  await waitSaved(page);

  // 20 s ahead, whole seconds, written as the browser's local wall-clock time.
  const due = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
  const local = await page.evaluate((ms) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, due);
  const panel = page.getByTestId('publish-panel');
  await panel.getByLabel('Publish at (your local time)').fill(local);
  await panel.getByRole('button', { name: 'Schedule' }).click();
  await expect(panel.getByText(`Scheduled for ${new Date(due).toUTCString()}.`)).toBeVisible();
  await expect(panel.getByTestId('recap-status')).toContainText('Scheduled');
  await admin.close();

  const anon = await playwright.request.newContext({ baseURL });
  const status = async () => (await anon.get(`/recaps/${slug}`, { maxRedirects: 0 })).status();
  expect(await status(), 'before the time').toBe(404);
  // Poll; until the time it must stay 404, after it must appear within ~3 s.
  let seenAt = 0;
  while (Date.now() < due + 10_000) {
    const s = await status();
    const now = Date.now();
    if (s === 200) {
      seenAt = now;
      break;
    }
    expect(s, `status at ${now - due} ms from the scheduled time`).toBe(404);
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(seenAt, 'the recap went live').toBeGreaterThan(0);
  const late = seenAt - due;
  console.log(`[schedule] live ${late} ms after the scheduled time`);
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(3_000);
  // It is listed too (the scheduler revalidated the listing, not just the page).
  await expect.poll(async () => (await (await anon.get('/recaps')).text()).includes(`/recaps/${slug}"`), { timeout: 3_000 }).toBe(true);
  await anon.dispose();
});
