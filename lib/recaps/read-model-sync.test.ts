import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { indexedRecaps } from '@/lib/search/index-sql';
import { getPublicRecapRow, selectFileRecapHashes } from '@/lib/sql/read-model';
import { syncFileRecaps } from './read-model-sync';

const recapFile = (title: string, speaker = 'Ada Quill') =>
  [
    '---',
    `title: ${title}`,
    'date: 2023-07-15',
    'city: Shenzhen',
    'community: C',
    'description: D',
    'locale: en',
    'published: 2023-07-20',
    'author: A',
    '---',
    '',
    `<Talk title="T" speakers="${speaker} (B, C)">`,
    '',
    'x',
    '',
    '</Talk>',
    '',
  ].join('\n');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-sync-'));
fs.mkdirSync(path.join(dir, 'recaps'));
const put = (name: string, text: string) => fs.writeFileSync(path.join(dir, 'recaps', name), text);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(dialects)('loading git-managed recaps into the read model ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  test('writes new and changed files, skips unchanged ones by hash, removes files that are gone', async () => {
    for (const name of fs.readdirSync(path.join(dir, 'recaps'))) fs.rmSync(path.join(dir, 'recaps', name));
    put('one.mdx', recapFile('One'));
    put('two.mdx', recapFile('Two'));
    expect(await syncFileRecaps(t.db, dir)).toEqual({ written: 2, removed: 0, problems: 0 });
    expect([...(await indexedRecaps(t.db)).keys()].sort()).toEqual(['one', 'two']);
    const hashes = await selectFileRecapHashes(t.db);
    expect(await syncFileRecaps(t.db, dir), 'nothing changed: nothing compiled or written').toEqual({ written: 0, removed: 0, problems: 0 });
    put('two.mdx', recapFile('Two, edited'));
    fs.rmSync(path.join(dir, 'recaps', 'one.mdx'));
    expect(await syncFileRecaps(t.db, dir)).toEqual({ written: 1, removed: 1, problems: 0 });
    expect(await getPublicRecapRow(t.db, 'one')).toBeNull();
    expect(await getPublicRecapRow(t.db, 'two')).toMatchObject({ source: 'file', title: 'Two, edited' });
    expect((await selectFileRecapHashes(t.db)).get('two')).not.toBe(hashes.get('two'));
    expect([...(await indexedRecaps(t.db)).keys()]).toEqual(['two']);
  });

  test('a broken file is reported and left out (a good version before it too), the others stay', async () => {
    for (const name of fs.readdirSync(path.join(dir, 'recaps'))) fs.rmSync(path.join(dir, 'recaps', name));
    put('good.mdx', recapFile('Good'));
    put('turns-bad.mdx', recapFile('Fine for now'));
    await syncFileRecaps(t.db, dir);
    put('turns-bad.mdx', recapFile('Broken').replace('x\n', '<script>alert(1)</script>\n'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await syncFileRecaps(t.db, dir)).toEqual({ written: 0, removed: 1, problems: 1 });
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/turns-bad\.mdx:\d+:\d+: .*script/));
    } finally {
      errors.mockRestore();
    }
    expect(await getPublicRecapRow(t.db, 'good')).not.toBeNull();
    expect(await getPublicRecapRow(t.db, 'turns-bad')).toBeNull();
  });

  // SQLite instances are separate processes (one handle per process, lib/db/connection.ts).
  it.skipIf(skip || dialect === 'sqlite')('two instances starting at once end with the same rows', async () => {
    for (const name of fs.readdirSync(path.join(dir, 'recaps'))) fs.rmSync(path.join(dir, 'recaps', name));
    for (let i = 0; i < 8; i++) put(`r-${i}.mdx`, recapFile(`Recap ${i}`, `Speaker ${i % 3}`));
    const other = t.open();
    await Promise.all([syncFileRecaps(t.db, dir), syncFileRecaps(other, dir)]);
    expect((await selectFileRecapHashes(t.db)).size).toBe(8);
    const speakers = await t.db.selectFrom('public_speakers').select(['slug', 'talk_count']).orderBy('slug').execute();
    expect(speakers.map((s) => [s.slug, Number(s.talk_count)])).toEqual([
      ['speaker-0', 3],
      ['speaker-1', 3],
      ['speaker-2', 2],
    ]);
  });
});
