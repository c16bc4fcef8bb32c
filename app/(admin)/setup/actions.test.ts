import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-action-'));
process.env.SQLITE_PATH = path.join(dir, 'test.db');
delete process.env.DATABASE_URL;
delete process.env.ADMIN_EMAIL;

// The admin locale reads the request's headers, which a unit test has none of.
vi.mock('@/lib/i18n/admin-locale', () => ({ getAdminLocale: async () => 'en' }));

const { setupAction } = await import('./actions');
const { needsSetup } = await import('@/lib/users/queries');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
  const digest = error?.digest ?? '';
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(';')[2];
}

describe('setupAction', () => {
  it('refuses with sentences and gives back what was typed, never the passwords', async () => {
    const state = await setupAction({}, form({ email: 'not-an-email', name: '', password: 'short', confirm: 'x' }));
    expect(state.fieldErrors).toMatchObject({
      email: 'Enter a valid email address, like name@example.com.',
      name: 'Enter your name.',
      password: 'Use at least 10 characters.',
    });
    for (const message of Object.values(state.fieldErrors ?? {})) expect(message).toMatch(/^[A-Z].*\.$/);
    expect(state.values).toEqual({ email: 'not-an-email', name: '', password: '', confirm: '' });
    expect(await needsSetup()).toBe(true);
  });

  it('creates the admin and sends them to sign-in with their email and a success message', async () => {
    const to = await redirectOf(setupAction({}, form({ email: 'First@Example.com', name: 'First', password: 'a-long-password', confirm: 'a-long-password' })));
    const url = new URL(to, 'http://x');
    expect(url.pathname).toBe('/signin');
    expect(url.searchParams.get('email')).toBe('first@example.com');
    expect(url.searchParams.get('created')).toBe('admin');
    expect(await needsSetup()).toBe(false);
  });
});
