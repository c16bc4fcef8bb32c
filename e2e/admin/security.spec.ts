import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SHENZHEN } from '../fixtures';
import { FormFields, actionBody } from '../support/action-replay';
import {
  ADMIN,
  SESSION_COOKIE,
  createDraftUi,
  createOrganizer,
  dbQuery,
  dbSnapshot,
  fillRequiredFields,
  signInApi,
  signInUi,
  signedInContext,
  uid,
  waitSaved,
  type Person,
} from '../support/admin';

// Replays every server action of the admin area as an attacker would (no UI,
// just the action id from the build) and checks the refusal AND that the
// database did not change. Then the route handlers, redirects, roles,
// callbackUrl, cookie attributes and the sign-in rate limit.

test.describe.configure({ mode: 'serial' });

interface ActionEntry {
  id: string;
  name: string;
  filename: string;
  /** Route of a page whose worker holds the action, e.g. /admin/recaps/[id]. */
  route: string;
}

/** The server actions defined under app/(admin)/admin/**, read from the build's manifest. */
function adminActions(): ActionEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.startsWith('app/(admin)/admin/'))
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0];
      // app/(admin)/admin/recaps/[id]/page → /admin/recaps/[id]
      const route = `/${worker
        .replace(/^app\//, '')
        .replace(/\/page$/, '')
        .split('/')
        .filter((s) => !/^\(.*\)$/.test(s))
        .join('/')}`;
      return { id, name: entry.exportedName ?? '?', filename: entry.filename!, route };
    });
}

const EXPECTED_ACTIONS = [
  'saveDraftAction',
  'previewAction',
  'publishAction',
  'scheduleAction',
  'unpublishAction',
  'deleteAction',
  'createPreviewLinkAction',
  'revokePreviewLinksAction',
  'restoreRevisionAction',
  'createRecapAction',
  'updateLiveAction',
  'discardChangesAction',
  'duplicateFileRecapAction',
  'inviteAction',
  'setActiveAction',
  'revokeInviteAction',
  'changePasswordAction',
  'setLanguageAction',
  'addTranslationAction',
  'savePersonAction',
  'mergeSpeakersAction',
  'splitSpeakerAction',
  'linkAliasAction',
];

interface World {
  /** A valid draft: publish/schedule/delete would succeed if the gate let them through. */
  draftId: number;
  draftVersion: number;
  /** A published recap, for unpublish, Update live page and Discard changes. */
  publishedId: number;
  publishedVersion: number;
  revisionId: number;
  deactivated: Person & { id: number };
  organizer: Person;
  /** Cookie values. */
  deactivatedCookie: string;
  organizerCookie: string;
  adminCookie: string;
  adminId: number;
}

let world: World;
let adminContext: BrowserContext;
let adminPage: Page;

/** A speaker page of the sample content that no registry entry holds (the speaker actions' target). */
const OPEN_SPEAKER = 'aisha-rahman';

function argsFor(name: string): unknown[] {
  const fields = {
    title: 'pwned',
    slug: `pwned-${uid()}`,
    date: '2024-01-01',
    city: 'x',
    venue: '',
    community: 'x',
    description: 'x',
    tags: 'x',
    cover: '',
    locale: 'en',
    author: 'x',
  };
  switch (name) {
    case 'saveDraftAction':
      return [world.draftId, { baseVersion: world.draftVersion, fields: { ...fields, slug: `pwned-${uid()}` }, body: 'pwned' }];
    case 'previewAction':
      return [{ fields, body: '# pwned' }];
    case 'publishAction':
    case 'createPreviewLinkAction':
    case 'revokePreviewLinksAction':
      return [world.draftId];
    case 'unpublishAction':
      return [world.publishedId];
    case 'updateLiveAction':
    case 'discardChangesAction':
      // Either would write (a new live time and catalog version, or a new working version).
      return [world.publishedId, world.publishedVersion];
    case 'scheduleAction':
      return [world.draftId, {}, { at: '2099-01-01T00:00:00', tzOffset: '0' }];
    case 'deleteAction':
      return [world.draftId, {}, { confirm: 'delete' }];
    case 'restoreRevisionAction':
      return [world.draftId, world.revisionId, {}, { baseVersion: String(world.draftVersion) }];
    case 'createRecapAction':
      return [{}, { title: 'pwned', slug: `pwned-${uid()}`, date: '2024-01-01', locale: 'en' }];
    case 'duplicateFileRecapAction':
      return [SHENZHEN, {}, { slug: `pwned-${uid()}` }];
    case 'inviteAction':
      return [{}, { email: `attacker-${uid()}@evil.example`, role: 'admin' }];
    case 'setActiveAction':
      // Reactivate the person the admin deactivated.
      return [world.deactivated.id, true];
    case 'changePasswordAction': {
      // A real form with the deactivated person's real password: let through, it would change their hash
      // (account.spec.ts shows the same replay succeeding with a live cookie).
      const password = `pwned-${uid()}-password`;
      return [{}, new FormFields({ current: world.deactivated.password, password, confirm: password })];
    }
    case 'setLanguageAction':
      // A valid choice: let through, it would write the person's users.locale (the snapshot would show it).
      return [{}, new FormFields({ locale: 'zh' })];
    case 'addTranslationAction':
      // Let through, it would create the draft's Chinese version.
      return [world.draftId, {}, new FormFields({})];
    // A sample speaker who is not in content/speakers.yml: each of these would write the registry if let through.
    case 'savePersonAction':
      return [OPEN_SPEAKER, {}, new FormFields({ en: 'Pwned', zh: '', aliases: 'Pwned Alias', homepage: '', github: '', version: '' })];
    case 'mergeSpeakersAction':
      return [OPEN_SPEAKER, {}, new FormFields({ from: 'marcus-lee' })];
    case 'splitSpeakerAction':
      return [OPEN_SPEAKER, {}, new FormFields({ newSlug: `pwned-${uid()}`, names: 'Aisha Rahman' })];
    case 'linkAliasAction':
      return [OPEN_SPEAKER, `Pwned ${uid()}`];
    default:
      return [world.draftId];
  }
}

function urlFor(action: ActionEntry): string {
  return action.route.replace('[id]', String(world.draftId)).replace('[slug]', SHENZHEN);
}

/** POSTs an action the way Next's client does for a fetch action, with optional cookies. */
async function replay(request: APIRequestContext, baseURL: string, action: ActionEntry, cookie?: string) {
  const { headers, ...body } = actionBody(argsFor(action.name));
  const response = await request.post(urlFor(action), {
    headers: {
      'Next-Action': action.id,
      ...headers,
      Accept: 'text/x-component',
      // Same origin, so Next's CSRF origin check passes and only authorization stands in the way.
      Origin: new URL(baseURL).origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    ...body,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text(), headers: response.headers() };
}

/** Signs of a successful action result in an RSC payload. */
const SUCCESS = /"ok":true|"status":"saved"|"status":"conflict"|\/invite\/|\/preview\/[A-Za-z0-9_-]{16,}|"renderMs"/;

function forgedCookies(): Record<string, string> {
  const real = world.adminCookie;
  // Flip one character in the middle of the real JWE (ciphertext), keeping it base64url.
  const i = Math.floor(real.length / 2);
  const flipped = real[i] === 'A' ? 'B' : 'A';
  const tampered = real.slice(0, i) + flipped + real.slice(i + 1);
  // A well-formed five-part JWE with random content.
  const b64 = (n: number) => crypto.randomBytes(n).toString('base64url');
  const randomJwe = [Buffer.from('{"alg":"dir","enc":"A256GCM"}').toString('base64url'), '', b64(12), b64(200), b64(16)].join('.');
  return { random: b64(48), 'random JWE': randomJwe, 'tampered real JWE': tampered };
}

async function newOrganizerCookie(browser: Browser, baseURL: string, person: Person): Promise<string> {
  const context = await signedInContext(browser, baseURL, person.email, person.password);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value;
  await context.close();
  return cookie;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const baseURL = test.info().project.use.baseURL;
  adminContext = await browser.newContext({ baseURL });
  adminPage = await adminContext.newPage();
  await signInUi(adminPage, ADMIN.email, ADMIN.password);
  const adminCookie = (await adminContext.cookies()).find((c) => c.name === SESSION_COOKIE)!.value;

  const deactivated = await createOrganizer(adminPage, browser, baseURL!, 'deactivated');
  const organizer = await createOrganizer(adminPage, browser, baseURL!, 'active');
  const deactivatedCookie = await newOrganizerCookie(browser, baseURL!, deactivated);
  const organizerCookie = await newOrganizerCookie(browser, baseURL!, organizer);

  // The admin deactivates the first one; their cookie stays cryptographically valid.
  await adminPage.goto('/admin/users');
  await adminPage.getByRole('button', { name: `Deactivate ${deactivated.name}` }).click();
  await expect(adminPage.getByRole('button', { name: `Reactivate ${deactivated.name}` })).toBeVisible();

  // A published recap (for unpublish) and a valid draft with a revision (for everything else).
  const publishedId = await createDraftUi(adminPage, `Security published ${uid()}`, `security-published-${uid()}`);
  await fillRequiredFields(adminPage, { city: 'Oslo', community: 'Oslo Devs', description: 'A recap that must stay published.', tags: 'security' });
  await waitSaved(adminPage);
  await adminPage.getByTestId('publish-panel').getByRole('button', { name: 'Publish now' }).click();
  await expect(adminPage.getByTestId('publish-panel').getByText('Published. The public page is live.')).toBeVisible();

  const draftId = await createDraftUi(adminPage, `Security draft ${uid()}`, `security-draft-${uid()}`);
  await fillRequiredFields(adminPage, { city: 'Oslo', community: 'Oslo Devs', description: 'A valid draft that must stay a draft.', tags: 'security' });
  await waitSaved(adminPage);
  // An active preview link, so that a successful revoke would change the database.
  await adminPage.getByTestId('publish-panel').getByRole('button', { name: 'Create preview link' }).click();
  await expect(adminPage.getByTestId('preview-link')).toBeVisible();

  const [draft] = dbQuery<{ version: number }>('select version from recaps where id = ?', draftId);
  const [published] = dbQuery<{ version: number }>('select version from recaps where id = ?', publishedId);
  const [revision] = dbQuery<{ id: number }>('select id from revisions where recap_id = ? order by version limit 1', draftId);
  const [deactivatedRow] = dbQuery<{ id: number; active: number }>('select id, active from users where email = ?', deactivated.email);
  const [adminRow] = dbQuery<{ id: number }>('select id from users where email = ?', ADMIN.email);
  expect(deactivatedRow.active).toBe(0);
  expect(revision, 'the draft has a revision to restore').toBeTruthy();
  world = {
    draftId,
    draftVersion: draft.version,
    publishedId,
    publishedVersion: published.version,
    revisionId: revision.id,
    deactivated: { ...deactivated, id: deactivatedRow.id },
    organizer,
    deactivatedCookie,
    organizerCookie,
    adminCookie,
    adminId: adminRow.id,
  };
});

test.afterAll(async () => {
  await adminContext?.close();
});

test('the manifest lists every admin server action, each mapped to a page', () => {
  const actions = adminActions();
  expect(actions.map((a) => a.name).sort()).toEqual([...EXPECTED_ACTIONS].sort());
  for (const a of actions) expect(a.route, a.name).toMatch(/^\/admin(\/|$)/);
});

test('the deactivated organizer’s real cookie no longer opens admin pages', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const response = await request.get('/admin', { headers: { Cookie: `${SESSION_COOKIE}=${world.deactivatedCookie}` }, maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers().location, baseURL).pathname).toBe('/signin');
  await request.dispose();
});

test('positive control: the same replay with the admin’s real cookie is accepted', async ({ playwright, baseURL }) => {
  // Proves the refusals below come from authorization, not from a malformed replay.
  const request = await playwright.request.newContext({ baseURL });
  const preview = adminActions().find((a) => a.name === 'previewAction')!;
  const result = await replay(request, baseURL!, preview, `${SESSION_COOKIE}=${world.adminCookie}`);
  expect(result.status).toBe(200);
  expect(result.body).toContain('renderMs');
  await request.dispose();
});

const ATTACKERS = ['anonymous', 'deactivated organizer', 'forged cookie: random', 'forged cookie: random JWE', 'forged cookie: tampered real JWE'] as const;

for (const attacker of ATTACKERS) {
  test(`every admin server action refuses the ${attacker} and changes nothing`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const cookie =
      attacker === 'anonymous'
        ? undefined
        : attacker === 'deactivated organizer'
          ? `${SESSION_COOKIE}=${world.deactivatedCookie}`
          : `${SESSION_COOKIE}=${forgedCookies()[attacker.replace('forged cookie: ', '')]}`;
    const outcomes: string[] = [];
    for (const action of adminActions()) {
      const before = dbSnapshot();
      const result = await replay(request, baseURL!, action, cookie);
      const after = dbSnapshot();
      outcomes.push(`${action.name} → ${result.status}`);
      expect.soft(result.status, `${action.name}: HTTP status (body starts ${JSON.stringify(result.body.slice(0, 200))})`).toBe(401);
      expect.soft(result.body, `${action.name}: no success payload`).not.toMatch(SUCCESS);
      expect.soft(after, `${action.name}: database unchanged`).toEqual(before);
    }
    console.log(`[security] ${attacker}: ${outcomes.join(', ')}`);
    await request.dispose();
  });
}

test('an active organizer gets 403 on /admin/users and on the admin-only actions', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const cookie = `${SESSION_COOKIE}=${world.organizerCookie}`;
  const page = await request.get('/admin/users', { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(page.status()).toBe(403);
  // The organizer's cookie is valid: an organizer page works.
  expect((await request.get('/admin', { headers: { Cookie: cookie }, maxRedirects: 0 })).status()).toBe(200);
  for (const action of adminActions().filter((a) => ['inviteAction', 'setActiveAction', 'revokeInviteAction'].includes(a.name))) {
    const before = dbSnapshot();
    const result = await replay(request, baseURL!, action, cookie);
    expect(result.status, action.name).toBe(403);
    expect(result.body, action.name).not.toMatch(SUCCESS);
    expect(dbSnapshot(), `${action.name}: database unchanged`).toEqual(before);
  }
  await request.dispose();
});

test('mutating route handlers refuse without credentials and store nothing', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
    'hex',
  );
  const cookies: Array<[string, string | undefined]> = [
    ['anonymous', undefined],
    ['deactivated organizer', `${SESSION_COOKIE}=${world.deactivatedCookie}`],
    ...Object.entries(forgedCookies()).map(([k, v]) => [`forged ${k}`, `${SESSION_COOKIE}=${v}`] as [string, string]),
  ];
  for (const [who, cookie] of cookies) {
    const before = dbSnapshot();
    const response = await request.post('/api/media', {
      multipart: { file: { name: 'pixel.png', mimeType: 'image/png', buffer: png } },
      headers: cookie ? { Cookie: cookie } : {},
    });
    expect(response.status(), `POST /api/media as ${who}`).toBe(401);
    expect(dbSnapshot(), `POST /api/media as ${who}: database unchanged`).toEqual(before);
    // Not a mutation, but it hands out drafts and every image: the same refusal.
    const exported = await request.get('/api/admin/export', { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 });
    expect(exported.status(), `GET /api/admin/export as ${who}`).toBe(401);
  }
  for (const authorization of [undefined, 'Bearer nope', `Bearer ${crypto.randomBytes(32).toString('base64url')}`]) {
    const response = await request.post('/api/internal/revalidate', { headers: authorization ? { authorization } : {} });
    expect(response.status(), `revalidate with ${authorization ?? 'no token'}`).toBe(403);
  }
  await request.dispose();
});

test('anonymous visits to admin pages redirect to sign-in and come back', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const pages = [
    '/admin',
    '/admin/recaps/new',
    '/admin/users',
    '/admin/account',
    '/admin/export',
    `/admin/recaps/${world.draftId}`,
    `/admin/recaps/${world.draftId}/history`,
    `/admin/files/${SHENZHEN}`,
  ];
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    const location = new URL(response.headers().location, baseURL);
    expect(location.origin, path).toBe(new URL(baseURL!).origin);
    expect(location.pathname, path).toBe('/signin');
    expect(location.searchParams.get('callbackUrl'), path).toBe(path);
  }
  await request.dispose();
});

test('callbackUrl to another site lands on this site after sign-in', async ({ browser, baseURL, playwright }) => {
  const origin = new URL(baseURL!).origin;
  // Through the form.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password, '/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal');
  expect(new URL(page.url()).origin).toBe(origin);
  expect(new URL(page.url()).pathname).toBe('/admin');
  await context.close();
  // Straight to next-auth, bypassing the form's own check.
  for (const callbackUrl of ['https://evil.example/steal', '//evil.example/steal', 'http://localhost.evil.example/']) {
    const request = await playwright.request.newContext({ baseURL });
    const response = await signInApi(request, ADMIN.email, ADMIN.password, callbackUrl);
    expect(response.status(), callbackUrl).toBe(200);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).origin, `${callbackUrl} → ${url}`).toBe(origin);
    await request.dispose();
  }
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const response = await signInApi(request, ADMIN.email, ADMIN.password);
  const setCookie = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
  const session = setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  expect(session, setCookie.join('\n')).toBeTruthy();
  expect(session!).toMatch(/;\s*HttpOnly/i);
  expect(session!).toMatch(/;\s*SameSite=Lax/i);
  expect(session!).toMatch(/;\s*Path=\//i);
  const stored = (await request.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)!;
  expect(stored.httpOnly).toBe(true);
  expect(stored.sameSite).toBe('Lax');
  await request.dispose();
});

test('sign-in is rate limited: the 6th attempt after 5 failures gets 429 with Retry-After', async ({ browser, baseURL, playwright }) => {
  // A dedicated real account, so that even its correct password is refused once limited.
  const person = await createOrganizer(adminPage, browser, baseURL!, 'ratelimited');
  const request = await playwright.request.newContext({ baseURL });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const response = await signInApi(request, person.email, `wrong-password-${attempt}`);
    expect(response.status(), `attempt ${attempt}`).not.toBe(429);
    expect(
      (await request.storageState()).cookies.map((c) => c.name),
      `attempt ${attempt}`,
    ).not.toContain(SESSION_COOKIE);
  }
  const sixth = await signInApi(request, person.email, person.password);
  expect(sixth.status()).toBe(429);
  const retryAfter = Number(sixth.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect((await request.storageState()).cookies.map((c) => c.name)).not.toContain(SESSION_COOKIE);
  // Another email from the same address is not affected.
  const other = await signInApi(request, ADMIN.email, ADMIN.password);
  expect(other.status()).toBe(200);
  await request.dispose();
});
