import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { InvalidTransitionError, StaleVersionError } from './errors';
import { copyLiveToWorking, getLiveSnapshot, saveLiveSnapshot, setLiveProblem, copyWorkingToLive } from './recap-live';
import { copyRevisionToWorking, writeWorkingCopy } from './recap-save';
import { markPublished, markUnpublished } from './recap-status';
import { insertDraft, getRecapById, selectRecapRows } from './recaps';
import { listRevisions } from './revisions';
import { createUser } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(dialects)('working copy and live text ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const published = async () => {
    const ann = await createUser(t.db, { email: 'ann@example.org', name: 'Ann', role: 'admin', now: T0 });
    const r = await insertDraft(t.db, { slug: 'live-1', frontMatter: { title: 'Live' }, body: 'live text', actorId: ann.id, now: T0 });
    await markPublished(t.db, r.id, 1, ann.id, at(1));
    return { ann, id: r.id };
  };
  const save = (id: number, baseVersion: number, body: string, actorId: number, ms: number) =>
    writeWorkingCopy(t.db, { id, baseVersion, frontMatter: { title: body }, body, actorId, now: at(ms) });

  test('publish copies the working copy to the live text; saves change only the working copy', async () => {
    const { ann, id } = await published();
    expect(await getRecapById(t.db, id)).toMatchObject({
      live: { body: 'live text', frontMatter: { title: 'Live' }, version: 1, updatedAt: at(1).toISOString() },
    });
    expect(await save(id, 1, 'working text', ann.id, 2)).toMatchObject({ ok: true, version: 2, status: 'published' });
    const row = await getRecapById(t.db, id);
    expect(row).toMatchObject({ body: 'working text', version: 2, live: { body: 'live text', version: 1 } });
    expect((await selectRecapRows(t.db))[0]).toMatchObject({ unpublishedChanges: true });
  });

  test('copyWorkingToLive applies exactly the version that was checked, and clears a live problem', async () => {
    const { ann, id } = await published();
    await save(id, 1, 'checked', ann.id, 2);
    await setLiveProblem(t.db, id, 1, 'rule tightened');
    await save(id, 2, 'typed after the check', ann.id, 3);
    await expect(copyWorkingToLive(t.db, { id, baseVersion: 2, now: at(4) })).rejects.toThrow(StaleVersionError);
    expect((await getRecapById(t.db, id))?.live?.body).toBe('live text');
    expect(await copyWorkingToLive(t.db, { id, baseVersion: 3, now: at(5) })).toMatchObject({
      live: { body: 'typed after the check', version: 3, updatedAt: at(5).toISOString() },
      liveProblem: null,
    });
    expect((await selectRecapRows(t.db))[0]).toMatchObject({ unpublishedChanges: false });
  });

  test('copyWorkingToLive and copyLiveToWorking refuse a recap that is not published', async () => {
    const { ann, id } = await published();
    await markUnpublished(t.db, id, ann.id, at(2));
    expect(await getRecapById(t.db, id)).toMatchObject({ status: 'draft', live: null, body: 'live text' });
    await expect(copyWorkingToLive(t.db, { id, baseVersion: 1, now: at(3) })).rejects.toThrow(InvalidTransitionError);
    await expect(copyLiveToWorking(t.db, { id, baseVersion: 1, actorId: ann.id, now: at(3) })).rejects.toThrow(InvalidTransitionError);
  });

  test('copyLiveToWorking puts the live text back as a new version; the discarded text stays in the history', async () => {
    const { ann, id } = await published();
    await save(id, 1, 'oops', ann.id, 120_000);
    expect(await copyLiveToWorking(t.db, { id, baseVersion: 1, actorId: ann.id, now: at(130_000) })).toMatchObject({ ok: false });
    expect(await copyLiveToWorking(t.db, { id, baseVersion: 2, actorId: ann.id, now: at(240_000) })).toEqual({ ok: true, version: 3, status: 'published' });
    expect(await getRecapById(t.db, id)).toMatchObject({ body: 'live text', frontMatter: { title: 'Live' }, version: 3, live: { version: 1 } });
    expect((await listRevisions(t.db, id)).map((r) => r.body)).toEqual(['live text', 'oops', 'live text']);
  });

  test('restoring a revision of a published recap restores it into the working copy only', async () => {
    const { ann, id } = await published();
    await save(id, 1, 'second', ann.id, 120_000);
    const oldest = (await listRevisions(t.db, id)).at(-1)!;
    await copyWorkingToLive(t.db, { id, baseVersion: 2, now: at(130_000) });
    expect(await copyRevisionToWorking(t.db, id, oldest.id, 2, ann.id, at(240_000))).toMatchObject({ ok: true, version: 3 });
    expect(await getRecapById(t.db, id)).toMatchObject({ body: 'live text', live: { body: 'second', version: 2 } });
  });

  test('the revision holding the live text is never folded into a later save', async () => {
    const { ann, id } = await published();
    // Saves a second apart by one author fold into one revision, except the live one.
    await save(id, 1, 'a', ann.id, 1000);
    await save(id, 2, 'b', ann.id, 2000);
    expect((await listRevisions(t.db, id)).map((r) => [r.version, r.body])).toEqual([
      [3, 'b'],
      [1, 'live text'],
    ]);
    await copyWorkingToLive(t.db, { id, baseVersion: 3, now: at(3000) });
    await save(id, 3, 'c', ann.id, 4000);
    expect((await listRevisions(t.db, id)).map((r) => [r.version, r.body])).toEqual([
      [4, 'c'],
      [3, 'b'],
      [1, 'live text'],
    ]);
  });

  test('live problems and snapshots are written only for the live version they describe', async () => {
    const { ann, id } = await published();
    await setLiveProblem(t.db, id, 7, 'for another version');
    expect((await getRecapById(t.db, id))?.liveProblem).toBeNull();
    await setLiveProblem(t.db, id, 1, 'broken');
    expect((await getRecapById(t.db, id))?.liveProblem).toBe('broken');
    await saveLiveSnapshot(t.db, id, 1, '{"title":"Live"}');
    await save(id, 1, 'next', ann.id, 2);
    await copyWorkingToLive(t.db, { id, baseVersion: 2, now: at(3) });
    await saveLiveSnapshot(t.db, id, 1, '{"title":"stale"}'); // an instance still on the old live version
    expect(await getLiveSnapshot(t.db, id)).toEqual({ json: '{"title":"Live"}', version: 1 });
    expect(await getRecapById(t.db, id)).toMatchObject({ liveProblem: null, liveSnapshotVersion: 1 });
  });
});
