import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import { parseSpeakers } from '@/lib/recaps/speakers';
import type { Recap } from '@/lib/recaps/types';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { getSpeakerRow, getTagRow } from './read-model';
import { writePublicRecaps } from './read-model-write';

// The speaker and tag summaries move by +1/-1 per write (read-model-write.ts
// updateSummaries) rather than being counted again over every row of a
// popular tag or speaker, and still end equal to a full count.

const recap = (slug: string, lastModified: string, tags: string[], speakers: string): Recap => ({
  ...recapFixture({ slug, date: lastModified, published: lastModified, lastModified }),
  tags,
  talks: [{ id: 't1', title: 't1', speakers: parseSpeakers(speakers), summary: '' }],
  tree: { type: 'root', children: [] },
  hast: { type: 'root', children: [] },
});

describe.each(dialects)('read-model summaries ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const write = (db: typeof t.db, recaps: Recap[], remove: string[] = []) =>
    writePublicRecaps(
      db,
      recaps.map((r) => publicRecapRows(r)),
      remove,
    );

  test("publishing one more recap of a popular tag and speaker does not count all of the tag's or speaker's rows again", async () => {
    await write(
      t.db,
      Array.from({ length: 30 }, (_, i) => recap(`r-${i}`, `2020-01-${String(i + 1).padStart(2, '0')}`, ['k8s'], 'Ada (Engineer, Old Co)')),
    );
    const statements: string[] = [];
    const executor = t.db.getExecutor();
    const recorder: KyselyPlugin = {
      transformQuery: (args) => {
        statements.push(executor.compileQuery(args.node, args.queryId).sql);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    await write(t.db.withPlugin(recorder), [recap('new', '2024-06-01', ['k8s', 'edge'], 'Ada (Lead, New Co); Bob')]);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => /count\s*\(/i.test(s))).toEqual([]);
    expect(await getTagRow(t.db, 'k8s')).toMatchObject({ recapCount: 31, lastModified: '2024-06-01' });
    expect(await getSpeakerRow(t.db, 'ada')).toMatchObject({ talkCount: 31, recapCount: 31, role: 'Lead', affiliation: 'New Co', lastModified: '2024-06-01' });
    expect(await getSpeakerRow(t.db, 'bob')).toMatchObject({ talkCount: 1, recapCount: 1 });
  });

  test('edits, removals and the loss of the newest change end where a full count would', async () => {
    await write(t.db, [
      recap('a', '2021-01-01', ['x', 'y'], 'Ada (One, A); Bob'),
      recap('b', '2022-01-01', ['x'], 'Ada (Two, B)'),
      recap('c', '2023-01-01', ['y'], 'Bob'),
    ]);
    // The newest recap of `y` and Bob goes: their last change falls back to the next newest.
    await write(t.db, [], ['c']);
    expect(await getTagRow(t.db, 'y')).toMatchObject({ recapCount: 1, lastModified: '2021-01-01' });
    expect(await getSpeakerRow(t.db, 'bob')).toMatchObject({ talkCount: 1, recapCount: 1, lastModified: '2021-01-01' });
    // An edit that drops a tag and a speaker, written twice (idempotent).
    for (let i = 0; i < 2; i++) await write(t.db, [recap('b', '2022-02-01', ['z'], 'Cy')]);
    expect(await getTagRow(t.db, 'x')).toMatchObject({ recapCount: 1, lastModified: '2021-01-01' });
    expect(await getTagRow(t.db, 'z')).toMatchObject({ recapCount: 1, lastModified: '2022-02-01' });
    expect(await getSpeakerRow(t.db, 'ada')).toMatchObject({ talkCount: 1, recapCount: 1, role: 'One', affiliation: 'A', lastModified: '2021-01-01' });
    // The last recap of a tag and a speaker goes: their rows go.
    await write(t.db, [], ['a']);
    expect(await getTagRow(t.db, 'x')).toBeNull();
    expect(await getSpeakerRow(t.db, 'ada')).toBeNull();
    expect(await getSpeakerRow(t.db, 'cy')).toMatchObject({ talkCount: 1 });
  });
});
