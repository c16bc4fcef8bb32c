import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { countPublicRecaps } from '@/lib/sql/read-model';
import { writePublicRecaps } from '@/lib/sql/read-model-write';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { describeFilter, type RecapFilterValues } from './filter-counts';
import { publicRecapRows } from './public-recap-rows';
import { FACET_LIMIT, recapFacets, toReadModelFilter } from './recap-facets';

// The semantics of the filter bar (each option counted against the other
// filters chosen, options that show nothing kept at 0), counted in SQL.
const RECAPS = [
  { slug: 'a', date: '2023-05-01', city: 'Shenzhen', tags: ['kubernetes', 'ebpf'] },
  { slug: 'b', date: '2023-09-01', city: 'Beijing', tags: ['observability'] },
  { slug: 'c', date: '2022-03-01', city: 'Shenzhen', tags: ['kubernetes'] },
  { slug: 'd', date: '2021-11-01', city: 'Shanghai', tags: ['rust', 'kubernetes'] },
];

const counts = (facets: { value: string; count: number }[]) => Object.fromEntries(facets.map((f) => [f.value, f.count]));

describe.each(dialects)('recap list facets ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const seed = () =>
    writePublicRecaps(
      t.db,
      RECAPS.map((r) => publicRecapRows({ ...recapFixture(r), tree: { type: 'root', children: [] }, hast: { type: 'root', children: [] } })),
    );
  const facets = async (filter: RecapFilterValues) => recapFacets(t.db, filter, await countPublicRecaps(t.db, toReadModelFilter(filter)));

  test('without filters, counts every recap', async () => {
    await seed();
    const f = await facets({});
    expect(counts(f.tags)).toEqual({ kubernetes: 3, ebpf: 1, observability: 1, rust: 1 });
    expect(f.years.map((o) => [o.value, o.count])).toEqual([
      ['2023', 2],
      ['2022', 1],
      ['2021', 1],
    ]);
    expect(counts(f.cities)).toEqual({ shenzhen: 2, beijing: 1, shanghai: 1 });
    expect(f.cities[0]).toEqual({ value: 'shenzhen', label: 'Shenzhen', count: 2 });
  });

  test('counts each option against the other filters chosen, and keeps zero options with a count of 0', async () => {
    await seed();
    const f = await facets({ year: '2023' });
    expect(counts(f.tags)).toEqual({ kubernetes: 1, ebpf: 1, observability: 1, rust: 0 });
    expect(counts(f.cities)).toEqual({ shenzhen: 1, beijing: 1, shanghai: 0 });
    expect(counts(f.years)).toEqual({ '2023': 2, '2022': 1, '2021': 1 });
    expect(f.tags.at(-1)).toMatchObject({ value: 'rust', count: 0 });
  });

  test('with two filters chosen, each group is counted against the others only', async () => {
    await seed();
    const f = await facets({ tag: 'kubernetes', city: 'Shenzhen' });
    expect(counts(f.years)).toEqual({ '2023': 1, '2022': 1, '2021': 0 });
    expect(counts(f.cities)).toEqual({ shenzhen: 2, beijing: 0, shanghai: 1 });
    expect(counts(f.tags)).toEqual({ kubernetes: 2, ebpf: 1, observability: 0, rust: 0 });
    expect(describeFilter({ tag: 'kubernetes', city: 'SHENZHEN' }, f)).toBe('Recaps tagged kubernetes in Shenzhen');
  });

  test('keeps a chosen value no recap has, at 0, so the filter bar can offer to remove it', async () => {
    await seed();
    const f = await facets({ tag: 'cobol' });
    expect(f.tags.find((o) => o.value === 'cobol')).toEqual({ value: 'cobol', label: 'cobol', count: 0 });
    expect(counts(f.years)).toEqual({ '2023': 0, '2022': 0, '2021': 0 });
  });

  test('a site with many tags shows the most used ones, and the chosen one whatever its rank', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ slug: `r${i}`, date: '2024-01-01', city: 'X', tags: [`t${String(i % 40).padStart(2, '0')}`] }));
    await writePublicRecaps(
      t.db,
      many.map((r) => publicRecapRows({ ...recapFixture(r), tree: { type: 'root', children: [] }, hast: { type: 'root', children: [] } })),
    );
    expect((await facets({})).tags).toHaveLength(FACET_LIMIT);
    const chosen = await facets({ tag: 't39' });
    expect(chosen.tags).toHaveLength(FACET_LIMIT + 1);
    expect(chosen.tags.find((o) => o.value === 't39')).toEqual({ value: 't39', label: 't39', count: 1 });
  });

  test("with a tag chosen, the year and city facets are one grouped read over the tag's recaps", async () => {
    await seed();
    await facets({});
    const statements: string[] = [];
    const executor = t.db.getExecutor();
    const recorder: KyselyPlugin = {
      transformQuery: (args) => {
        statements.push(executor.compileQuery(args.node, args.queryId).sql);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const db = t.db.withPlugin(recorder);
    for (const filter of [{ tag: 'kubernetes' }, { tag: 'kubernetes', city: 'Shenzhen' }, { tag: 'kubernetes', year: '2023' }]) {
      statements.length = 0;
      const f = await recapFacets(db, filter, 0);
      // Each group counted against the other filters: the same answers the per-facet reads gave.
      expect(f.years.length + f.cities.length).toBeGreaterThan(0);
      expect(statements.filter((s) => /group by/i.test(s) && /public_recap_tags"? as "?ft/i.test(s))).toHaveLength(1);
    }
    const f = await facets({ tag: 'kubernetes', year: '2023' });
    expect(counts(f.cities)).toEqual({ shenzhen: 1, beijing: 0, shanghai: 0 });
    expect(counts(f.years)).toEqual({ '2023': 1, '2022': 1, '2021': 1 });
  });
});
