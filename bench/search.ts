/**
 * Search benchmark: BENCH_SEARCH_RECAPS (10,000) generated recaps indexed into
 * SQLite (a temp file) and PostgreSQL (a temp schema); index build time, the
 * time of a no-change reindex check, and query latency over ~300 mixed queries
 * (English words, prefixes while typing, 2–3 character Chinese, speaker names,
 * multi-word). Both databases must return the same hits for every query.
 * Writes the "search" key of bench/results.json and prints a table.
 *
 *   npx tsx bench/search.ts                 (or runSearchBench() from bench/run.ts)
 * Env: BENCH_SEARCH_RECAPS (10000), BENCH_SEARCH_QUERIES (300), BENCH_SEARCH_ROUNDS (3: each query
 *      is timed this many times, all timings count), TEST_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test),
 *      SKIP_POSTGRES=1.
 * Compiling 10,000 recaps takes ~1.5 min; the documents are cached in bench/tmp/search/
 * (keyed by the generated sources and the indexing code), so later runs start at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { pgAdmin } from './lib/pg-admin';
import { createDb, type DbOptions } from '../lib/db/connection';
import { migrateToLatest } from '../lib/db/migrate';
import type { Database } from '../lib/db/schema';
import { checkTrustedRecap } from '../lib/recaps/validation-gate';
import type { Recap } from '../lib/recaps/types';
import { eventFactsOf } from '../lib/events/event-facts';
import { documentsOf, introText } from '../lib/search/documents';
import { checkQuery } from '../lib/search/query';
import type { SearchDocRow } from '../lib/search/schema';
import { indexedRecaps, searchDocs, writeRecaps } from '../lib/search/index-sql';
import { recapSource } from './lib/generate';
import { int, mulberry32, pick } from './lib/random';
import { formatTable, machineInfo, writeResults } from './lib/results';
import { BENCH_TMP, PROJECT_ROOT } from './lib/server';
import { loadAverage } from './lib/stats';
import { speakerPool } from './lib/vocabulary';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const RECAPS = num('BENCH_SEARCH_RECAPS', 10_000);
const QUERIES = num('BENCH_SEARCH_QUERIES', 300);
const ROUNDS = num('BENCH_SEARCH_ROUNDS', 3);
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const LIMIT = 50;
export const SEARCH_TARGETS = { p95Ms: 50 };
const DIR = path.join(BENCH_TMP, 'search');
const log = (msg: string) => console.log(`[bench:search] ${msg}`);

interface DialectResult {
  dialect: 'sqlite' | 'postgres';
  buildMs: number;
  unchangedCheckMs: number;
  docs: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  p95ByKind: Record<string, number>;
  skipped?: string;
}

/** Runs the search bench, writes results.json's "search" key and prints a table. */
export async function runSearchBench(): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  const docs = loadDocuments(RECAPS);
  const rowCount = docs.reduce((n, d) => n + d.length, 0);
  log(`${RECAPS} recaps → ${rowCount} search documents`);
  const queries = benchQueries(QUERIES);

  const results: DialectResult[] = [];
  const hitsBy = new Map<string, string[][]>();
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (dialect === 'postgres' && process.env.SKIP_POSTGRES === '1') {
      results.push({ dialect, skipped: 'SKIP_POSTGRES=1' } as DialectResult);
      continue;
    }
    const target = await openTarget(dialect).catch((error: unknown) => {
      log(`${dialect}: skipped (${error instanceof Error ? error.message : String(error)})`);
      return null;
    });
    if (!target) {
      results.push({ dialect, skipped: 'database not reachable' } as DialectResult);
      continue;
    }
    // Ctrl-C must not leave a 10,000-recap schema or file behind.
    const onSignal = () => void target.cleanup().finally(() => process.exit(130));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const r = await benchDialect(dialect, target.db, docs, queries);
      results.push(r.result);
      hitsBy.set(dialect, r.hits);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await target.cleanup();
    }
  }

  const sqliteHits = hitsBy.get('sqlite');
  const pgHits = hitsBy.get('postgres');
  const mismatches = sqliteHits && pgHits ? queries.filter((_, i) => JSON.stringify(sqliteHits[i]) !== JSON.stringify(pgHits[i])).map((q) => q.text) : null;
  const measured = results.filter((r) => !r.skipped);
  const section = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    loadAvg: loadAverage(),
    recaps: RECAPS,
    documents: rowCount,
    queries: queries.length,
    rounds: ROUNDS,
    limit: LIMIT,
    queryKinds: Object.fromEntries([...new Set(queries.map((q) => q.kind))].map((k) => [k, queries.filter((q) => q.kind === k).length])),
    dialects: Object.fromEntries(results.map((r) => [r.dialect, r])),
    sameHitsOnBothDialects: mismatches === null ? null : mismatches.length === 0,
    mismatchedQueries: mismatches?.slice(0, 20) ?? null,
    targets: SEARCH_TARGETS,
    pass: measured.length ? measured.every((r) => r.latencyMs.p95 <= SEARCH_TARGETS.p95Ms) : null,
  };
  writeResults('search', section);

  const fmt = (v: number | undefined) => (v === undefined ? 'n/a' : `${v}`);
  console.log(
    `\nSearch benchmark (${RECAPS} recaps, ${rowCount} documents, ${queries.length} queries × ${ROUNDS} rounds, top ${LIMIT}; load avg ${section.loadAvg})\n`,
  );
  console.log(
    formatTable([
      ['database', 'index build', 'no-change check', 'p50', 'p95', 'p99', 'max', `target p95 ≤ ${SEARCH_TARGETS.p95Ms} ms`],
      ...results.map((r) =>
        r.skipped
          ? [r.dialect, `skipped: ${r.skipped}`, '', '', '', '', '', '']
          : [
              r.dialect,
              `${(r.buildMs / 1000).toFixed(1)} s`,
              `${r.unchangedCheckMs} ms`,
              `${fmt(r.latencyMs.p50)} ms`,
              `${fmt(r.latencyMs.p95)} ms`,
              `${fmt(r.latencyMs.p99)} ms`,
              `${fmt(r.latencyMs.max)} ms`,
              r.latencyMs.p95 <= SEARCH_TARGETS.p95Ms ? 'PASS' : 'FAIL',
            ],
      ),
    ]),
  );
  console.log(`\np95 by query kind (ms):\n`);
  const kinds = Object.keys(section.queryKinds);
  console.log(formatTable([['database', ...kinds], ...measured.map((r) => [r.dialect, ...kinds.map((k) => fmt(r.p95ByKind[k]))])]));
  if (mismatches)
    console.log(
      `\nsame hits on both databases: ${mismatches.length === 0 ? 'yes' : `NO, ${mismatches.length} queries differ (${mismatches.slice(0, 5).join(' | ')})`}`,
    );
  console.log(`results: ${path.relative(process.cwd(), path.join(PROJECT_ROOT, 'bench', 'results.json'))} ("search")\n`);
}

async function benchDialect(dialect: 'sqlite' | 'postgres', db: Kysely<Database>, docs: SearchDocRow[][], queries: BenchQuery[]) {
  await migrateToLatest(db);
  log(`${dialect}: building the index…`);
  let t = performance.now();
  await writeRecaps(db, docs);
  // Fresh statistics, as autovacuum would soon have; the planner needs them to choose the trigram index.
  if (dialect === 'postgres') await sql`analyze search_docs`.execute(db);
  const buildMs = Math.round(performance.now() - t);
  log(`${dialect}: index built in ${(buildMs / 1000).toFixed(1)} s`);

  // What a restart costs when nothing changed: read the hashes, compare.
  t = performance.now();
  const stored = await indexedRecaps(db);
  const changed = docs.filter((d) => stored.get(d[0].recap_slug)?.hash !== d[0].hash).length;
  const unchangedCheckMs = Math.round(performance.now() - t);
  if (changed) throw new Error(`${changed} recaps look changed right after indexing`);

  const checked = queries.map((q) => {
    const c = checkQuery(q.text);
    if (!c.ok) throw new Error(`bench query "${q.text}" is refused: ${c.message}`);
    return c;
  });
  for (const c of checked.slice(0, 20)) await searchDocs(db, c, LIMIT); // warm caches
  const times: { kind: string; ms: number }[] = [];
  const hits: string[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < checked.length; i++) {
      const start = performance.now();
      const found = await searchDocs(db, checked[i], LIMIT);
      times.push({ kind: queries[i].kind, ms: performance.now() - start });
      if (round === 0) hits.push(found.map((h) => `${h.recapSlug}#${h.talkId ?? ''}`));
    }
  }
  const all = times.map((x) => x.ms);
  const p95ByKind = Object.fromEntries(
    [...new Set(queries.map((q) => q.kind))].map((k) => [
      k,
      pct(
        times.filter((x) => x.kind === k).map((x) => x.ms),
        95,
      ),
    ]),
  );
  const latencyMs = { p50: pct(all, 50), p95: pct(all, 95), p99: pct(all, 99), max: pct(all, 100), mean: round(all.reduce((a, b) => a + b, 0) / all.length) };
  log(`${dialect}: p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, max ${latencyMs.max} ms`);
  return { result: { dialect, buildMs, unchangedCheckMs, docs: docs.reduce((n, d) => n + d.length, 0), latencyMs, p95ByKind } satisfies DialectResult, hits };
}

const round = (v: number) => Math.round(v * 10) / 10;
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]);
}

async function openTarget(dialect: 'sqlite' | 'postgres'): Promise<{ db: Kysely<Database>; cleanup(): Promise<void> }> {
  const name = `bench_search_${process.pid}_${randomBytes(3).toString('hex')}`;
  if (dialect === 'sqlite') {
    const file = path.join(DIR, `${name}.db`);
    const db = createDb({ dialect: 'sqlite', path: file });
    return {
      db,
      async cleanup() {
        await db.destroy();
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      },
    };
  }
  await pgAdmin(PG_URL, `create schema ${name}`);
  const options: DbOptions = { dialect: 'postgres', connectionString: PG_URL, searchPath: name, max: 2 };
  const db = createDb(options);
  return {
    db,
    async cleanup() {
      await db.destroy();
      await pgAdmin(PG_URL, `drop schema if exists ${name} cascade`);
    },
  };
}

/**
 * Search documents of the generated recaps, compiled by the app's own
 * pipeline. The compiled recaps (without their MDX trees) are cached on disk,
 * keyed by the generated sources and the compiling code: compiling 10,000
 * recaps is most of the bench's time, and the indexing code can change
 * without it.
 */
function loadDocuments(count: number): SearchDocRow[][] {
  const sources = Array.from({ length: count }, (_, i) => recapSource(i));
  const code = ['lib/mdx/talks.ts', 'lib/mdx/compile.ts', 'lib/recaps/speakers.ts', 'lib/recaps/schema.ts'].map((f) =>
    fs.readFileSync(path.join(PROJECT_ROOT, f), 'utf8'),
  );
  const key = createHash('sha256')
    .update(JSON.stringify([code, sources.map((s) => s.source)]))
    .digest('hex')
    .slice(0, 16);
  const cache = path.join(DIR, `compiled-${count}-${key}.json`);
  let compiled: [Omit<Recap, 'tree' | 'hast'>, string][];
  if (fs.existsSync(cache)) {
    log(`using cached compiled recaps (${path.relative(PROJECT_ROOT, cache)})`);
    compiled = JSON.parse(fs.readFileSync(cache, 'utf8')) as typeof compiled;
  } else {
    log(`compiling ${count} generated recaps (cached afterwards)…`);
    const t = performance.now();
    compiled = sources.map(({ slug, source }, i): [Omit<Recap, 'tree' | 'hast'>, string] => {
      const result = checkTrustedRecap({ source: 'file', text: source });
      if (!result.frontMatter || !result.body) throw new Error(`generated recap ${slug} does not compile: ${result.diagnostics[0]?.message}`);
      const { frontMatter } = result;
      const { talks, tree } = result.body;
      const recap: Omit<Recap, 'tree' | 'hast'> = {
        ...frontMatter,
        slug,
        talks,
        lastModified: frontMatter.published,
        source: 'file',
        event: eventFactsOf(frontMatter, 'Asia/Shanghai'),
      };
      if (i > 0 && i % 2000 === 0) log(`  ${i}/${count}`);
      return [recap, introText({ tree })];
    });
    log(`compiled in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (const old of fs.readdirSync(DIR).filter((f) => f.startsWith(`compiled-${count}-`) || f.startsWith('docs-'))) fs.rmSync(path.join(DIR, old));
    fs.writeFileSync(cache, JSON.stringify(compiled));
  }
  return compiled.map(([recap, intro]) => documentsOf(recap, intro));
}

interface BenchQuery {
  kind: 'word' | 'prefix' | 'cjk-2' | 'cjk-3+' | 'speaker' | 'multi' | 'miss';
  text: string;
}

/** A fixed, seeded mix of queries a reader would type into the box. */
function benchQueries(count: number): BenchQuery[] {
  const rng = mulberry32(42);
  const speakers = speakerPool().map((s) => s.name);
  const words = [
    'migration',
    'rollback',
    'kubernetes',
    'latency',
    'benchmarks',
    'dashboard',
    'scheduling',
    'inference',
    'webassembly',
    'observability',
    'postgres',
    'autoscaling',
    'incidents',
    'consistency',
    'hardware',
    'Shenzhen',
    'Chengdu',
    'Singapore',
    'fintech',
    'tracing',
  ];
  const prefixes = ['kub', 'mig', 'roll', 'obs', 'sched', 'infe', 'dash', 'go', 'ai', 'pla', 'ser', 'wasm', 'secu', 'lat', 'ed'];
  const cjk2 = ['云原', '迁移', '回滚', '灰度', '故障', '平台', '数据', '成本', '调度', '推理', '北京', '上海', '架构', '监控', '测试'];
  const cjk3 = ['云原生', '数据库', '可观测', '服务网格', '大模型', '零停机', '灰度发布', '混沌工程', '多集群', '前端性能'];
  const multi = [
    'shanghai gpu',
    'rust 2024',
    'postgres upgrade',
    'edge inference',
    'beijing kubernetes',
    'service mesh',
    '北京 云原生',
    '数据库 迁移',
    'Optics Valley AI',
    'tracing production',
  ];
  const misses = ['hwameistor', 'zzzyx', 'quantum blockchain', '量子计算', 'fortran'];
  const kinds: [BenchQuery['kind'], () => string, number][] = [
    ['word', () => pick(rng, words), 0.22],
    ['prefix', () => pick(rng, prefixes), 0.18],
    ['cjk-2', () => pick(rng, cjk2), 0.15],
    ['cjk-3+', () => pick(rng, cjk3), 0.1],
    ['speaker', () => speakers[Math.min(speakers.length - 1, int(rng, 0, 40))], 0.15],
    ['multi', () => pick(rng, multi), 0.15],
    ['miss', () => pick(rng, misses), 0.05],
  ];
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    let x = rng();
    const [kind, make] = kinds.find(([, , share]) => (x -= share) < 0) ?? kinds[0];
    out.push({ kind, text: make() });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runSearchBench().catch((error: unknown) => {
    console.error(`[bench:search] failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
