import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { getCatalogVersion } from './catalog-version';
import { copyRevisionToWorking, writeWorkingCopy } from './recap-save';
import { copyLiveToWorking, copyWorkingToLive } from './recap-live';
import { deleteDraftRow, listDueScheduled, markPublished, markScheduledPublished, markScheduled, markUnpublished } from './recap-status';
import { insertDraft } from './recaps';
import { listRevisions } from './revisions';
import { createUser } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

// The catalog version moves with every change to what the public site shows,
// in the same transaction, and stays put otherwise (lib/recaps/recent-reads.ts
// forgets the answers it keeps for an outage exactly when it moves).
describe.each(dialects)('catalog version ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const setup = async () => {
    const ann = await createUser(t.db, { email: 'ann@example.org', name: 'Ann', role: 'admin', now: T0 });
    const draft = (slug: string) => insertDraft(t.db, { slug, frontMatter: { title: slug }, body: '# Hi', actorId: ann.id, now: T0 });
    return { ann, draft };
  };
  /** How much `change` moved the catalog version. */
  const bumps = async (change: () => Promise<unknown>) => {
    const before = await getCatalogVersion(t.db);
    await change();
    return (await getCatalogVersion(t.db)) - before;
  };

  test('drafts, saves of drafts, schedules and deletes leave it alone', async () => {
    const { ann, draft } = await setup();
    let id = 0;
    expect(await bumps(async () => (id = (await draft('a')).id))).toBe(0);
    expect(await bumps(() => writeWorkingCopy(t.db, { id, baseVersion: 1, frontMatter: { title: 'A' }, body: 'x', actorId: ann.id, now: at(1) }))).toBe(0);
    expect(await bumps(() => markScheduled(t.db, id, at(60_000), ann.id, at(2)))).toBe(0);
    expect(await listDueScheduled(t.db, at(3))).toEqual([]); // nothing due yet
    const other = await draft('b');
    expect(await bumps(() => deleteDraftRow(t.db, other.id))).toBe(0);
  });

  test('publish, unpublish and a scheduled publish move it', async () => {
    const { ann, draft } = await setup();
    const a = await draft('a');
    expect(await bumps(() => markPublished(t.db, a.id, 1, ann.id, at(1)))).toBe(1);
    expect(await bumps(() => markUnpublished(t.db, a.id, ann.id, at(2)))).toBe(1);
    await markScheduled(t.db, a.id, at(1000), ann.id, at(3));
    expect(await bumps(async () => expect(await markScheduledPublished(t.db, a.id, 1, at(2000))).not.toBeNull())).toBe(1);
    // A refused transition changes nothing.
    expect(await bumps(() => markPublished(t.db, a.id, 1, ann.id, at(3000)).catch(() => undefined))).toBe(0);
  });

  test('saving, restoring or discarding the working copy of a published recap leaves it; updating the live page moves it', async () => {
    const { ann, draft } = await setup();
    const a = await draft('a');
    await markPublished(t.db, a.id, 1, ann.id, at(1));
    expect(await bumps(() => writeWorkingCopy(t.db, { id: a.id, baseVersion: 1, frontMatter: { title: 'A2' }, body: 'y', actorId: ann.id, now: at(2) }))).toBe(0);
    const [first] = (await listRevisions(t.db, a.id)).slice(-1);
    expect(await bumps(() => copyRevisionToWorking(t.db, a.id, first.id, 2, ann.id, at(120_000)))).toBe(0);
    expect(await bumps(() => copyLiveToWorking(t.db, { id: a.id, baseVersion: 3, actorId: ann.id, now: at(130_000) }))).toBe(0);
    expect(await bumps(() => copyWorkingToLive(t.db, { id: a.id, baseVersion: 4, now: at(140_000) }))).toBe(1);
    // A refused update (stale version) changes nothing.
    expect(await bumps(() => copyWorkingToLive(t.db, { id: a.id, baseVersion: 1, now: at(150_000) }).catch(() => undefined))).toBe(0);
  });

  test('a write and its bump commit together: another handle sees both or neither', async () => {
    const { ann, draft } = await setup();
    const a = await draft('a');
    const other = dialect === 'postgres' ? t.open() : t.db;
    const version = await getCatalogVersion(other);
    await markPublished(t.db, a.id, 1, ann.id, at(1));
    expect(await getCatalogVersion(other)).toBe(version + 1);
  });
});
