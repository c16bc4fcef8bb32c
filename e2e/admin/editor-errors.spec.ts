import AxeBuilder from '@axe-core/playwright';
import crypto from 'node:crypto';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, bodyText, createDraftUi, fillRequiredFields, signInUi, uid, waitSaved } from '../support/admin';

// The editor when things go wrong, and the small things a first-time
// organizer trips over: errors in plain words, a preview that never goes
// blank or overlaps itself, images with alt text, upload buttons that are buttons.

const talk = (n: number) =>
  `<Talk title="Talk number ${n}" speakers="Speaker ${n} (Engineer, Example Co)">\n\n${'A long paragraph about what was said, so that the preview scrolls. '.repeat(12)}\n\n</Talk>`;
const BODY = `Intro paragraph.\n\n${[1, 2, 3, 4, 5].map(talk).join('\n\n')}\n`;

async function replaceBody(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

async function draftWithTalks(page: Page, label: string): Promise<number> {
  await signInUi(page, ADMIN.email, ADMIN.password);
  const id = uid();
  const recapId = await createDraftUi(page, `Editor ${label} ${id}`, `editor-${label}-${id}`);
  await replaceBody(page, BODY);
  await expect(page.getByTestId('preview').locator('section.talk h2')).toHaveCount(5, { timeout: 10_000 });
  return recapId;
}

/** A PNG with random pixels, so that every run uploads new bytes. */
const randomPng = (width: number, height: number) =>
  sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();

test('a body with errors keeps the last good preview, out of date with the count, and the catalog message', async ({ page }) => {
  await draftWithTalks(page, 'stale');
  const preview = page.getByTestId('preview');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nDoors open at {date TBD}.\n');
  const diagnostics = page.getByTestId('diagnostics');
  const lines = (await bodyText(page)).split('\n');
  const line = lines.findIndex((l) => l.includes('{date TBD}')) + 1;
  await expect(diagnostics.getByRole('button')).toHaveText(
    [`Line ${line}, column 15: Curly braces \`{…}\` are not allowed in a recap: remove them, or write \`\\{\` to show a brace.`],
    { timeout: 10_000 },
  );
  // The last good render stays, marked as out of date.
  await expect(preview.getByTestId('preview-stale')).toHaveText(/^Out of date: the body has 1 problem\./);
  await expect(preview.getByTestId('preview-content')).toHaveAttribute('data-stale', 'true');
  await expect(preview.locator('section.talk h2')).toHaveCount(5);
  await expect(preview).not.toContainText('The body cannot be rendered yet');

  await page.keyboard.press('Control+z');
  await expect(preview.getByTestId('preview-stale')).toHaveText('', { timeout: 10_000 });
  await expect(preview.getByTestId('preview-content')).not.toHaveAttribute('data-stale');
  await expect(diagnostics.getByRole('button')).toHaveCount(0);
});

test('the Talks contents never overlap the preview content while the editor scrolls', async ({ page }) => {
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    if (width === 1280) await draftWithTalks(page, 'toc');
    const preview = page.getByTestId('preview');
    const nav = preview.locator('nav#contents');
    await expect(nav).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 250) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const boxes = await preview.evaluate((root) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        const navBox = box(root.querySelector('nav#contents')!);
        // Everything the preview shows besides the contents: header, facts, every block of the body.
        const others = [...root.querySelectorAll('article > header, section.talk h2, section.talk .speaker-list, section.talk p, article .prose > p')].map(box);
        return { navBox, others };
      });
      for (const other of boxes.others) {
        const overlaps =
          boxes.navBox.x < other.x + other.width &&
          other.x < boxes.navBox.x + boxes.navBox.width &&
          boxes.navBox.y < other.y + other.height &&
          other.y < boxes.navBox.y + boxes.navBox.height;
        expect(overlaps, `width ${width}, scrolled to ${y}: contents ${JSON.stringify(boxes.navBox)} overlap ${JSON.stringify(other)}`).toBe(false);
      }
    }
  }
});

test('speaker links in the preview are never prefetched', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/speakers/')) requests.push(r.url());
  });
  await draftWithTalks(page, 'prefetch');
  const preview = page.getByTestId('preview');
  await expect(preview.locator('a.speaker-card')).toHaveCount(5);
  // Bring every card into view, where Next would prefetch a link.
  for (const card of await preview.locator('a.speaker-card').all()) await card.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  expect(requests).toEqual([]);
});

test('Insert image is a button; it asks for alt text and a caption and inserts after the paragraph', async ({ page }) => {
  await draftWithTalks(page, 'image');
  await replaceBody(page, 'First paragraph, which must stay whole.\n\nSecond paragraph.\n');
  // The cursor in the middle of the first paragraph.
  await page.locator('.cm-line', { hasText: 'First paragraph' }).click({ position: { x: 40, y: 5 } });
  const insert = page.getByRole('button', { name: 'Insert image' });
  // Keyboard: focus the button and press Enter; the file picker opens.
  await insert.focus();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles({ name: 'room.png', mimeType: 'image/png', buffer: await randomPng(80, 40) });

  const form = page.getByRole('form', { name: 'Describe the image' });
  await expect(form).toBeVisible({ timeout: 10_000 });
  await expect(form.getByLabel('Alt text', { exact: true })).toBeFocused();
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(form.getByRole('alert')).toHaveText('Describe the image for people who cannot see it, or mark it as decorative.');
  await expect(form.getByLabel('Alt text', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Alt text', { exact: true }).fill('The room, full, during the "keynote"');
  await form.getByLabel('Caption (optional)').fill('Hall 2');
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(form).toHaveCount(0);

  const text = await bodyText(page);
  expect(text).toMatch(
    /^First paragraph, which must stay whole\.\n\n<Figure src="\/media\/[0-9a-f]{64}\.png" alt="The room, full, during the &quot;keynote&quot;" width="80" height="40" caption="Hall 2" \/>\n\nSecond paragraph\.\n?$/,
  );
  const image = page.getByTestId('preview').getByRole('img', { name: 'The room, full, during the "keynote"' });
  await expect(image).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('diagnostics').getByRole('button')).toHaveCount(0);
  await waitSaved(page);
});

test('an empty alt is reported at the Figure until the image is marked decorative', async ({ page }) => {
  await draftWithTalks(page, 'alt');
  await fillRequiredFields(page, { city: 'Lisbon', community: 'Lisbon Cloud Native', description: 'Alt text checks.', tags: 'accessibility' });
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n<Figure src="/covers/beijing-kubernetes-day-2022.svg" alt="" />\n');
  const diagnostics = page.getByTestId('diagnostics');
  await expect(diagnostics.getByRole('button')).toHaveText([/: `alt` on `<Figure>` is empty: describe the picture/], { timeout: 10_000 });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.insertText('decorative ');
  await expect(diagnostics.getByRole('button')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('preview').locator('figure img[alt=""]')).toHaveCount(1);
});

test('Upload cover image works from the keyboard and shows the cover as the cards crop it', async ({ page }) => {
  await draftWithTalks(page, 'cover');
  const upload = page.getByRole('button', { name: 'Upload cover image' });
  await upload.focus();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  // A square image: the frame, not the image, decides the shape.
  await chooser.setFiles({ name: 'cover.png', mimeType: 'image/png', buffer: await randomPng(300, 300) });
  await expect(page.getByLabel('Cover image', { exact: true })).toHaveValue(/^\/media\/[0-9a-f]{64}\.png$/, { timeout: 10_000 });
  const cover = page.getByTestId('cover-preview').locator('img');
  await expect(cover).toBeVisible();
  const box = (await cover.boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(40 / 21, 1);
  // Pointer works too, and opens the same picker.
  const [again] = await Promise.all([page.waitForEvent('filechooser'), upload.click()]);
  expect(again.isMultiple()).toBe(false);
  await again.setFiles([]);
});

test('the preview link page is laid out exactly like the public page', async ({ page, browser, baseURL }) => {
  await draftWithTalks(page, 'same');
  await fillRequiredFields(page, { city: 'Lisbon', community: 'Lisbon Cloud Native', description: 'The same page twice.', tags: 'observability, databases' });
  await page.getByLabel('Venue').fill('Hall 2');
  await waitSaved(page);
  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Create preview link' }).click();
  const link = await page.getByTestId('preview-link').inputValue();
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(panel.getByText(/Published/).first()).toBeVisible();
  const slug = await page.getByLabel('Slug').inputValue();

  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  const article = async (path: string) => {
    await visitorPage.goto(path);
    // The public page adds its footer (author, neighbours) below the shared article; the rest must be identical.
    return visitorPage
      .locator('main article')
      .first()
      .evaluate((e) => {
        const copy = e.cloneNode(true) as Element;
        copy.querySelector(':scope > footer')?.remove();
        return copy.outerHTML;
      });
  };
  const published = await article(`/recaps/${slug}`);
  const previewed = await article(link);
  expect(published).toContain('id="event"');
  expect(published).toContain('aria-label="Tags"');
  expect(previewed).toBe(published);
  await visitor.close();
});

test('axe: the editor with an out-of-date preview and the image form open has no serious or critical violation', async ({ page }) => {
  await draftWithTalks(page, 'axe');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n<Talks title="x" speakers="y">\n');
  await expect(page.getByTestId('preview').getByTestId('preview-stale')).toHaveText(/^Out of date/, { timeout: 10_000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Insert image' }).click()]);
  await chooser.setFiles({ name: 'axe.png', mimeType: 'image/png', buffer: await randomPng(40, 40) });
  await expect(page.getByRole('form', { name: 'Describe the image' })).toBeVisible({ timeout: 10_000 });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
