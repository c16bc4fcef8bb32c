import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_ORGANIZER, ALWAYS_REFUSED } from '@/lib/testing/refusals';
import type { User } from '@/lib/sql/types';

// The guards with only the session stubbed: what a page, an action and a
// route handler answer to each kind of visitor.
const state = vi.hoisted(() => {
  // What next.config.js's experimental.authInterrupts sets for the server, so unauthorized()/forbidden() work.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  return { user: null as User | null };
});
vi.mock('./session', () => ({ getCurrentUser: async () => state.user }));

const g = await import('./guards');
const admin: User = { ...ACTIVE_ORGANIZER, role: 'admin' };

/** The digest Next's redirect()/forbidden()/unauthorized() throw with, or 'passed'. */
const outcome = (run: () => Promise<unknown>) =>
  run().then(
    () => 'passed',
    (e: { digest?: string }) =>
      e.digest?.replace(/^NEXT_HTTP_ERROR_FALLBACK;/, 'http ').replace(/^NEXT_REDIRECT;replace;([^;]+);.*$/, 'redirect $1') ?? String(e),
  );
const api = async (run: () => Promise<User | Response>) => {
  const result = await run();
  return result instanceof Response ? result.status : 'passed';
};

describe('guards', () => {
  beforeEach(() => {
    state.user = null;
  });

  it('send a signed-out visitor of a page to sign-in and back, and answer 401 to actions and APIs', async () => {
    expect(await outcome(() => g.requireOrganizer('/admin/recaps/7'))).toBe('redirect /signin?callbackUrl=%2Fadmin%2Frecaps%2F7');
    expect(await outcome(() => g.requireAdmin('/admin/users'))).toBe('redirect /signin?callbackUrl=%2Fadmin%2Fusers');
    expect(await outcome(g.requireOrganizerForAction)).toBe('http 401');
    expect(await outcome(g.requireAdminForAction)).toBe('http 401');
    expect(await api(g.requireOrganizerForApi)).toBe(401);
    expect(await api(g.requireAdminForApi)).toBe(401);
  });

  it('let an organizer into organizer entry points and answer 403 at admin ones', async () => {
    state.user = ACTIVE_ORGANIZER;
    expect(await outcome(() => g.requireOrganizer('/admin'))).toBe('passed');
    expect(await outcome(g.requireOrganizerForAction)).toBe('passed');
    expect(await api(g.requireOrganizerForApi)).toBe('passed');
    expect(await outcome(() => g.requireAdmin('/admin/users'))).toBe('http 403');
    expect(await outcome(g.requireAdminForAction)).toBe('http 403');
    const refused = (await g.requireAdminForApi()) as Response;
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'You do not have permission to do this.' });
  });

  it('let an admin in everywhere', async () => {
    state.user = admin;
    for (const run of [() => g.requireAdmin('/admin/users'), g.requireAdminForAction, g.requireOrganizerForAction]) expect(await outcome(run)).toBe('passed');
    expect(await api(g.requireAdminForApi)).toBe('passed');
  });

  it('treat an inactive account as signed out and an unknown role as not allowed, everywhere', async () => {
    state.user = ALWAYS_REFUSED['an inactive admin'];
    expect(await outcome(() => g.requireAdmin('/admin/users'))).toBe('redirect /signin?callbackUrl=%2Fadmin%2Fusers');
    expect(await outcome(g.requireAdminForAction)).toBe('http 401');
    expect(await api(g.requireAdminForApi)).toBe(401);
    state.user = ALWAYS_REFUSED['an unknown role (guest)'];
    expect(await outcome(() => g.requireOrganizer('/admin'))).toBe('http 403');
    expect(await outcome(g.requireOrganizerForAction)).toBe('http 403');
    expect(await api(g.requireOrganizerForApi)).toBe(403);
  });
});
