import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { publicRecapRowsQuery, speakerTalksQuery } from './read-model';

// Query plans of the read model's hot reads: what an index must cover so that
// a page's cost follows its size, not the catalog's (measured at 100,000
// recaps in bench/README.md). The planner is told to avoid a sort whenever
// any plan can, so a sort left in the plan means no index gives that order.

async function planText(db: Kysely<Database>, dialect: string, query: { sql: string; parameters: readonly unknown[] }): Promise<string> {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ detail: string }>`explain query plan ${sql.raw(inline(query))}`.execute(db);
    return rows.map((r) => r.detail).join('\n');
  }
  return db.connection().execute(async (c) => {
    for (const off of ['enable_sort', 'enable_incremental_sort', 'enable_seqscan', 'enable_hashjoin', 'enable_mergejoin'])
      await sql.raw(`set ${off} = off`).execute(c);
    try {
      const { rows } = await sql<{ 'QUERY PLAN': string }>`explain ${sql.raw(inline(query))}`.execute(c);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await sql.raw('reset all').execute(c);
    }
  });
}

/** The compiled query with its parameters written in, so one EXPLAIN text serves both drivers. */
function inline(query: { sql: string; parameters: readonly unknown[] }): string {
  let i = 0;
  return query.sql.replace(/\$\d+|\?/g, () => {
    const v = query.parameters[i++];
    return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });
}

describe.each(dialects)('read-model query plans ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  test("a speaker's talks come in index order: no sort of all of them before the LIMIT", async () => {
    const plan = await planText(t.db, dialect, speakerTalksQuery(t.db, 'ada', 500).compile());
    expect(plan).toMatch(/public_talk_speakers_order/);
    expect(plan).not.toMatch(/Sort|TEMP B-TREE/i);
  });

  test.each([
    [{ listedIn: 'en' as const }, /public_recaps_listed_en_order/],
    [{ listedIn: 'zh' as const, year: '2023' }, /public_recaps_listed_zh_year/],
    [{ listedIn: 'zh' as const, cityKey: 'shanghai' }, /public_recaps_listed_zh_city/],
  ])('a listing in one language (%o) reads each event once in index order', async (filter, index) => {
    const plan = await planText(t.db, dialect, publicRecapRowsQuery(t.db, filter, { limit: 20, offset: 40 }).compile());
    expect(plan).toMatch(index);
    expect(plan).not.toMatch(/Sort|TEMP B-TREE/i);
  });
});
