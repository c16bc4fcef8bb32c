import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { SHENZHEN } from '../fixtures';
import {
  ADMIN,
  SESSION_COOKIE,
  bodyText,
  createDraftUi,
  createOrganizer,
  dbQuery,
  fillRequiredFields,
  signInApi,
  signInUi,
  signedInContext,
  typeAtEnd,
  uid,
  waitSaved,
  type Person,
} from '../support/admin';

// Issue 9 as an attacker sends it: raw requests with spoofed forwarding
// headers, padded and repeated emails, a captured cookie replayed after
// sign-out, malformed escapes, replayed server actions with wrong arguments,
// and oversized or malformed bodies. Every answer is a 4xx or a message,
// never a 500 or a stack trace.

test.describe.configure({ mode: 'serial' });

let adminContext: BrowserContext;
let adminPage: Page;

test.beforeAll(async ({ browser }) => {
  const baseURL = test.info().project.use.baseURL;
  adminContext = await browser.newContext({ baseURL });
  adminPage = await adminContext.newPage();
  await signInUi(adminPage, ADMIN.email, ADMIN.password);
});

test.afterAll(async () => {
  await adminContext?.close();
});

/** A fresh request context: its own cookie jar, no session. */
async function anonymous(playwright: { request: { newContext(o: { baseURL?: string }): Promise<APIRequestContext> } }, baseURL: string) {
  return playwright.request.newContext({ baseURL });
}

/** Posts the credentials callback as a raw form, with whatever headers and body an attacker picks. */
async function rawSignIn(
  request: APIRequestContext,
  body: string,
  headers: Record<string, string> = {},
  type = 'application/x-www-form-urlencoded',
  path = '/api/auth/callback/credentials',
) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return request.post(path, {
    headers: { 'Content-Type': type, ...headers },
    data: body.replace('CSRF', encodeURIComponent(csrfToken)),
    maxRedirects: 0,
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams({ csrfToken: 'CSRF', json: 'true', ...fields }).toString();

function expectNoStack(body: string) {
  expect(body).not.toMatch(/\bat [\w.<>]+ \(|node_modules|Error: /);
}

test.describe('sign-in rate limit', () => {
  let person: Person;
  test.beforeAll(async ({ browser, baseURL }) => {
    person = await createOrganizer(adminPage, browser, baseURL!, 'spoofer');
  });

  test('rotating X-Forwarded-For, X-Real-IP and Forwarded does not reset the limit', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const spoof = {
        'X-Forwarded-For': `203.0.113.${i}, 198.51.100.${i}`,
        'X-Real-IP': `192.0.2.${i}`,
        Forwarded: `for=192.0.2.${i}`,
        'CF-Connecting-IP': `192.0.2.${i}`,
      };
      const response = await rawSignIn(request, form({ email: person.email, password: `wrong-${i}` }), spoof);
      statuses.push(response.status());
    }
    expect(statuses.slice(0, 5)).not.toContain(429);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Even the right password, from yet another "address", is refused now.
    const right = await rawSignIn(request, form({ email: person.email, password: person.password }), { 'X-Forwarded-For': '10.10.10.10' });
    expect(right.status()).toBe(429);
    expect(Number(right.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await request.storageState()).cookies.map((c) => c.name)).not.toContain(SESSION_COOKIE);
    await request.dispose();
  });

  test('extra path segments after the credentials callback are counted like the callback itself', async ({ browser, playwright, baseURL }) => {
    // next-auth routes on the first two segments, so /callback/credentials/x reaches the password check too.
    const target = await createOrganizer(adminPage, browser, baseURL!, 'segments');
    const request = await anonymous(playwright, baseURL!);
    const paths = [
      '/api/auth/callback/credentials/x',
      '/api/auth/callback/credentials/x/y',
      '/api/auth/callback/credentials/credentials',
      '/api/auth/callback/credentials/signin',
      '/api/auth/callback/credentials/1/2/3',
    ];
    for (const [i, path] of paths.entries()) {
      const response = await rawSignIn(request, form({ email: target.email, password: `wrong-${i}` }), {}, undefined, path);
      expect(response.status(), path).not.toBe(429);
    }
    const right = await rawSignIn(request, form({ email: target.email, password: target.password }), {}, undefined, '/api/auth/callback/credentials/z');
    expect(right.status()).toBe(429);
    await request.dispose();
  });

  test('malformed and repeated forwarding headers change nothing either', async ({ browser, playwright, baseURL }) => {
    const target = await createOrganizer(adminPage, browser, baseURL!, 'malformed');
    const request = await anonymous(playwright, baseURL!);
    const junk = ['', ',,,', 'unknown', '999.999.999.999', '<script>', `${'1.1.1.1, '.repeat(500)}2.2.2.2`, '::ffff:zz', '[::1]:99999'];
    for (let i = 0; i < 5; i++) {
      const response = await rawSignIn(request, form({ email: target.email, password: `wrong-${i}` }), {
        'X-Forwarded-For': junk[i],
        'X-Real-IP': junk[i + 1],
      });
      expect(response.status(), `attempt ${i + 1}`).toBe(401);
    }
    const sixth = await rawSignIn(request, form({ email: target.email, password: target.password }), { 'X-Forwarded-For': junk[7] });
    expect(sixth.status()).toBe(429);
    await request.dispose();
  });

  test('a padded, re-cased or full-width email counts against the same account, and an over-long one is refused', async ({ browser, playwright, baseURL }) => {
    const target = await createOrganizer(adminPage, browser, baseURL!, 'padded');
    const request = await anonymous(playwright, baseURL!);
    const [local, domain] = target.email.split('@');
    const fullWidth = [...local].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
    const spellings = [target.email.toUpperCase(), `   ${target.email}\t`, `${fullWidth}@${domain}`, `\u00a0${target.email}\u3000`, target.email];
    for (const [i, email] of spellings.entries()) {
      const response = await rawSignIn(request, form({ email, password: `wrong-${i}` }));
      expect(response.status(), JSON.stringify(email)).toBe(401);
    }
    // All five were one key: the right password is now refused under any spelling.
    expect((await rawSignIn(request, form({ email: `  ${target.email.toUpperCase()}  `, password: target.password }))).status()).toBe(429);
    // Past 320 characters (after trimming) is refused at once, never cut to a key of its own.
    const long = await rawSignIn(request, form({ email: `${'a'.repeat(320)}${target.email}`, password: 'x' }));
    expect(long.status()).toBe(400);
    expect(((await long.json()) as { error: string }).error).toMatch(/320 characters/);
    await request.dispose();
  });

  test('the email field sent twice, or as JSON, is never checked under a different key', async ({ browser, playwright, baseURL }) => {
    const target = await createOrganizer(adminPage, browser, baseURL!, 'twice');
    const request = await anonymous(playwright, baseURL!);
    const twice = await rawSignIn(request, `csrfToken=CSRF&json=true&email=nobody%40example.com&email=${encodeURIComponent(target.email)}&password=x`);
    expect(twice.status()).toBe(400);
    for (let i = 0; i < 5; i++) {
      const json = await rawSignIn(
        request,
        JSON.stringify({ csrfToken: 'CSRF', json: 'true', email: target.email, password: `wrong-${i}` }),
        {},
        'application/json',
      );
      expect(json.status(), `JSON attempt ${i + 1}`).toBe(401);
    }
    const refused = await rawSignIn(request, form({ email: target.email, password: target.password }));
    expect(refused.status()).toBe(429);
    expect((await rawSignIn(request, '{"email":["x"],"password":"y"}', {}, 'application/json')).status()).toBe(400);
    expect((await rawSignIn(request, 'email=a', {}, 'text/plain')).status()).toBe(415);
    await request.dispose();
  });
});

test('a captured session cookie stops working once its owner signs out', async ({ browser, playwright, baseURL }) => {
  const person = await createOrganizer(adminPage, browser, baseURL!, 'signout');
  const context = await signedInContext(browser, baseURL!, person.email, person.password);
  const captured = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value;
  const thief = await anonymous(playwright, baseURL!);
  const asThief = () => thief.get('/admin', { headers: { Cookie: `${SESSION_COOKIE}=${captured}` }, maxRedirects: 0 });
  expect((await asThief()).status()).toBe(200);

  // The owner signs out, as the sign-out button does (next-auth's CSRF-checked POST).
  const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const out = await context.request.post('/api/auth/signout', { form: { csrfToken, json: 'true' }, maxRedirects: 0 });
  expect(out.status()).toBeLessThan(400);

  const after = await asThief();
  expect(after.status()).toBe(307);
  expect(after.headers().location).toMatch(/\/signin\?callbackUrl=/);
  const session = await thief.get('/api/auth/session', { headers: { Cookie: `${SESSION_COOKIE}=${captured}` } });
  expect((await session.json()) as object).not.toHaveProperty('user');
  // Signing in again works, with a new cookie.
  expect((await signInApi(context.request, person.email, person.password)).status()).toBe(200);
  await thief.dispose();
  await context.close();
});

test('an open editor whose session was ended elsewhere asks to sign in, and the text typed since is offered back', async ({ browser, baseURL }) => {
  const person = await createOrganizer(adminPage, browser, baseURL!, 'editor-signout');
  const context = await signedInContext(browser, baseURL!, person.email, person.password);
  const page = await context.newPage();
  const recapId = await createDraftUi(page, `Signed out ${uid()}`, `signed-out-${uid()}`);
  // Signing out on another device ends this session too (one session version per account).
  const other = await browser.newContext({ baseURL });
  expect((await signInApi(other.request, person.email, person.password)).status()).toBe(200);
  const { csrfToken } = (await (await other.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await other.request.post('/api/auth/signout', { form: { csrfToken, json: 'true' } });
  const typed = `Typed after the session ended ${uid()}.`;
  await typeAtEnd(page, `\n${typed}\n`);
  // The refused autosave shows the sign-in page (Next's unauthorized boundary); nothing was stored.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible({ timeout: 15_000 });
  expect(dbQuery<{ body: string }>('select body from recaps where id = ?', recapId)[0].body).not.toContain(typed);
  // Signed in again, the editor offers the text back from this browser.
  expect((await signInApi(context.request, person.email, person.password)).status()).toBe(200);
  await page.goto(`/admin/recaps/${recapId}`);
  await page.getByTestId('restore-banner').getByRole('button', { name: 'Restore unsaved text from this browser' }).click();
  await expect.poll(() => bodyText(page)).toContain(typed);
  await other.close();
  await context.close();
});

test.describe('bad input answers 4xx, never 500', () => {
  test('malformed percent-escapes in every dynamic segment are a normal 404', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const segments = ['%25', '%E4%B8', '%E4%B8%', '%C0%AF', '%ZZ', 'a%E4'];
    for (const base of ['/recaps', '/speakers', '/tags']) {
      for (const segment of segments) {
        const response = await request.get(`${base}/${segment}`, { maxRedirects: 0 });
        const body = await response.text();
        expect([400, 404], `${base}/${segment}`).toContain(response.status());
        expectNoStack(body);
      }
    }
    for (const segment of segments) {
      const card = await request.get(`/recaps/${segment}/opengraph-image`, { maxRedirects: 0 });
      expect([400, 404], `card ${segment}`).toContain(card.status());
    }
    // The 404 is the site's page, with its way back.
    const page = await request.get('/recaps/%E4%B8');
    expect(await page.text()).toMatch(/<html/i);
    await request.dispose();
  });

  test('GET on the credentials callback is 405, and /_next/image refuses a page', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const callback = await request.get('/api/auth/callback/credentials', { maxRedirects: 0 });
    expect(callback.status()).toBe(405);
    expect(callback.headers().allow).toBe('POST');
    for (const url of ['/recaps', '/admin', '/api/health', `/recaps/${SHENZHEN}`, 'http://127.0.0.1:1/x.png']) {
      const image = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
      expect(image.status(), url).toBe(400);
      expectNoStack(await image.text());
    }
    await request.dispose();
  });

  test('the social card is cached like the page, without a fetch per request', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const first = await request.get(`/recaps/${SHENZHEN}/opengraph-image`);
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    const second = await request.get(`/recaps/${SHENZHEN}/opengraph-image`);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
    expect(Buffer.compare(await first.body(), await second.body())).toBe(0);
    await request.dispose();
  });
});

test("a recap's social card is cached while it is published and gone at once after unpublish", async ({ playwright, baseURL }) => {
  const slug = `card-${uid()}`;
  await createDraftUi(adminPage, `Card night 北京 🎉 ${uid()}`, slug);
  await fillRequiredFields(adminPage, { city: 'Oslo', community: 'Oslo Devs', description: 'A recap with a card.', tags: 'cards' });
  await waitSaved(adminPage);
  const panel = adminPage.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(panel.getByText('Published. The public page is live.')).toBeVisible();

  const request = await anonymous(playwright, baseURL!);
  const card = () => request.get(`/recaps/${slug}/opengraph-image`);
  const first = await card();
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('image/png');
  expect((await card()).headers()['x-nextjs-cache']).toBe('HIT');

  await panel.getByRole('button', { name: 'Unpublish' }).click();
  // Unpublishing asks first.
  await panel.getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(panel.getByText(/Unpublished\./)).toBeVisible();
  expect((await card()).status()).toBe(404);
  await request.dispose();
});

interface ActionEntry {
  id: string;
  name: string;
}

function actionId(name: string, file: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, e]) => e.exportedName === name && e.filename === file);
  if (!found) throw new Error(`no server action ${name} in ${file}`);
  return found[0];
}

test.describe('replayed server actions with hostile arguments', () => {
  let draftId: number;
  let cookie: string;
  const editorFile = 'app/(admin)/admin/recaps/[id]/actions.ts';
  const statusFile = 'app/(admin)/admin/recaps/[id]/status-actions.ts';

  test.beforeAll(async () => {
    draftId = await createDraftUi(adminPage, `Hardening ${uid()}`, `hardening-${uid()}`);
    await waitSaved(adminPage).catch(() => undefined);
    cookie = (await adminContext.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  });

  async function replay(request: APIRequestContext, baseURL: string, action: ActionEntry, body: string, type = 'text/plain;charset=UTF-8') {
    const response = await request.post(`/admin/recaps/${draftId}`, {
      headers: { 'Next-Action': action.id, 'Content-Type': type, Accept: 'text/x-component', Origin: new URL(baseURL).origin, Cookie: cookie },
      data: body,
      maxRedirects: 0,
      timeout: 30_000,
    });
    return { status: response.status(), body: await response.text() };
  }

  test('schedule: impossible dates, absurd offsets, no form, wrong bound types → field messages', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const schedule = { id: actionId('scheduleAction', statusFile), name: 'scheduleAction' };
    const cases: Array<[unknown[], RegExp]> = [
      [[draftId, {}, { at: '2099-02-30T10:00', tzOffset: '0' }], /choose a date and time|does not exist/i],
      [[draftId, {}], /choose a date and time/i],
      [[draftId], /choose a date and time/i],
      [[{ toString: 1 }, {}, null], /no longer exists/],
      [['1e999', {}, null], /no longer exists/],
      [[[draftId], 'x', 42], /no longer exists|choose a date/i],
    ];
    for (const [args, message] of cases) {
      const result = await replay(request, baseURL!, schedule, JSON.stringify(args));
      expect(result.status, JSON.stringify(args)).toBe(200);
      expect(result.body, JSON.stringify(args)).toMatch(message);
    }
    expect(dbQuery<{ status: string }>('select status from recaps where id = ?', draftId)[0].status).toBe('draft');
    await request.dispose();
  });

  test('a malformed action body is a 4xx, not a 500', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const save = { id: actionId('saveDraftAction', editorFile), name: 'saveDraftAction' };
    for (const body of ['{{{not json', '[', '[1,'.repeat(1000)]) {
      const result = await replay(request, baseURL!, save, body);
      expect(result.status, body.slice(0, 20)).toBe(400);
      expectNoStack(result.body);
    }
    // Also on a public page, which the proxy otherwise skips.
    const onPublic = await request.post(`/recaps/${SHENZHEN}`, {
      headers: { 'Next-Action': save.id, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: '{{{',
      maxRedirects: 0,
    });
    expect(onPublic.status()).toBeLessThan(500);
    // Over the action body limit: 413 with a sentence, not Next's 500.
    const huge = await replay(request, baseURL!, save, JSON.stringify([draftId, { body: 'x'.repeat(5 * 1024 * 1024) }]));
    expect(huge.status).toBe(413);
    expect(huge.body).toMatch(/over the 4 MB limit/);
    await request.dispose();
  });

  test('the body limit is in bytes: a Chinese draft over it gets the reason, a large escaped draft still saves', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const save = { id: actionId('saveDraftAction', editorFile), name: 'saveDraftAction' };
    const [{ version }] = dbQuery<{ version: number }>('select version from recaps where id = ?', draftId);
    const fields = {
      title: 'Big',
      slug: dbQuery<{ slug: string }>('select slug from recaps where id = ?', draftId)[0].slug,
      date: '2024-05-18',
      city: '',
      venue: '',
      community: '',
      description: '',
      tags: '',
      cover: '',
      locale: 'en',
      author: '',
    };
    // 180,000 characters: under a 512,000-character limit, over 500 KB in UTF-8.
    const chinese = await replay(request, baseURL!, save, JSON.stringify([draftId, { baseVersion: version, fields, body: '中'.repeat(180_000) }]));
    expect(chinese.status).toBe(200);
    expect(chinese.body).toMatch(/over the 500 KB limit \(measured in UTF-8 bytes/);
    // 340 KB of text whose encoding is over 1 MB (Next's default action limit;
    // a control character is 6 bytes as JSON): saved.
    const body = 'x\u0001'.repeat(170_000);
    const encoded = JSON.stringify([draftId, { baseVersion: version, fields, body }]);
    expect(Buffer.byteLength(encoded)).toBeGreaterThan(1024 * 1024);
    const escaped = await replay(request, baseURL!, save, encoded);
    expect(escaped.status).toBe(200);
    expect(escaped.body).toMatch(/"status":"saved"/);
    await request.dispose();
  });

  test('a cover like /\\evil.example is refused at the field', async ({ playwright, baseURL }) => {
    const request = await anonymous(playwright, baseURL!);
    const save = { id: actionId('saveDraftAction', editorFile), name: 'saveDraftAction' };
    const [{ version, slug }] = dbQuery<{ version: number; slug: string }>('select version, slug from recaps where id = ?', draftId);
    const fields = {
      title: 'Cover',
      slug,
      date: '2024-05-18',
      city: 'Oslo',
      venue: '',
      community: 'Oslo Devs',
      description: 'x',
      tags: 'x',
      cover: '/\\evil.example/x.png',
      locale: 'en',
      author: 'A',
    };
    const result = await replay(request, baseURL!, save, JSON.stringify([draftId, { baseVersion: version, fields, body: 'Hi' }]));
    expect(result.body).toMatch(/"cover":"cover: must be a site-relative path/);
    await request.dispose();
  });
});
