import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The editor's actions (lib/recaps/mutations.ts) keep the index in step, on
// the app's own database handle (SQLite here; search.test.ts covers both dialects).

vi.mock('next/cache', () => ({
  revalidatePath: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-hooks-'));
process.env.SQLITE_PATH = path.join(dir, 'test.db');
delete process.env.DATABASE_URL;

const { db } = await import('@/lib/db/ready');
const { closeDb } = await import('@/lib/db/connection');
const { createUser } = await import('@/lib/sql/users');
const m = await import('@/lib/recaps/mutations');
const { EMPTY_FIELDS } = await import('@/lib/recaps/editor-fields');
const { search } = await import('./queries');
const { publicDb } = await import('@/lib/recaps/read-model-sync');
import type { User } from '@/lib/sql/types';

const body = (word: string) => `<Talk title="On ${word}" speakers="Grace Quill (Engineer, Pondworks)">\n\nAll about ${word}.\n\n</Talk>\n`;
const fields = { ...EMPTY_FIELDS, title: 'Salamander evening', slug: 'salamander-evening', date: '2024-05-01', city: 'Wuhan', community: 'Wuhan Devs', description: 'Amphibians.', tags: 'testing', locale: 'en', author: 'Organizer' };
const slugsFor = async (q: string) => {
  const result = await search(q);
  if (!result.ok) throw new Error(result.message);
  return result.hits.map((h) => h.href);
};

let organizer: User;
beforeAll(async () => {
  organizer = await createUser(await db(), { email: 'org@example.com', name: 'Org', role: 'organizer', now: new Date() });
  // Bodies compile in background workers; starting them (every one of the pool,
  // as the server does at start, instrumentation.ts) is not part of "within a second".
  await (await import('@/lib/mdx/budget')).warmCompilePool();
}, 60_000);
afterAll(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('search index hooks', () => {
  it('indexes the file recaps when they are loaded into the read model, at start or on the first search', async () => {
    await publicDb();
    expect(await slugsFor('hwameistor')).toContain('/recaps/shenzhen-cloud-native-meetup-2023#cloud-native-storage-in-practice-hwameistor');
  });

  it('follows publish, updates of the live page and unpublish, each within a second; working-copy saves are not searchable', async () => {
    const draft = await m.createRecapDraft(organizer, fields, body('axolotls'));
    expect(await slugsFor('axolotls')).toEqual([]);

    let t = performance.now();
    await m.publishRecap(organizer, draft.id);
    expect(await slugsFor('axolotls')).toEqual(['/recaps/salamander-evening#on-axolotls']);
    expect(performance.now() - t).toBeLessThan(1000);

    await m.saveRecapDraft(organizer, draft.id, { baseVersion: 1, fields, body: body('newts') });
    expect(await slugsFor('newts')).toEqual([]);
    t = performance.now();
    await m.updateLivePage(organizer, draft.id, 2);
    expect(await slugsFor('axolotls')).toEqual([]);
    expect(await slugsFor('newts')).toEqual(['/recaps/salamander-evening#on-newts']);
    expect(performance.now() - t).toBeLessThan(1000);

    t = performance.now();
    await m.unpublishRecap(organizer, draft.id);
    expect(await slugsFor('newts')).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
