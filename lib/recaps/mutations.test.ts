import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Cache invalidation belongs to Next's request context; here we only record it.
const revalidated: string[] = [];
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => revalidated.push(`tag:${tag}`),
  revalidatePath: (p: string) => revalidated.push(`path:${p}`),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutations-'));
process.env.SQLITE_PATH = path.join(dir, 'test.db');
delete process.env.DATABASE_URL;

const { db } = await import('@/lib/db/ready');
const { createUser } = await import('@/lib/store/users');
const m = await import('./mutations');
const { EMPTY_FIELDS } = await import('./editor-fields');
const { getRecap } = await import('./queries');
import type { User } from '@/lib/store/types';

const VALID_BODY = '<Talk title="Opening" speakers="Ada Lovelace (Engineer, Analytical Engines)">\n\nHello.\n\n</Talk>\n';
const fields = (slug: string) => ({ ...EMPTY_FIELDS, title: 'A meetup', slug, date: '2024-05-01', city: 'Shenzhen', community: 'Community', description: 'What happened.', tags: 'cloud-native', locale: 'en', author: 'Organizer' });

let organizer: User;
let inactive: User;

beforeAll(async () => {
  const database = await db();
  organizer = await createUser(database, { email: 'org@example.com', name: 'Org', role: 'organizer', now: new Date() });
  inactive = { ...(await createUser(database, { email: 'gone@example.com', name: 'Gone', role: 'organizer', now: new Date() })), active: false };
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('recap mutations', () => {
  it('refuse an inactive user even if the action layer let them through', async () => {
    await expect(m.createRecapDraft(inactive, fields('inactive-try'), VALID_BODY)).rejects.toBeInstanceOf(m.NotAllowedError);
  });

  it('refuse invalid and file-managed slugs', async () => {
    await expect(m.createRecapDraft(organizer, fields('Bad Slug'), '')).rejects.toMatchObject({ fieldErrors: { slug: expect.stringMatching(/lowercase/) } });
    await expect(m.createRecapDraft(organizer, fields('shenzhen-cloud-native-meetup-2023'), '')).rejects.toMatchObject({ fieldErrors: { slug: expect.stringMatching(/git-managed/) } });
  });

  it('save an invalid draft but refuse to publish it, naming line and column', async () => {
    const draft = await m.createRecapDraft(organizer, fields('broken-draft'), 'ok');
    const saved = await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: fields('broken-draft'), body: 'line one\n\n<Talk title={x} speakers="a">\n' });
    expect(saved.kind === 'saved' && saved.result.ok).toBe(true);
    expect(saved.kind === 'saved' && saved.diagnostics[0]).toMatchObject({ line: 3 });
    await expect(m.publishRecap(organizer, draft.id)).rejects.toBeInstanceOf(m.RecapInputError);
  });

  it('publish makes the recap public and expires the cache; unpublish hides it again', async () => {
    const draft = await m.createRecapDraft(organizer, fields('public-soon'), VALID_BODY);
    revalidated.length = 0;
    await m.publishRecap(organizer, draft.id);
    expect(revalidated).toContain('tag:recaps');
    expect(revalidated).toContain('path:/sitemap.xml');
    const shown = await getRecap('public-soon');
    expect(shown?.talks.map((t) => t.title)).toEqual(['Opening']);
    expect(shown?.source).toBe('db');
    await m.unpublishRecap(organizer, draft.id);
    // React's cache() is per request; a new import of the query sees the database directly.
    const { listPublished } = await import('@/lib/store/recaps');
    expect((await listPublished(await db())).some((r) => r.slug === 'public-soon')).toBe(false);
  });

  it('keep published slugs stable and refuse deleting a published recap', async () => {
    const draft = await m.createRecapDraft(organizer, fields('stable-slug'), VALID_BODY);
    await m.publishRecap(organizer, draft.id);
    const saved = await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields: fields('renamed-slug'), body: VALID_BODY });
    expect(saved.kind === 'saved' && saved.fieldErrors.slug).toMatch(/cannot change/);
    await expect(m.deleteRecapDraft(organizer, draft.id)).rejects.toThrow(/Cannot delete/);
  });
});
