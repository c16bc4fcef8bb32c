// Helpers for the organizer-side suite (e2e/admin/*.spec.ts, project `admin`).
//
// The `admin` server (playwright.config.ts) starts on an empty database in
// test-results/.e2e-admin/portal.db, with the first admin created from
// ADMIN_EMAIL / ADMIN_PASSWORD. Every admin test shares that database and runs
// one at a time (the project has one worker), so tests use unique emails and
// slugs and never assume an empty database.
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' } as const;

/** The admin server's SQLite file (see SQLITE_PATH in playwright.config.ts). */
export const DB_PATH = path.resolve('test-results/.e2e-admin/portal.db');

/** next-auth's session cookie (the site runs on http, so no __Secure- prefix). */
export const SESSION_COOKIE = 'next-auth.session-token';

let unique = 0;
/** A suffix that is unique within the run and across runs (slugs, emails). */
export function uid(): string {
  unique += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${unique}`;
}

/** Every row of every table, in a stable order; opened read-only so the test never writes. */
export function dbSnapshot(options: { ignore?: string[] } = {}): Record<string, unknown[]> {
  const sqlite = new Database(DB_PATH, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all() as Array<{
      name: string;
    }>;
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      if (options.ignore?.includes(name)) continue;
      // Sorted in JS: some tables (the search index's FTS5 shadow tables) have no rowid.
      const rows = sqlite.prepare(`select * from "${name}"`).all();
      out[name] = rows
        .map((row) => [JSON.stringify(row), row] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, row]) => row);
    }
    return out;
  } finally {
    sqlite.close();
  }
}

/** One read-only query against the admin database. */
export function dbQuery<T = Record<string, unknown>>(query: string, ...params: unknown[]): T[] {
  const sqlite = new Database(DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(query).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/**
 * Signs in through next-auth's own endpoints (CSRF token, then the credentials
 * callback), as the sign-in form does. The cookies land in `request`'s jar,
 * which is the browser context's when `request` is `context.request`.
 */
export async function signInApi(request: APIRequestContext, email: string, password: string, callbackUrl = '/admin') {
  const csrf = await request.get('/api/auth/csrf');
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl, json: 'true' },
    maxRedirects: 0,
  });
}

/** Signs in through the form and waits for the landing page. */
export async function signInUi(page: Page, email: string, password: string, from = '/signin') {
  await page.goto(from);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** A browser context signed in as the given person (through the API: fast). */
export async function signedInContext(browser: Browser, baseURL: string, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const response = await signInApi(context.request, email, password);
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  const cookies = await context.cookies();
  expect(
    cookies.map((c) => c.name),
    `session cookie of ${email}`,
  ).toContain(SESSION_COOKIE);
  return context;
}

/** As the admin on /admin/users: creates an invite and returns its link. */
export async function createInvite(adminPage: Page, email: string, role: 'organizer' | 'admin' = 'organizer'): Promise<string> {
  await adminPage.goto('/admin/users');
  const form = adminPage.locator('form', { has: adminPage.getByRole('button', { name: 'Create invite link' }) });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByRole('button', { name: 'Create invite link' }).click();
  const link = adminPage.getByTestId('invite-link');
  await expect(link).toBeVisible();
  const value = await link.inputValue();
  expect(value).toMatch(/\/invite\/[^/]+$/);
  return value;
}

/** Accepts an invite in `page` (a context of its own, signed out); ends on /signin. */
export async function acceptInvite(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/signin\?email=/);
}

export interface Person {
  email: string;
  name: string;
  password: string;
}

/** Invites and creates an organizer (through the UI); returns their credentials. */
export async function createOrganizer(adminPage: Page, browser: Browser, baseURL: string, label = 'organizer'): Promise<Person> {
  const id = uid();
  const person = { email: `${label}-${id}@example.com`, name: `Org ${label} ${id}`, password: `pw-${id}-long-enough` };
  const link = await createInvite(adminPage, person.email);
  const context = await browser.newContext({ baseURL });
  try {
    await acceptInvite(await context.newPage(), link, person.name, person.password);
  } finally {
    await context.close();
  }
  return person;
}

/** Creates a draft through /admin/recaps/new and returns its database id (the editor is open). */
export async function createDraftUi(page: Page, title: string, slug: string, date = '2024-05-18'): Promise<number> {
  await page.goto('/admin/recaps/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Event date').fill(date);
  await page.getByLabel('Slug').fill(slug);
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/recaps\/\d+$/);
  await editorReady(page);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** An event field of the editor, by its id (components/admin/editor/event-fields.tsx). */
export const eventField = (page: Page, key: string) => page.locator(`#recap-field-${key}`);

/** Creates a draft through the New recap form as an announcement (the box checked) and waits for the editor. */
export async function newAnnouncementUi(page: Page, title: string, slug: string, date: string) {
  await page.goto('/admin/recaps/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Event date').fill(date);
  await page.getByLabel('Slug').fill(slug);
  await page.getByLabel('This is an announcement (the recap is not written yet)').check();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/recaps\/\d+$/);
  await editorReady(page);
  await expect(eventField(page, 'announcement')).toBeChecked();
}

/** Waits until CodeMirror has loaded (the body is editable). */
export async function editorReady(page: Page) {
  await expect(page.locator('.cm-content')).toBeVisible({ timeout: 15_000 });
}

/** The body text as CodeMirror holds it (its lines joined with \n). */
export async function bodyText(page: Page): Promise<string> {
  return page.locator('.cm-content .cm-line').evaluateAll((lines) => lines.map((l) => l.textContent ?? '').join('\n'));
}

/** Moves the cursor to the end of the body and types (CodeMirror auto-closes nothing in this setup by default). */
export async function typeAtEnd(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

/** Waits for autosave to report the text saved ("Saved" or "Saved at …"). */
export async function waitSaved(page: Page, timeout = 15_000) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/, { timeout });
}

/** Fills the front matter fields that publishing requires. */
export async function fillRequiredFields(page: Page, fields: { city: string; community: string; description: string; tags: string; author?: string }) {
  await page.getByLabel('City').fill(fields.city);
  await page.getByLabel('Community').fill(fields.community);
  await page.getByLabel('Description').fill(fields.description);
  await page.getByLabel('Tags').fill(fields.tags);
  if (fields.author) await page.getByLabel('Author').fill(fields.author);
}

/** Polls `check` until it returns true; resolves with the elapsed time in ms, or throws after `timeout`. */
export async function pollUntil(check: () => Promise<boolean>, timeout: number, interval = 100): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
