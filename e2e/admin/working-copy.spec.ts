import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, bodyText, createDraftUi, dbQuery, fillRequiredFields, pollUntil, signInUi, typeAtEnd, uid, waitSaved } from '../support/admin';

// The working copy: once a recap is live, what the organizer types (and
// autosaves) stays theirs until they choose Update live page, which applies
// it only if it passes the publish gate. Visitors never see a half-typed or
// broken text, and a broken scheduled recap stays scheduled, saying why.

const BROKEN = (id: string) => `\n<Talk title="Unclosed ${id}" speakers="Ann Example (Engineer, Example Co)">\n\nBroken text ${id}.\n`;

async function publicPage(anon: APIRequestContext, slug: string) {
  const response = await anon.get(`/recaps/${slug}`, { maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

async function replaceBody(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

test('a live recap changes only on Update live page, and only to a text that passes the gate', async ({ browser, baseURL, playwright }) => {
  test.setTimeout(150_000);
  const id = uid();
  const slug = `working-copy-${id}`;
  const anon = await playwright.request.newContext({ baseURL });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  const recapId = await createDraftUi(page, `Working copy ${id}`, slug);
  await fillRequiredFields(page, { city: 'Lyon', community: 'Lyon Dev', description: 'Edits stay private until applied.', tags: 'web' });
  const live = `Live text ${id}.`;
  await typeAtEnd(page, `\n${live}\n`);
  await waitSaved(page);
  const good = await bodyText(page);

  // Publish.
  const panel = page.getByTestId('publish-panel');
  const outcome = panel.getByTestId('publish-outcome');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(outcome).toHaveText('Published. The public page is live.');
  await expect(panel.getByTestId('recap-status')).toContainText(/^Published(?! —)/);
  await expect.poll(async () => (await publicPage(anon, slug)).text.includes(live), { timeout: 5_000 }).toBe(true);

  // An MDX error, autosaved and then some: visitors still get 200 and the old text.
  await typeAtEnd(page, BROKEN(id));
  await waitSaved(page);
  await expect(panel.getByTestId('recap-status')).toContainText('Published — unpublished changes');
  await page.waitForTimeout(3_000);
  for (let i = 0; i < 3; i++) {
    const r = await publicPage(anon, slug);
    expect(r.status, 'the live page is still up').toBe(200);
    expect(r.text).toContain(live);
    expect(r.text).not.toContain(`Broken text ${id}`);
  }
  // The diff against the live page shows the new lines.
  await panel.getByRole('button', { name: 'Show changes against the live page' }).click();
  await expect(panel.getByTestId('live-diff')).toContainText(`Broken text ${id}.`);

  // Update live page is refused, naming the problem at line and column; nothing public changes.
  await panel.getByRole('button', { name: 'Update live page' }).click();
  await expect(outcome).toContainText('The live page was not changed.');
  await expect(outcome.getByRole('listitem').first()).toHaveText(/^line \d+, column \d+: /);
  expect((await publicPage(anon, slug)).text).not.toContain(`Broken text ${id}`);

  // Fixed and updated: the new text is public within one second.
  const fixed = `Fixed text ${id}.`;
  await replaceBody(page, `${good}\n${fixed}\n`);
  await waitSaved(page);
  await panel.getByRole('button', { name: 'Update live page' }).click();
  await expect(outcome).toHaveText('Updated. The public page now shows this text.');
  const updated = Date.now();
  await pollUntil(async () => (await publicPage(anon, slug)).text.includes(fixed), 5_000, 25);
  expect(Date.now() - updated, 'the update is public within one second').toBeLessThan(1000);
  await expect(panel.getByTestId('recap-status')).toContainText(/^Published(?! —)/);

  // A preview link shows the working copy, which the public page does not.
  const draftOnly = `Working copy only ${id}.`;
  await typeAtEnd(page, `\n${draftOnly}\n`);
  await waitSaved(page);
  await panel.getByRole('button', { name: 'Create preview link' }).click();
  const link = await page.getByTestId('preview-link').inputValue();
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  expect((await visitorPage.goto(link))?.status()).toBe(200);
  await expect(visitorPage.getByText(draftOnly)).toBeVisible();
  expect((await publicPage(anon, slug)).text).not.toContain(draftOnly);
  await visitor.close();

  // Discard changes (asks first) puts the live text back into the editor.
  await panel.getByRole('button', { name: 'Discard changes' }).click();
  await panel.getByRole('button', { name: 'Yes, discard changes' }).click();
  await expect(outcome).toHaveText('Changes discarded. The editor shows the live text again.');
  await expect.poll(() => bodyText(page)).toBe(`${good}\n${fixed}\n`);
  await expect(panel.getByTestId('recap-status')).toContainText(/^Published(?! —)/);
  const [row] = dbQuery<{ body: string; live_body: string }>('select body, live_body from recaps where id = ?', recapId);
  expect(row.body).toBe(row.live_body);
  // The editor continues from the discarded-to version: the next save is no conflict.
  await typeAtEnd(page, '\nAfter discard.\n');
  await waitSaved(page);

  // History marks the live revision.
  await page.goto(`/admin/recaps/${recapId}/history`);
  await expect(page.getByTestId('live-revision')).toHaveCount(1);

  await context.close();
  await anon.dispose();
});

test('a scheduled recap whose text broke stays scheduled at its time, and the admin says why', async ({ browser, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const id = uid();
  const slug = `scheduled-broken-${id}`;
  const title = `Scheduled broken ${id}`;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  const recapId = await createDraftUi(page, title, slug);
  await fillRequiredFields(page, { city: 'Oslo', community: 'Oslo JS', description: 'Broken before its time.', tags: 'js' });
  await waitSaved(page);

  const due = Math.ceil((Date.now() + 8_000) / 1000) * 1000;
  const local = await page.evaluate((ms) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, due);
  const panel = page.getByTestId('publish-panel');
  await panel.getByLabel('Publish at (your local time)').fill(local);
  await panel.getByRole('button', { name: 'Schedule' }).click();
  await expect(panel.getByTestId('recap-status')).toContainText('Scheduled');

  // Broken after scheduling, then the time passes.
  await typeAtEnd(page, BROKEN(id));
  await waitSaved(page);
  await page.waitForTimeout(Math.max(0, due - Date.now()) + 3_000);

  const anon = await playwright.request.newContext({ baseURL });
  expect((await publicPage(anon, slug)).status, 'not published').toBe(404);
  expect(dbQuery<{ status: string }>('select status from recaps where id = ?', recapId)[0].status).toBe('scheduled');
  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  const listed = page.getByTestId('admin-recap-row').filter({ hasText: title });
  await expect(listed).toContainText('Scheduled');
  await expect(listed.getByTestId('recap-problem')).toContainText(/Not published at the scheduled time\. Fix these first: line \d+, column \d+: /);
  await page.goto(`/admin/recaps/${recapId}`);
  await expect(page.getByTestId('publish-problem')).toContainText('Not published at the scheduled time');

  await context.close();
  await anon.dispose();
});
