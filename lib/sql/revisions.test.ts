import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { copyRevisionToWorking, writeWorkingCopy } from './recap-save';
import { insertDraft, getRecapById } from './recaps';
import { listRevisions } from './revisions';
import { createUser } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(dialects)('revisions keep every acknowledged text ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const setup = async () => {
    const ann = await createUser(t.db, { email: 'ann@example.org', name: 'Ann', role: 'admin', now: T0 });
    const recap = await insertDraft(t.db, { slug: 'meetup-1', frontMatter: { title: 'T' }, body: 'original', actorId: ann.id, now: T0 });
    const save = (baseVersion: number, body: string, ms: number, startedFrom?: number | null) =>
      writeWorkingCopy(t.db, { id: recap.id, baseVersion, startedFrom, frontMatter: { title: 'T' }, body, actorId: ann.id, now: at(ms) });
    const bodies = async () => (await listRevisions(t.db, recap.id)).map((r) => [r.version, r.body]);
    return { ann, recap, save, bodies };
  };

  test('two tabs, one person: "Keep mine" keeps the other tab\'s saved text restorable', async () => {
    const { recap, save, bodies } = await setup();
    // Tab A and tab B both open version 1. Tab A saves (acknowledged as saved).
    expect(await save(1, 'tab A text', 5_000)).toMatchObject({ ok: true, version: 2 });
    // Tab B's autosave, based on version 1, is refused as a conflict.
    expect(await save(1, 'tab B text', 10_000)).toMatchObject({ ok: false });
    // "Keep mine" in tab B: based on version 2, but edited from version 1.
    expect(await save(2, 'tab B text', 12_000, 1)).toMatchObject({ ok: true, version: 3 });
    expect((await getRecapById(t.db, recap.id))?.body).toBe('tab B text');
    expect(await bodies()).toEqual([
      [3, 'tab B text'],
      [2, 'tab A text'],
    ]);
    // Tab B keeps typing: that continues its own revision.
    expect(await save(3, 'tab B text, more', 20_000)).toMatchObject({ ok: true, version: 4 });
    expect(await bodies()).toEqual([
      [4, 'tab B text, more'],
      [2, 'tab A text'],
    ]);
  });

  test('a save that continues the latest revision still folds into it', async () => {
    const { save, bodies } = await setup();
    await save(1, 'a', 1_000);
    await save(2, 'ab', 2_000, 2);
    expect(await bodies()).toEqual([[3, 'ab']]);
  });

  test('a restore is a new revision, never folded into the text it replaces', async () => {
    const { ann, recap, save, bodies } = await setup();
    await save(1, 'first edit', 70_000); // a new revision (the original is over 60 s old)
    const original = (await listRevisions(t.db, recap.id)).find((r) => r.body === 'original');
    expect(await copyRevisionToWorking(t.db, recap.id, original!.id, 2, ann.id, at(75_000))).toMatchObject({ ok: true, version: 3 });
    expect(await bodies()).toEqual([
      [3, 'original'],
      [2, 'first edit'],
      [1, 'original'],
    ]);
  });
});
