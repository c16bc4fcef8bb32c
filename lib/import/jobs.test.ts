import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAllowedError } from '@/lib/auth/policy';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { createUser } from '@/lib/sql/users';
import { getImportJobView, getLatestImportJobView, startImportJob, STALE_JOB_MS } from './jobs';

// An upload runs as a job: its row tells the import page how far it is and,
// when done, every post's report; only its organizer (or an admin) sees it.

const T0 = new Date('2026-01-10T08:00:00.000Z');
const enc = (text: string) => new TextEncoder().encode(text);
const post = (title: string) =>
  enc(`---\ntitle: ${title}\ndate: 2024-05-01\ncity: Chengdu\n---\n\nWe met, two people spoke, and everyone stayed for noodles.\n`);

describe.each(dialects)('import jobs ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const user = (email: string, role: 'organizer' | 'admin' = 'organizer') => createUser(t.db, { email, name: email, role, now: T0 });

  test('a job starts as running, then holds every post’s report; its organizer and admins see it, no one else', async () => {
    const org = await user('org@example.org');
    const archive = zipSync({ 'meetups/content/posts/a.md': post('Spring'), 'meetups/content/posts/b.md': post('Summer') });
    const job = await startImportJob(org, archive, 'meetups.zip', { database: t.db });
    expect(await getImportJobView(org, job.id, t.db)).toMatchObject({ status: 'running', fileName: 'meetups.zip', done: 0 });
    await job.run();
    const done = await getImportJobView(org, job.id, t.db);
    expect(done).toMatchObject({ status: 'done', done: 2, total: 2 });
    expect(done?.reports?.map((r) => [r.file, r.outcome])).toEqual([
      ['content/posts/a.md', 'created'],
      ['content/posts/b.md', 'created'],
    ]);
    expect(await getLatestImportJobView(org, t.db)).toMatchObject({ id: job.id, status: 'done' });
    expect(await getImportJobView(await user('other@example.org'), job.id, t.db)).toBeNull();
    expect(await getImportJobView(await user('admin@example.org', 'admin'), job.id, t.db)).toMatchObject({ status: 'done' });
    expect(await getImportJobView(org, 'no-such-job', t.db)).toBeNull();
  });

  test('a refused archive ends the job as failed, with why', async () => {
    const org = await user('org@example.org');
    const job = await startImportJob(org, zipSync({ '../evil.md': new Uint8Array(1) }), 'evil.zip', { database: t.db });
    await job.run();
    expect(await getImportJobView(org, job.id, t.db)).toMatchObject({ status: 'failed', error: '"../evil.md" has a ".." in the path: the archive is refused' });
  });

  test('a job cut off by a restart shows as interrupted; an organizer keeps their last ten', async () => {
    const org = await user('org@example.org');
    const job = await startImportJob(org, new Uint8Array(0), 'cut.zip', { database: t.db });
    await t.db
      .updateTable('import_jobs')
      .set({ updated_at: new Date(Date.now() - STALE_JOB_MS - 1000).toISOString() })
      .where('id', '=', job.id)
      .execute();
    expect(await getImportJobView(org, job.id, t.db)).toMatchObject({ status: 'interrupted' });
    for (let i = 0; i < 11; i++) await startImportJob(org, new Uint8Array(0), `n${i}.zip`, { database: t.db });
    expect(await t.db.selectFrom('import_jobs').select('id').execute()).toHaveLength(10);
  });

  test('only active organizers and admins start one', async () => {
    const org = await user('org@example.org');
    await expect(startImportJob({ ...org, active: false }, new Uint8Array(0), 'x.zip', { database: t.db })).rejects.toThrow(NotAllowedError);
    expect(await t.db.selectFrom('import_jobs').select('id').execute()).toHaveLength(0);
  });
});
