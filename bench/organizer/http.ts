/**
 * HTTP helpers for the organizer benches: next-auth credentials sign-in, and
 * replaying server actions the way Next's client calls them (POST to the page
 * with a `Next-Action` id from the build's server-reference-manifest.json,
 * bound arguments first, JSON body), as e2e/admin/security.spec.ts does.
 */
import fs from 'node:fs';
import path from 'node:path';

export class CookieJar {
  private cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export const SESSION_COOKIE = 'next-auth.session-token';

/** Signs in through next-auth's endpoints (CSRF token, credentials callback); returns the cookie jar. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/admin`, json: 'true' }),
    redirect: 'manual',
  });
  jar.take(res);
  await res.arrayBuffer();
  if (!jar.has(SESSION_COOKIE)) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}, no session cookie`);
  return jar;
}

export interface ActionIds {
  [exportedName: string]: string;
}

/** Server action ids by exported name, for actions defined in files under `fileDir` (e.g. app/(admin)/admin/recaps/[id]/). */
export function actionIds(distDir: string, fileDir: string): ActionIds {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const ids: ActionIds = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename?.startsWith(fileDir) && entry.exportedName) ids[entry.exportedName] = id;
  }
  return ids;
}

export interface ActionResponse {
  status: number;
  body: string;
  ms: number;
}

/** POSTs a server action to `pagePath` with `args` (bound arguments first). */
export async function callAction(baseUrl: string, pagePath: string, actionId: string, args: unknown[], jar: CookieJar): Promise<ActionResponse> {
  const t0 = performance.now();
  const res = await fetch(baseUrl + pagePath, {
    method: 'POST',
    headers: {
      'next-action': actionId,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: new URL(baseUrl).origin,
      cookie: jar.header(),
    },
    body: JSON.stringify(args),
    redirect: 'manual',
  });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t0 };
}

/** Asserts an action answered 200 and its RSC payload matches `ok`. */
export function expectAction(name: string, r: ActionResponse, ok: RegExp): void {
  if (r.status !== 200 || !ok.test(r.body)) throw new Error(`${name}: HTTP ${r.status}, unexpected payload: ${r.body.slice(0, 400)}`);
}
