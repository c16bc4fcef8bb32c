import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@/lib/db/test-support';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { User } from '@/lib/sql/types';
import { createUser, getUserById } from '@/lib/sql/users';

// The action over a temp SQLite database, with only the session cookie stubbed: the real
// guard runs (e2e/admin/security.spec.ts replays it for real).
const state = vi.hoisted(() => {
  // What next.config.js's experimental.authInterrupts sets for the server, so unauthorized() works.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  return { db: undefined as unknown, user: null as unknown, locale: 'en' as 'en' | 'zh' };
});
vi.mock('@/lib/db/ready', () => ({ db: async () => state.db }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
// The admin locale reads the request's headers; here it is what each test says.
vi.mock('@/lib/i18n/admin-locale', () => ({ getAdminLocale: async () => state.locale }));

const { changePasswordAction, setLanguageAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** The URL a server action redirected to (Next throws an error whose digest carries it). */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest ?? '').toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(';')[2];
}

describe('changePasswordAction', () => {
  const t = useTestDatabase('sqlite', false);
  let user: User;
  beforeEach(async () => {
    state.db = t.db;
    state.locale = 'en';

    user = await createUser(t.db, {
      email: 'org@example.com',
      name: 'Org',
      role: 'organizer',
      passwordHash: await hashPassword('the-old-password'),
      now: new Date(),
    });
    state.user = user;
  });

  it('authorizes before reading anything', async () => {
    state.user = null;
    await expect(changePasswordAction({}, form({ current: 'the-old-password', password: 'a-new-password', confirm: 'a-new-password' }))).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;401',
    });
    expect((await getUserById(t.db, user.id))!.passwordHash).toBe(user.passwordHash);
  });

  it('answers bad input with sentences at the fields and never echoes a password', async () => {
    const short = await changePasswordAction({}, form({ current: '', password: 'short', confirm: 'other' }));
    expect(short.fieldErrors).toEqual({
      current: 'Enter your current password.',
      password: 'Use at least 10 characters.',
      confirm: 'The two passwords do not match.',
    });
    const mismatch = await changePasswordAction({}, form({ current: 'the-old-password', password: 'a-new-password', confirm: 'another-password' }));
    expect(mismatch.fieldErrors).toEqual({ confirm: 'The two passwords do not match.' });
    const same = await changePasswordAction({}, form({ current: 'the-old-password', password: 'the-old-password', confirm: 'the-old-password' }));
    expect(same.fieldErrors).toEqual({ password: 'Choose a new password that differs from your current one.' });
    const wrong = await changePasswordAction({}, form({ current: 'not-the-password', password: 'a-new-password', confirm: 'a-new-password' }));
    expect(wrong.fieldErrors).toEqual({ current: 'That is not your current password.' });
    for (const result of [short, mismatch, same, wrong]) expect(result.values).toEqual({ current: '', password: '', confirm: '' });
    // Called directly with no form at all (a replayed action): field errors, not a 500.
    const empty = await changePasswordAction({}, undefined as unknown as FormData);
    expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(['confirm', 'current', 'password']);
    for (const message of Object.values(empty.fieldErrors ?? {})) expect(message).toMatch(/^[A-Z].*\.$/);
    expect((await getUserById(t.db, user.id))!.passwordHash).toBe(user.passwordHash);
  });

  it('changes the password and sends the person to sign-in with their email and a sentence', async () => {
    const to = new URL(
      await redirectOf(changePasswordAction({}, form({ current: 'the-old-password', password: 'a-new-password', confirm: 'a-new-password' }))),
      'http://x',
    );
    expect(to.pathname).toBe('/signin');
    expect(to.searchParams.get('email')).toBe('org@example.com');
    expect(to.searchParams.get('changed')).toBe('password');
    const after = (await getUserById(t.db, user.id))!;
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword('a-new-password', after.passwordHash)).toBe(true);
  });
});

describe('changePasswordAction in Chinese', () => {
  const t = useTestDatabase('sqlite', false);
  beforeEach(async () => {
    state.db = t.db;
    state.locale = 'zh';
    state.user = await createUser(t.db, {
      email: 'zh@example.com',
      name: 'Zh',
      role: 'organizer',
      passwordHash: await hashPassword('the-old-password'),
      now: new Date(),
    });
  });

  it('answers in the admin locale', async () => {
    const short = await changePasswordAction({}, form({ current: '', password: 'short', confirm: 'other' }));
    expect(short.fieldErrors).toEqual({ current: '请输入当前密码。', password: '至少需要 10 个字符。', confirm: '两次输入的密码不一致。' });
  });
});

describe('setLanguageAction', () => {
  const t = useTestDatabase('sqlite', false);
  let user: User;
  beforeEach(async () => {
    state.db = t.db;
    state.locale = 'en';
    user = await createUser(t.db, { email: 'lang@example.com', name: 'Lang', role: 'organizer', passwordHash: null, now: new Date() });
    state.user = user;
  });

  it('authorizes before reading anything', async () => {
    state.user = null;
    await expect(setLanguageAction({}, form({ locale: 'zh' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;401' });
    expect((await getUserById(t.db, user.id))!.locale).toBeNull();
  });

  it('stores a language, or none to follow the browser, and says where to reload', async () => {
    expect(await setLanguageAction({}, form({ locale: 'zh' }))).toEqual({ ok: true, result: '/admin/account?saved=language' });
    expect((await getUserById(t.db, user.id))!.locale).toBe('zh');
    await setLanguageAction({}, form({ locale: 'en' }));
    expect((await getUserById(t.db, user.id))!.locale).toBe('en');
    await setLanguageAction({}, form({ locale: '' }));
    expect((await getUserById(t.db, user.id))!.locale).toBeNull();
  });

  it('refuses an unknown language with a sentence at the field, in the admin locale', async () => {
    await setLanguageAction({}, form({ locale: 'zh' }));
    for (const locale of ['fr', 'zh-TW', 'ZH', ' en']) {
      expect((await setLanguageAction({}, form({ locale }))).fieldErrors).toEqual({ locale: 'Choose a language from the list.' });
    }
    state.locale = 'zh';
    expect((await setLanguageAction({}, form({ locale: 'klingon' }))).fieldErrors).toEqual({ locale: '请从列表中选择一种语言。' });
    // A replayed call with no form at all: "" would mean "follow the browser", so nothing is not "".
    expect((await getUserById(t.db, user.id))!.locale).toBe('zh');
  });
});
