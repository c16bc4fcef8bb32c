import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { watchConsole } from '../fixtures';
import {
  ADMIN,
  acceptInvite,
  bodyText,
  createDraftUi,
  createInvite,
  dbQuery,
  editorReady,
  fillRequiredFields,
  pollUntil,
  signInUi,
  typeAtEnd,
  uid,
  waitSaved,
} from '../support/admin';

// The issue's journey, end to end in Chromium: the admin invites an organizer,
// who writes a recap with three talks through the talks panel, survives an MDX
// syntax error (the draft is kept), publishes, checks every public surface
// within a second and a half, and unpublishes.

const id = uid();
const SLUG = `journey-meetup-${id}`;
const TITLE = `Journey Meetup ${id}`;
// Yesterday (UTC): the newest event, so it is on the first page of /recaps.
const EVENT_DATE = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const TALKS = [
  {
    title: `Tracing at scale ${id}`,
    speaker: 'Ilse Marchetti',
    role: 'SRE',
    affiliation: 'Acme Cloud',
    summary: 'Sampling **without** losing the rare slow request.',
  },
  {
    title: `Edge caching in practice ${id}`,
    speaker: 'Tomasz Wren',
    role: 'Staff Engineer',
    affiliation: 'Fastlane',
    summary: 'How stale-while-revalidate behaves under load.',
  },
  {
    title: `Postgres upgrades with zero downtime ${id}`,
    speaker: 'Aiko Brandt',
    role: 'DBA',
    affiliation: 'Numbat',
    summary: 'Logical replication as an upgrade path.',
  },
];
const SPEAKER_SLUG = 'tomasz-wren';

test.describe.configure({ mode: 'serial' });

/** Adds one talk through the talks panel's form (never by typing MDX). */
async function addTalk(page: Page, talk: (typeof TALKS)[number]) {
  const panel = page.getByTestId('talks-panel');
  const before = await panel.getByTestId('talk-item').count();
  await panel.getByRole('button', { name: 'Add talk' }).click();
  await panel.getByLabel('Talk title').fill(talk.title);
  await panel.getByLabel('Speaker name').fill(talk.speaker);
  await panel.getByLabel('Role', { exact: true }).fill(talk.role);
  await panel.getByLabel('Affiliation').fill(talk.affiliation);
  await panel.getByLabel('Summary').fill(talk.summary);
  await panel.getByRole('button', { name: 'Save talk' }).click();
  await expect(panel.getByTestId('talk-item')).toHaveCount(before + 1);
}

/** GET as nobody (the request context has no cookies). */
async function anonymous(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0, headers: { 'cache-control': 'no-cache' } });
  return { status: response.status(), text: await response.text() };
}

test('admin invites an organizer, who writes, fixes, publishes and unpublishes a recap with three talks', async ({ browser, baseURL, playwright }) => {
  test.setTimeout(180_000);
  const anon = await playwright.request.newContext({ baseURL });

  // 1. The admin signs in and invites an organizer.
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  await signInUi(adminPage, ADMIN.email, ADMIN.password);
  await expect(adminPage).toHaveURL(/\/admin$/);
  const organizer = { email: `journey-${id}@example.com`, name: `Mira Journey ${id}`, password: `journey-pw-${id}` };
  const link = await createInvite(adminPage, organizer.email);
  await adminContext.close();

  // 2. The organizer, in a browser of their own, accepts the invite and signs in.
  const orgContext = await browser.newContext({ baseURL });
  const page = await orgContext.newPage();
  const problems = watchConsole(page);
  await acceptInvite(page, link, organizer.name, organizer.password);
  await expect(page.getByLabel('Email')).toHaveValue(organizer.email);
  await page.getByLabel('Password').fill(organizer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin$/);
  await expect(page.getByText(`${organizer.name} (organizer)`)).toBeVisible();

  // 3. A draft with three talks, added through the talks panel, and the required fields.
  const recapId = await createDraftUi(page, TITLE, SLUG, EVENT_DATE);
  const panel = page.getByTestId('talks-panel');
  // The new draft starts with a sample talk: remove it through the panel.
  await expect(panel.getByTestId('talk-item')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Remove' }).click();
  await panel.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(panel.getByTestId('talk-item')).toHaveCount(0);
  for (const talk of TALKS) await addTalk(page, talk);
  await fillRequiredFields(page, {
    city: 'Lisbon',
    community: 'Lisbon Cloud Native',
    description: 'Three talks about running systems in production.',
    tags: 'observability, databases',
  });
  await waitSaved(page);

  // 4. The live preview shows the three talks.
  const preview = page.getByTestId('preview');
  await expect(preview.locator('section.talk h2')).toHaveText(
    TALKS.map((t) => t.title),
    { timeout: 10_000 },
  );
  await expect(preview).toContainText('Tomasz Wren');

  // 5. An MDX syntax error: the diagnostics show its line and column; the draft is still saved.
  const good = await bodyText(page);
  const broken = '\n\n<Talk title="Unfinished" speakers="Nobody Yet">\n\nNo closing tag.';
  await typeAtEnd(page, broken);
  await waitSaved(page);
  const stored = dbQuery<{ body: string }>('select body from recaps where id = ?', recapId)[0].body;
  expect(stored).toContain('No closing tag.');
  // 1-based line of the unclosed `<Talk …>` in the saved text: where the parser points.
  const brokenLine = stored.slice(0, stored.indexOf('<Talk title="Unfinished"')).split('\n').length;
  const diagnostics = page.getByTestId('diagnostics');
  await expect(diagnostics.getByRole('button', { name: /^Line \d+, column \d+: / })).toHaveCount(1, { timeout: 10_000 });
  const message = await diagnostics.getByRole('button').first().innerText();
  const [, line, column] = /^Line (\d+), column (\d+): /.exec(message)!;
  expect(message).toContain('`<Talk>` is opened here but never closed: add `</Talk>`');
  expect(Number(line), `diagnostic "${message}" for ${JSON.stringify(stored.split('\n').slice(brokenLine - 3, brokenLine + 1))}`).toBe(brokenLine);
  expect(Number(column), `diagnostic "${message}"`).toBe(1);
  expect(stored.startsWith(good.trimEnd())).toBe(true);

  await page.reload();
  await editorReady(page);
  expect(await bodyText(page)).toContain('<Talk title="Unfinished" speakers="Nobody Yet">');
  await expect(page.getByTestId('diagnostics').getByRole('button', { name: /^Line \d+, column \d+: / })).toHaveCount(1, { timeout: 10_000 });

  // 6. Fix it (restore the valid text).
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(good);
  await expect(page.getByTestId('diagnostics')).toContainText('No problems found in the body', { timeout: 10_000 });
  await waitSaved(page);
  expect(await bodyText(page)).toBe(good);

  // 7. Publish; every public surface shows it within ~1 s.
  const publishPanel = page.getByTestId('publish-panel');
  await publishPanel.getByRole('button', { name: 'Publish now' }).click();
  await expect(publishPanel.getByText('Published. The public page is live.')).toBeVisible();
  const published = Date.now();
  const checks: Record<string, () => Promise<boolean>> = {
    recap: async () => {
      const r = await anonymous(anon, `/recaps/${SLUG}`);
      return r.status === 200 && TALKS.every((t) => r.text.includes(t.title));
    },
    list: async () => (await anonymous(anon, '/recaps')).text.includes(`/recaps/${SLUG}"`),
    speaker: async () => {
      const r = await anonymous(anon, `/speakers/${SPEAKER_SLUG}`);
      return r.status === 200 && r.text.includes(`/recaps/${SLUG}`);
    },
    sitemap: async () => (await anonymous(anon, '/sitemap/recaps-0.xml')).text.includes(`/recaps/${SLUG}<`),
    feed: async () => (await anonymous(anon, '/feed.xml')).text.includes(`/recaps/${SLUG}`),
  };
  const visibleAfter = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      await pollUntil(check, 5_000, 50).catch(() => {
        throw new Error(`${name}: not visible within 5 s of publishing`);
      });
      return [name, Date.now() - published] as const;
    }),
  );
  console.log(`[journey] visible after publish (ms): ${visibleAfter.map(([n, ms]) => `${n}=${ms}`).join(', ')}`);
  for (const [name, ms] of visibleAfter) expect(ms, `${name} visible after publish`).toBeLessThan(1500);

  // An anonymous browser sees the recap page with an h2 per talk.
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  const response = await visitorPage.goto(`/recaps/${SLUG}`);
  expect(response?.status()).toBe(200);
  await expect(visitorPage.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  for (const talk of TALKS) await expect(visitorPage.getByRole('heading', { level: 2, name: talk.title })).toBeVisible();

  // 8. Unpublish: 404 and gone from the list, the sitemap and the feed.
  await page.reload();
  await publishPanel.getByRole('button', { name: 'Unpublish' }).click();
  // Unpublishing asks first.
  await publishPanel.getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(publishPanel.getByText(/^Unpublished\./)).toBeVisible();
  const gone: Record<string, () => Promise<boolean>> = {
    recap: async () => (await anonymous(anon, `/recaps/${SLUG}`)).status === 404,
    list: async () => !(await anonymous(anon, '/recaps')).text.includes(`/recaps/${SLUG}`),
    sitemap: async () => !(await anonymous(anon, '/sitemap/recaps-0.xml')).text.includes(`/recaps/${SLUG}`),
    feed: async () => !(await anonymous(anon, '/feed.xml')).text.includes(`/recaps/${SLUG}`),
  };
  for (const [name, check] of Object.entries(gone)) {
    await pollUntil(check, 5_000, 50).catch(() => {
      throw new Error(`${name}: still shows the recap 5 s after unpublishing`);
    });
  }
  expect((await visitorPage.goto(`/recaps/${SLUG}`))?.status()).toBe(404);

  // Speaker links in the preview are never prefetched, so a draft's new speakers log no 404.
  expect(problems, 'console errors on the organizer’s pages').toEqual([]);
  await visitor.close();
  await orgContext.close();
  await anon.dispose();
});
