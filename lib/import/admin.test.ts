import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAllowedError } from '@/lib/auth/policy';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { markPublished } from '@/lib/sql/recap-status';
import { getRecapById } from '@/lib/sql/recaps';
import { createUser } from '@/lib/sql/users';
import { personWrite } from '@/lib/speakers/registry-sync';
import { replaceFilePeople } from '@/lib/sql/speakers';
import { importUploadedSite, listImportedDrafts } from './admin';

const SITE = path.join(import.meta.dirname, 'fixtures/hugo-site');
const T0 = new Date('2026-01-10T08:00:00.000Z');

/** The fixture site zipped in a folder, as an organizer uploads it. */
function siteZip(): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else entries[`rust-site/${path.relative(SITE, full).split(path.sep).join('/')}`] = fs.readFileSync(full);
    }
  };
  walk(SITE);
  return zipSync(entries);
}

describe.each(dialects)('importing an uploaded site ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  test('a zip becomes drafts listed as needing review; a second upload updates them; published ones leave the list', async () => {
    const user = await createUser(t.db, { email: 'org@example.org', name: 'Org', role: 'organizer', now: T0 });
    // The registry the server holds: talks' speakers are matched to its people.
    await replaceFilePeople(t.db, [personWrite({ slug: 'michael-yuan', names: { en: 'Michael Yuan' }, aliases: [], links: {} })], 'h', T0.toISOString());
    const first = await importUploadedSite(user, siteZip(), { database: t.db });
    expect(first.ok && first.reports.map((r) => r.outcome)).toEqual(Array(6).fill('created'));
    const matched = first.ok
      ? first.reports.find((r) => r.file === 'content/zh/posts/meetup-2023-07.md')!.fields.find((f) => f.field === 'talks[1].speakers[0]')
      : null;
    expect(matched).toMatchObject({ value: { name: 'Michael Yuan', person: 'michael-yuan' }, confidence: 'certain' });
    const drafts = await listImportedDrafts(t.db);
    expect(drafts.map((d) => d.sourcePath).sort()).toEqual([
      'content/en/posts/chengdu-rust-meetup-7.md',
      'content/en/posts/year-review.md',
      'content/zh/posts/announce-2023-09.md',
      'content/zh/posts/meetup-2023-07.md',
      'content/zh/posts/spring-bundle/index.md',
      'content/zh/posts/year-review.md',
    ]);
    const zh = drafts.find((d) => d.slug === 'meetup-2023-07')!;
    expect(zh).toMatchObject({ title: 'Rust 见面会第七期回顾（成都站）', talks: 4 });
    expect(zh.review.map((r) => r.kind)).toContain('possible-talk');

    const again = await importUploadedSite(user, siteZip(), { database: t.db });
    expect(again.ok && again.reports.map((r) => r.outcome)).toEqual(Array(6).fill('unchanged'));

    const recap = (await getRecapById(t.db, zh.recapId))!;
    await writeWorkingCopy(t.db, { id: recap.id, baseVersion: 1, frontMatter: recap.frontMatter, body: recap.body, actorId: user.id, now: T0 });
    await markPublished(t.db, recap.id, 2, user.id, T0);
    expect((await listImportedDrafts(t.db)).map((d) => d.slug)).not.toContain('meetup-2023-07');
  });

  test('a refused archive says why; only organizers and admins may import', async () => {
    const user = await createUser(t.db, { email: 'org@example.org', name: 'Org', role: 'organizer', now: T0 });
    expect(await importUploadedSite(user, zipSync({ '../x.md': new Uint8Array(1) }), { database: t.db })).toEqual({
      ok: false,
      error: '"../x.md" has a ".." in the path: the archive is refused',
    });
    const inactive = { ...user, active: false };
    await expect(importUploadedSite(inactive, siteZip(), { database: t.db })).rejects.toThrow(NotAllowedError);
  });
});
