import { beforeEach, describe, expect, it, vi } from 'vitest';

// getAdminLocale over a stubbed request: the session's user and the Accept-Language header.
const request = vi.hoisted(() => ({ user: null as { locale: 'en' | 'zh' | null } | null, acceptLanguage: null as string | null }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(request.acceptLanguage ? { 'accept-language': request.acceptLanguage } : {}) }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => request.user }));

const { getAdminLocale } = await import('./admin-locale');

describe('getAdminLocale', () => {
  beforeEach(() => {
    request.user = null;
    request.acceptLanguage = null;
  });

  it("takes the person's setting over their browser", async () => {
    request.user = { locale: 'zh' };
    request.acceptLanguage = 'en-US,en;q=0.9';
    expect(await getAdminLocale()).toBe('zh');
  });

  it('follows the browser when the person has no setting, or nobody is signed in', async () => {
    request.user = { locale: null };
    request.acceptLanguage = 'fr-FR, zh-Hans-CN;q=0.8, en;q=0.5';
    expect(await getAdminLocale()).toBe('zh');
    request.user = null;
    request.acceptLanguage = 'zh-TW';
    expect(await getAdminLocale()).toBe('zh');
  });

  it('falls back to DEFAULT_LOCALE', async () => {
    request.acceptLanguage = 'de-DE';
    expect(await getAdminLocale()).toBe('en');
  });
});
