import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { linkImportedDrafts, selectKnownAffiliations } from '@/lib/sql/imports';
import { getMedia } from '@/lib/sql/media';
import { getRecapById, selectRecapRows } from '@/lib/sql/recaps';
import { createUser } from '@/lib/sql/users';
import { draftImageStore, draftWriter } from './drafts';
import { runImport } from './run';

const SITE = path.join(import.meta.dirname, 'fixtures/hugo-site');
const OPTIONS = { timeZone: 'Asia/Shanghai' };
const T0 = new Date('2026-01-10T08:00:00.000Z');

/** A copy of the fixture site that a test may change. */
function copySite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-site-'));
  fs.cpSync(SITE, dir, { recursive: true });
  return dir;
}

describe.each(dialects)('imported drafts ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const admin = () => createUser(t.db, { email: 'importer@example.org', name: 'Importer', role: 'admin', now: T0 });

  test('a run creates drafts (never published); a second run updates the same drafts or leaves them', async () => {
    const user = await admin();
    const site = copySite();
    const first = await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    expect(first.reports.map((r) => r.outcome)).toEqual(Array(6).fill('created'));
    const rows = await selectRecapRows(t.db);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.status === 'draft')).toBe(true);
    const zh = rows.find((r) => r.slug === 'meetup-2023-07')!;
    const stored = await getRecapById(t.db, zh.id);
    expect(stored?.frontMatter).toMatchObject({ title: 'Rust 见面会第七期回顾（成都站）', city: '成都', date: '2023-07-15', locale: 'zh' });
    expect(stored?.body.match(/<Talk /g)).toHaveLength(4);
    const announce = rows.find((r) => r.slug === 'announce-2023-09')!;
    expect(announce.frontMatter).toMatchObject({ announcement: true, date: '2023-09-16', start: '14:00' });

    // The pair found by content is linked as translations, like *Add translation* links them.
    const key = async (slug: string) => (await getRecapById(t.db, rows.find((r) => r.slug === slug)!.id))?.translationKey;
    expect(await key('meetup-2023-07')).toBe('meetup-2023-07');
    expect(await key('chengdu-rust-meetup-7')).toBe('meetup-2023-07');
    expect(await key('year-review-en')).toBeNull();

    const again = await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    expect(again.reports.map((r) => r.outcome)).toEqual(Array(6).fill('unchanged'));

    const file = path.join(site, 'content/zh/posts/meetup-2023-07.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('近百位开发者到场', '一百二十位开发者到场'));
    const changed = await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    expect(changed.reports.find((r) => r.file === 'content/zh/posts/meetup-2023-07.md')).toMatchObject({ outcome: 'updated', slug: 'meetup-2023-07' });
    expect(changed.reports.filter((r) => r.outcome === 'unchanged')).toHaveLength(5);
    const updated = await getRecapById(t.db, zh.id);
    expect(updated).toMatchObject({ version: 2, status: 'draft' });
    expect(updated?.body).toContain('一百二十位开发者到场');
    expect(await selectRecapRows(t.db)).toHaveLength(6);
  });

  test('a draft edited since the last import is never overwritten: the conflict is reported', async () => {
    const user = await admin();
    const site = copySite();
    await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    const [draft] = (await selectRecapRows(t.db)).filter((r) => r.slug === 'chengdu-rust-meetup-7');
    const edited = await getRecapById(t.db, draft.id);
    await writeWorkingCopy(t.db, {
      id: draft.id,
      baseVersion: 1,
      frontMatter: edited!.frontMatter,
      body: 'An organizer rewrote this.\n',
      actorId: user.id,
      now: T0,
    });

    const file = path.join(site, 'content/en/posts/chengdu-rust-meetup-7.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('close to a hundred', 'about 120'));
    const run = await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    const report = run.reports.find((r) => r.file === 'content/en/posts/chengdu-rust-meetup-7.md')!;
    expect(report.outcome).toBe('conflict');
    expect(report.problems).toEqual([
      `draft ${draft.id} ("chengdu-rust-meetup-7") was edited after the last import (version 1, now 2): not overwritten; merge the changes by hand`,
    ]);
    expect((await getRecapById(t.db, draft.id))?.body).toBe('An organizer rewrote this.\n');
  });

  test('a post moved to another path is found by its text and updates its draft', async () => {
    const user = await admin();
    const site = copySite();
    await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    fs.renameSync(path.join(site, 'content/zh/posts/year-review.md'), path.join(site, 'content/zh/posts/review-2022.md'));
    const run = await runImport(
      site,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    expect(run.reports.find((r) => r.file === 'content/zh/posts/review-2022.md')).toMatchObject({ outcome: 'updated', slug: 'year-review' });
    expect(await selectRecapRows(t.db)).toHaveLength(6);
  });

  test('the slug another recap holds gets a suffix', async () => {
    const user = await admin();
    const lone = fs.mkdtempSync(path.join(os.tmpdir(), 'import-lone-'));
    fs.writeFileSync(path.join(lone, 'talk-night.md'), '---\ntitle: Talk night\ndate: 2023-05-02\ncity: Shenzhen\n---\n\nWe met again.\n');
    fs.writeFileSync(path.join(lone, 'june.md'), '---\ntitle: Talk night, again\nslug: talk-night\ndate: 2023-06-02\ncity: Shenzhen\n---\n\nAnd again.\n');
    await runImport(
      path.join(lone, 'talk-night.md'),
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    const second = await runImport(
      path.join(lone, 'june.md'),
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    expect(second.reports[0]).toMatchObject({ outcome: 'created', slug: 'talk-night-2' });
  });

  test('images go through the upload pipeline: stored once by hash, with their real format and size', async () => {
    const user = await admin();
    const run = await runImport(
      SITE,
      { ...OPTIONS, imageStore: draftImageStore(t.db, user, () => T0) },
      draftWriter(t.db, user, () => T0),
    );
    expect(run.reports.map((r) => r.outcome)).toEqual(Array(6).fill('created'));
    const zh = (await selectRecapRows(t.db)).find((r) => r.slug === 'meetup-2023-07')!;
    const body = (await getRecapById(t.db, zh.id))!.body;
    const srcs = [...body.matchAll(/src="\/media\/([0-9a-f]{64})\.(jpg|png)"/g)];
    expect(srcs.map((m) => m[2])).toEqual(['jpg', 'png', 'jpg']);
    for (const [, hash, ext] of srcs) expect(await getMedia(t.db, hash)).toMatchObject({ ext, width: 80, height: 60 });
    expect(body).toContain('width="80" height="60"');
  });

  test('known affiliations come from published talks; linking leaves drafts linked elsewhere alone', async () => {
    const user = await admin();
    const talk = { talk_ord: 0, talk_id: 't', speaker_slug: 's', name: 'N', role: null, date: '2023-01-01', name_key: null, name_slug: null, roman_key: null };
    await t.db
      .insertInto('public_talk_speakers')
      .values([
        { ...talk, recap_slug: 'a', speaker_ord: 0, affiliation: 'DaoCloud' },
        { ...talk, recap_slug: 'b', speaker_ord: 0, affiliation: 'Second State' },
        { ...talk, recap_slug: 'c', speaker_ord: 0, affiliation: 'DaoCloud' },
      ])
      .execute();
    expect(await selectKnownAffiliations(t.db)).toEqual(['Second State', 'DaoCloud']);
    const run = await runImport(
      SITE,
      OPTIONS,
      draftWriter(t.db, user, () => T0),
    );
    const ids = run.reports.filter((r) => r.slug === 'meetup-2023-07' || r.slug === 'chengdu-rust-meetup-7').length;
    expect(ids).toBe(2);
    const rows = await selectRecapRows(t.db);
    const other = rows.find((r) => r.slug === 'year-review')!;
    expect(await linkImportedDrafts(t.db, [other.id], 'meetup-2023-07')).toBe(1);
    expect(await linkImportedDrafts(t.db, [other.id], 'another-key')).toBe(0);
  });
});
