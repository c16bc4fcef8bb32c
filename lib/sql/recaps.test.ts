import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { InvalidTransitionError, NotFoundError, SlugTakenError } from './errors';
import { copyRevisionToWorking, writeWorkingCopy } from './recap-save';
import { deleteDraftRow, listDueScheduled, markPublished, markScheduledPublished, markScheduleRefused, markScheduled, markUnpublished } from './recap-status';
import { countRecapRows, insertDraft, getRecapById, getRecapBySlug, selectRecapRows } from './recaps';
import { getRevision, listRevisions } from './revisions';
import { createUser } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(dialects)('recaps ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const users = async () => ({
    ann: await createUser(t.db, { email: 'ann@example.org', name: 'Ann', role: 'admin', now: T0 }),
    bob: await createUser(t.db, { email: 'bob@example.org', name: 'Bob', role: 'organizer', now: T0 }),
  });
  const draft = (actorId: number, slug = 'meetup-1', title = 'Meetup #1') =>
    insertDraft(t.db, { slug, frontMatter: { title }, body: '# Hi', actorId, now: T0 });

  test('creates drafts at version 1 and rejects duplicate slugs', async () => {
    const { ann } = await users();
    const r = await draft(ann.id);
    expect(r).toMatchObject({ slug: 'meetup-1', status: 'draft', version: 1, frontMatter: { title: 'Meetup #1' } });
    expect((await getRecapBySlug(t.db, 'meetup-1'))?.id).toBe(r.id);
    expect((await getRecapById(t.db, r.id))?.body).toBe('# Hi');
    await expect(draft(ann.id)).rejects.toThrow(SlugTakenError);
    const other = await draft(ann.id, 'meetup-2');
    await expect(
      writeWorkingCopy(t.db, { id: other.id, baseVersion: 1, frontMatter: {}, body: '', slug: 'meetup-1', actorId: ann.id, now: T0 }),
    ).rejects.toThrow(SlugTakenError);
    expect(await getRecapById(t.db, other.id)).toMatchObject({ slug: 'meetup-2', version: 1 });
  });

  test('lists with status and case-insensitive title filters, naming the last editor', async () => {
    const { ann, bob } = await users();
    const a = await draft(ann.id, 'a', 'Rust Night');
    await draft(ann.id, 'b', '100% TypeScript');
    await writeWorkingCopy(t.db, { id: a.id, baseVersion: 1, frontMatter: { title: 'Rust Night' }, body: 'x', actorId: bob.id, now: at(1000) });
    await markPublished(t.db, a.id, 2, bob.id, at(2000));
    const all = await selectRecapRows(t.db);
    expect(all.map((r) => r.slug)).toEqual(['a', 'b']);
    expect(all[0].updatedBy).toEqual({ id: bob.id, name: 'Bob', email: 'bob@example.org' });
    expect((await selectRecapRows(t.db, { titleQuery: 'rUsT' })).map((r) => r.slug)).toEqual(['a']);
    expect((await selectRecapRows(t.db, { titleQuery: '100%' })).map((r) => r.slug)).toEqual(['b']);
    expect(await selectRecapRows(t.db, { titleQuery: '0%T' })).toHaveLength(0); // % is literal, not a wildcard
    expect((await selectRecapRows(t.db, { status: 'draft' })).map((r) => r.slug)).toEqual(['b']);
    expect((await selectRecapRows(t.db, { status: 'published' })).map((r) => r.slug)).toEqual(['a']);
  });

  test('pages the list with a count of the same filter, so the admin never reads every recap', async () => {
    const { ann } = await users();
    for (let i = 0; i < 7; i++) {
      const r = await draft(ann.id, `r-${i}`, i % 2 ? 'Odd night' : 'Even night');
      // Distinct edit times: the list is newest edit first.
      await writeWorkingCopy(t.db, {
        id: r.id,
        baseVersion: 1,
        frontMatter: { title: i % 2 ? 'Odd night' : 'Even night' },
        body: `${i}`,
        actorId: ann.id,
        now: at(1000 * (i + 1)),
      });
    }
    const page = (offset: number, filter = {}) => selectRecapRows(t.db, filter, { limit: 3, offset }).then((rows) => rows.map((r) => r.slug));
    expect(await page(0)).toEqual(['r-6', 'r-5', 'r-4']);
    expect(await page(3)).toEqual(['r-3', 'r-2', 'r-1']);
    expect(await page(6)).toEqual(['r-0']);
    expect(await countRecapRows(t.db)).toBe(7);
    expect(await page(0, { titleQuery: 'odd' })).toEqual(['r-5', 'r-3', 'r-1']);
    expect(await countRecapRows(t.db, { titleQuery: 'odd' })).toBe(3);
    expect(await countRecapRows(t.db, { status: 'published' })).toBe(0);
  });

  test('a save reports the status after it: a scheduled recap the scheduler published meanwhile is public', async () => {
    const { ann } = await users();
    const r = await draft(ann.id);
    await markScheduled(t.db, r.id, at(1000), ann.id, at(1));
    expect(await markScheduledPublished(t.db, r.id, 1, at(2000))).not.toBeNull();
    const { version } = (await getRecapById(t.db, r.id))!;
    // The editor still shows "scheduled"; the save must know the recap is live now.
    const saved = await writeWorkingCopy(t.db, {
      id: r.id,
      baseVersion: version,
      frontMatter: { title: 'Late fix' },
      body: 'fixed',
      actorId: ann.id,
      now: at(3000),
    });
    expect(saved).toEqual({ ok: true, version: version + 1, status: 'published' });
  });

  test('refuses a save from a stale base version and keeps both texts', async () => {
    const { ann, bob } = await users();
    const r = await draft(ann.id);
    const first = await writeWorkingCopy(t.db, { id: r.id, baseVersion: 1, frontMatter: { title: 'Ann' }, body: 'ann', actorId: ann.id, now: at(1) });
    expect(first).toEqual({ ok: true, version: 2, status: 'draft' });
    const second = await writeWorkingCopy(t.db, { id: r.id, baseVersion: 1, frontMatter: { title: 'Bob' }, body: 'bob', actorId: bob.id, now: at(2) });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict.current).toMatchObject({ version: 2, body: 'ann', frontMatter: { title: 'Ann' } });
    expect(second.conflict.attempted).toEqual({ frontMatter: { title: 'Bob' }, body: 'bob' });
    expect(await getRecapById(t.db, r.id)).toMatchObject({ version: 2, body: 'ann' });
    await expect(writeWorkingCopy(t.db, { id: 9999, baseVersion: 1, frontMatter: {}, body: '', actorId: ann.id, now: T0 })).rejects.toThrow(NotFoundError);
  });

  test('concurrent saves from one base: exactly one wins', async () => {
    const { ann, bob } = await users();
    const r = await draft(ann.id);
    // PG: a second pool, i.e. another app instance. SQLite: the same handle, as in the
    // app (one per process): better-sqlite3 is synchronous, so a second in-process
    // handle waiting on busy_timeout would block the event loop and never let the
    // first handle finish its transaction.
    const other = dialect === 'postgres' ? t.open() : t.db;
    const results = await Promise.all([
      writeWorkingCopy(t.db, { id: r.id, baseVersion: 1, frontMatter: {}, body: 'a', actorId: ann.id, now: at(1) }),
      writeWorkingCopy(other, { id: r.id, baseVersion: 1, frontMatter: {}, body: 'b', actorId: bob.id, now: at(1) }),
    ]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect((await getRecapById(t.db, r.id))?.version).toBe(2);
  });

  test('coalesces revisions by the same author within 60 s', async () => {
    const { ann, bob } = await users();
    const r = await draft(ann.id); // revision v1 at T0
    const save = (base: number, body: string, actorId: number, ms: number) =>
      writeWorkingCopy(t.db, { id: r.id, baseVersion: base, frontMatter: { title: body }, body, actorId, now: at(ms) });
    await save(1, 'v2', ann.id, 10_000); // folds into v1's revision
    await save(2, 'v3', ann.id, 59_999); // still within 60 s of that revision's creation
    let revs = await listRevisions(t.db, r.id);
    expect(revs).toHaveLength(1);
    expect(revs[0]).toMatchObject({ version: 3, body: 'v3', authorName: 'Ann', createdAt: T0.toISOString() });

    await save(3, 'v4', bob.id, 61_000); // other author → new
    await save(4, 'v5', bob.id, 62_000); // Bob again, fresh → coalesced
    await save(5, 'v6', bob.id, 122_000); // Bob, 61 s after his revision was created → new
    revs = await listRevisions(t.db, r.id);
    expect(revs.map((x) => [x.version, x.body, x.authorName])).toEqual([
      [6, 'v6', 'Bob'],
      [5, 'v5', 'Bob'],
      [3, 'v3', 'Ann'],
    ]);
  });

  test('restores a revision as a new version, with the conflict check', async () => {
    const { ann } = await users();
    const r = await draft(ann.id);
    await writeWorkingCopy(t.db, { id: r.id, baseVersion: 1, frontMatter: { title: 'New' }, body: 'new', actorId: ann.id, now: at(120_000) });
    const [, original] = await listRevisions(t.db, r.id);
    expect((await getRevision(t.db, original.id))?.body).toBe('# Hi');
    expect((await copyRevisionToWorking(t.db, r.id, original.id, 1, ann.id, at(300_000))).ok).toBe(false);
    expect(await copyRevisionToWorking(t.db, r.id, original.id, 2, ann.id, at(300_000))).toEqual({ ok: true, version: 3, status: 'draft' });
    expect(await getRecapById(t.db, r.id)).toMatchObject({ version: 3, body: '# Hi', frontMatter: { title: 'Meetup #1' } });
    expect(await listRevisions(t.db, r.id)).toHaveLength(3);
    await expect(copyRevisionToWorking(t.db, r.id + 1, original.id, 3, ann.id, T0)).rejects.toThrow(NotFoundError);
  });

  test('enforces status transitions', async () => {
    const { ann } = await users();
    const r = await draft(ann.id);
    await expect(markUnpublished(t.db, r.id)).rejects.toThrow(InvalidTransitionError);
    await expect(markScheduled(t.db, r.id, at(-1), ann.id, T0)).rejects.toThrow(InvalidTransitionError);
    expect(await markScheduled(t.db, r.id, at(3600_000), ann.id, T0)).toMatchObject({ status: 'scheduled', scheduledAt: at(3600_000).toISOString() });
    await expect(deleteDraftRow(t.db, r.id)).rejects.toThrow(InvalidTransitionError);
    expect(await markPublished(t.db, r.id, 1, ann.id, at(10))).toMatchObject({ status: 'published', publishedAt: at(10).toISOString(), scheduledAt: null });
    await expect(markPublished(t.db, r.id, 1, ann.id, at(20))).rejects.toThrow(InvalidTransitionError);
    await expect(markScheduled(t.db, r.id, at(3600_000), ann.id, at(20))).rejects.toThrow(/Cannot schedule a recap that is published/);
    await expect(deleteDraftRow(t.db, r.id)).rejects.toThrow(InvalidTransitionError);
    expect(await markUnpublished(t.db, r.id, ann.id, at(30))).toMatchObject({ status: 'draft', publishedAt: null, version: 1, live: null });
    await deleteDraftRow(t.db, r.id);
    expect(await getRecapById(t.db, r.id)).toBeNull();
    expect(await listRevisions(t.db, r.id)).toEqual([]);
    await expect(markPublished(t.db, r.id, 1, ann.id, T0)).rejects.toThrow(NotFoundError);
    await expect(deleteDraftRow(t.db, r.id)).rejects.toThrow(NotFoundError);
  });

  test('markScheduledPublished publishes each due recap exactly once across concurrent callers', async () => {
    const { ann } = await users();
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await draft(ann.id, `s${i}`);
      await markScheduled(t.db, r.id, at(i < 15 ? 1000 : 10_000_000), ann.id, T0);
      ids.push(r.id);
    }
    // PG: three pools, i.e. three app instances. SQLite: one handle, as in the app
    // (see the concurrent-saves test): publishing is a transaction (it bumps
    // the catalog version), and a second in-process handle waiting on
    // busy_timeout would block the event loop the first one needs to commit.
    const instances = dialect === 'postgres' ? [t.db, t.open(), t.open()] : [t.db];
    const tick = async (db: typeof t.db) => {
      const due = await listDueScheduled(db, at(2000));
      return (await Promise.all(due.map((r) => markScheduledPublished(db, r.id, r.version, at(2000))))).filter((r) => r !== null);
    };
    const runs = await Promise.all(instances.flatMap((db) => [tick(db), tick(db)]));
    const published = runs
      .flat()
      .map((r) => r.id)
      .sort((a, b) => a - b);
    expect(published).toEqual(ids.slice(0, 15));
    expect(await listDueScheduled(t.db, at(3000))).toEqual([]);
    expect(await selectRecapRows(t.db, { status: 'scheduled' })).toHaveLength(5);
    expect(await getRecapById(t.db, ids[0])).toMatchObject({ publishedAt: at(2000).toISOString(), live: { body: '# Hi', version: 1 } });
  });

  test('a refused scheduled recap stays scheduled and is not re-checked until its text changes', async () => {
    const { ann } = await users();
    const r = await draft(ann.id);
    await markScheduled(t.db, r.id, at(1000), ann.id, T0);
    expect(await markScheduleRefused(t.db, r.id, 1, 'broken')).toBe(true);
    expect(await markScheduleRefused(t.db, r.id, 1, 'broken')).toBe(false); // reported once
    expect(await listDueScheduled(t.db, at(2000))).toEqual([]);
    expect(await getRecapById(t.db, r.id)).toMatchObject({ status: 'scheduled', publishProblem: 'broken', publishCheckedVersion: 1 });
    // A text saved after the refusal is looked at again; so is a new schedule.
    await writeWorkingCopy(t.db, { id: r.id, baseVersion: 1, frontMatter: {}, body: 'fixed', actorId: ann.id, now: at(1) });
    expect((await listDueScheduled(t.db, at(2000))).map((x) => x.id)).toEqual([r.id]);
    // A publish of an outdated text (version 1) is refused: the gate checked another text.
    expect(await markScheduledPublished(t.db, r.id, 1, at(2000))).toBeNull();
    expect(await markScheduledPublished(t.db, r.id, 2, at(2000))).toMatchObject({
      status: 'published',
      publishProblem: null,
      live: { body: 'fixed', version: 2 },
    });
  });
});
