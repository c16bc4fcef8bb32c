/**
 * Fills a database with `count` published recaps for the scale bench, fast:
 * the app's migrations, one admin (ADMIN below, as e2e/multi uses), then the
 * generated recaps in batches, written with bulk statements rather than the
 * app's one-recap-at-a-time mutations: PostgreSQL takes each batch as one
 * JSON parameter (`json_populate_recordset`), SQLite as prepared inserts in
 * one transaction. Each batch writes
 *   - `recaps` rows as a publish leaves them (status published, working copy =
 *     live text, version 1, published_at = live_updated_at); the JSON
 *     snapshot is left for the app to write the first time it compiles the
 *     live text, as after any publish;
 *   - `search_docs`, the search index (lib/search/documents.ts documentsOf:
 *     the same documents, ids and hashes the app computes, so its start-up
 *     reindex finds nothing to change); PostgreSQL's trigram indexes are
 *     dropped for the load and built once at the end;
 *   - the public read model (bench/scale/read-model.ts: the app's own batch
 *     writer, with compiled bodies built without the compiler).
 * A database seeded with the same count, seed and generator is reused (the
 * `bench_scale_meta` row says what it holds).
 *
 *   npx tsx --import ./bench/organizer/register.mjs bench/scale/seed.ts <sqlite|postgres> <count> [target]
 * target: a SQLite file, or a PostgreSQL database name on BENCH_SCALE_PG_URL's server.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import bcrypt from 'bcryptjs';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createDb } from '../../lib/db/connection';
import { migrateToLatest } from '../../lib/db/migrate';
import type { Database } from '../../lib/db/schema';
import { withIds } from '../../lib/search/documents';
import type { SearchDocRow } from '../../lib/search/schema';
import { tagSlug } from '../../lib/recaps/slug';
import { BENCH_TMP, PROJECT_ROOT } from '../lib/server';
import { ScaleGenerator, type ScaleRecap } from './recap-model';
import { DerivePool } from './derive-pool';
import { readModelVersion, writeReadModel } from './read-model';
import { verifyGenerator } from './verify';

export const ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' } as const;
export const PG_SERVER_URL = process.env.BENCH_SCALE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BATCH = 1000;
/** Threads deriving search documents and read-model rows (the costly part). */
const WORKERS = Number(process.env.BENCH_SCALE_SEED_WORKERS) > 0 ? Number(process.env.BENCH_SCALE_SEED_WORKERS) : 2;
const SEED = 1;
const log = (msg: string) => console.log(`[bench:scale:seed] ${msg}`);

export type Dialect = 'sqlite' | 'postgres';

export interface SeedTarget {
  dialect: Dialect;
  count: number;
  /** SQLite file path, or PostgreSQL database name. */
  name: string;
}

export interface SeedResult {
  target: SeedTarget;
  /** The app's connection settings for this database. */
  env: Record<string, string>;
  reused: boolean;
  generateMs: number;
  recaps: number;
  talks: number;
  speakers: number;
  tags: number;
  searchDocs: number;
  bodyBytes: number;
  /** Compiled bodies (mdast + hast JSON) in the read model. */
  compiledBodyBytes: number;
  /** Slugs, speaker slugs, tags and filter values to request (never all of them: samples). */
  sample: SeedSample;
}

export interface SeedSample {
  recapSlugs: string[];
  speakerSlugs: string[];
  tagSlugs: string[];
  /** Speaker names, frequent and rare, for search queries. */
  speakerNames: string[];
  filters: Array<{ tag?: string; year?: string; city?: string }>;
}

export const defaultTarget = (dialect: Dialect, count: number): SeedTarget => ({
  dialect,
  count,
  name: dialect === 'sqlite' ? path.join(BENCH_TMP, 'scale', `portal-${count}.db`) : `bench_scale_${count}`,
});

export function targetEnv(target: SeedTarget): Record<string, string> {
  if (target.dialect === 'sqlite') return { SQLITE_PATH: target.name };
  const u = new URL(PG_SERVER_URL);
  u.pathname = `/${target.name}`;
  return { DATABASE_URL: u.toString() };
}

/** What the generated data depends on: a database seeded under another fingerprint is regenerated. */
function fingerprint(count: number): string {
  const files = [
    'bench/scale/recap-model.ts',
    'bench/scale/vocabulary.ts',
    'bench/scale/mdx-build.ts',
    'bench/scale/derive.ts',
    'bench/scale/seed.ts',
    'lib/recaps/public-recap-rows.ts',
    'lib/search/documents.ts',
    'lib/db/migrations/index.ts',
  ];
  const h = createHash('sha256').update(JSON.stringify([count, SEED, readModelVersion()]));
  for (const f of files) h.update(fs.readFileSync(path.join(PROJECT_ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

export async function seedScale(target: SeedTarget): Promise<SeedResult> {
  const env = targetEnv(target);
  const print = fingerprint(target.count);
  const existing = await readMeta(target);
  if (existing?.fingerprint === print) {
    log(`${target.dialect} ${target.name}: already holds ${target.count} recaps (fingerprint ${print}), reused`);
    return { ...(existing.result as SeedResult), target, env, reused: true };
  }
  verifyGenerator(SEED);
  log(`${target.dialect} ${target.name}: generating ${target.count} recaps…`);
  const t0 = performance.now();
  const db = await freshDatabase(target);
  const counts = { talks: 0, docs: 0, bodyBytes: 0, readModelBodyBytes: 0 };
  const speakers = new Set<string>();
  const tags = new Set<string>();
  const sample: SeedSample = { recapSlugs: [], speakerSlugs: [], tagSlugs: [], speakerNames: [], filters: [] };
  try {
    await migrateToLatest(db);
    const adminId = await insertAdmin(db);
    const writer = target.dialect === 'postgres' ? await PgWriter.open(env.DATABASE_URL) : new SqliteWriter(target.name);
    try {
      await writer.begin();
      const gen = new ScaleGenerator(SEED);
      const takenIds = new Set<number>();
      const pool = new DerivePool(WORKERS);
      const generate = (from: number) => {
        const batch: ScaleRecap[] = [];
        for (let i = from; i < Math.min(target.count, from + BATCH); i++) batch.push(gen.next());
        return { batch, derived: pool.derive(batch) };
      };
      try {
        // The workers derive the next batch while this one is written.
        let current = generate(0);
        for (let done = 0; done < target.count; done += BATCH) {
          const { batch } = current;
          const derived = await current.derived;
          if (done + BATCH < target.count) current = generate(done + BATCH);
          const docs = derived.map((d) => uniqueIds(d.docs, takenIds));
          await writer.recaps(batch.map((r) => recapRow(r, adminId)));
          await writer.searchDocs(docs.flat());
          counts.readModelBodyBytes += (
            await writeReadModel(
              writer.handle(db),
              derived.map((d) => d.readModel),
            )
          ).bodyBytes;
          for (const r of batch) {
            counts.talks += r.summary.talks.length;
            counts.bodyBytes += Buffer.byteLength(r.body);
            for (const t of r.summary.talks) for (const s of t.speakers) speakers.add(s.slug);
            for (const t of r.summary.tags) tags.add(t);
            collectSample(sample, r);
          }
          counts.docs += docs.reduce((n, d) => n + d.length, 0);
          if ((done / BATCH) % 10 === 9 || done + BATCH >= target.count)
            log(`  ${Math.min(target.count, done + BATCH)}/${target.count} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
        }
      } finally {
        await pool.close();
      }
      log('indexes and statistics…');
      await writer.finish(target.count);
    } finally {
      await writer.close();
    }
    const result: SeedResult = {
      target,
      env,
      reused: false,
      generateMs: Math.round(performance.now() - t0),
      recaps: target.count,
      talks: counts.talks,
      speakers: speakers.size,
      tags: tags.size,
      searchDocs: counts.docs,
      bodyBytes: counts.bodyBytes,
      compiledBodyBytes: counts.readModelBodyBytes,
      sample,
    };
    await writeMeta(db, print, result);
    log(
      `${target.dialect}: ${target.count} recaps, ${counts.talks} talks, ${speakers.size} speakers, ${tags.size} tags, ${counts.docs} search documents in ${(result.generateMs / 1000).toFixed(1)} s`,
    );
    return result;
  } finally {
    await db.destroy();
  }
}

/** Search ids are rank keys with a slug hash; two recaps of one day may collide, as lib/search/index-sql.ts handles: re-salt. */
function uniqueIds(rows: SearchDocRow[], taken: Set<number>): SearchDocRow[] {
  for (let salt = 1; rows.some((r) => taken.has(r.id)); salt++) rows = withIds(rows, salt);
  for (const r of rows) taken.add(r.id);
  return rows;
}

/** A few thousand of each, spread over the whole set, for the page requests. */
function collectSample(sample: SeedSample, r: ScaleRecap): void {
  const keep = (list: string[], value: string, max = 20_000) => {
    if (list.length < max && !list.includes(value)) list.push(value);
  };
  if (sample.recapSlugs.length < 20_000) sample.recapSlugs.push(r.slug);
  const t = r.summary.talks[r.index % r.summary.talks.length];
  if (sample.speakerSlugs.length < 20_000) sample.speakerSlugs.push(t.speakers[0].slug);
  if (r.index % 50 === 0) sample.speakerNames.push(t.speakers[0].name);
  keep(sample.tagSlugs, tagSlug(r.summary.tags[r.summary.tags.length - 1]), 1000);
  if (sample.filters.length < 20_000) {
    const f = r.index % 3;
    sample.filters.push(
      f === 0
        ? { tag: r.summary.tags[0], year: r.summary.date.slice(0, 4) }
        : f === 1
          ? { city: r.summary.city, year: r.summary.date.slice(0, 4) }
          : { tag: r.summary.tags[0], city: r.summary.city },
    );
  }
}

export interface RecapInsert {
  id: number;
  slug: string;
  front_matter: string;
  body: string;
  status: 'published';
  version: number;
  scheduled_at: null;
  published_at: string;
  created_by: number;
  updated_by: number;
  created_at: string;
  updated_at: string;
  live_front_matter: string;
  live_body: string;
  live_version: number;
  live_updated_at: string;
}

function recapRow(r: ScaleRecap, adminId: number): RecapInsert {
  const fm = JSON.stringify(r.stored);
  const created = new Date(Date.parse(r.publishedAt) - 3 * 86_400_000).toISOString();
  return {
    id: r.index + 1,
    slug: r.slug,
    front_matter: fm,
    body: r.body,
    status: 'published',
    version: 1,
    scheduled_at: null,
    published_at: r.publishedAt,
    created_by: adminId,
    updated_by: adminId,
    created_at: created,
    updated_at: r.publishedAt,
    live_front_matter: fm,
    live_body: r.body,
    live_version: 1,
    live_updated_at: r.publishedAt,
  };
}

async function insertAdmin(db: Kysely<Database>): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('users')
    .values({
      email: ADMIN.email,
      name: 'admin',
      role: 'admin',
      password_hash: await bcrypt.hash(ADMIN.password, 11),
      github_id: null,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function freshDatabase(target: SeedTarget): Promise<Kysely<Database>> {
  if (target.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(target.name), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target.name + suffix, { force: true });
    return createDb({ dialect: 'sqlite', path: target.name });
  }
  if (!/^bench_scale_\w+$/.test(target.name))
    throw new Error(`refusing to recreate PostgreSQL database "${target.name}": only bench_scale_* databases are the bench's own`);
  await pgAdmin(`drop database if exists ${target.name} with (force)`);
  await pgAdmin(`create database ${target.name}`);
  return createDb({ dialect: 'postgres', connectionString: targetEnv(target).DATABASE_URL, max: 2 });
}

async function pgAdmin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_SERVER_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const META_TABLE = 'bench_scale_meta';

async function readMeta(target: SeedTarget): Promise<{ fingerprint: string; result: unknown } | null> {
  try {
    if (target.dialect === 'sqlite') {
      if (!fs.existsSync(target.name)) return null;
      const s = new SqliteDatabase(target.name, { readonly: true, fileMustExist: true });
      try {
        const row = s.prepare(`select fingerprint, result from ${META_TABLE}`).get() as { fingerprint: string; result: string } | undefined;
        return row ? { fingerprint: row.fingerprint, result: JSON.parse(row.result) } : null;
      } finally {
        s.close();
      }
    }
    const client = new pg.Client({ connectionString: targetEnv(target).DATABASE_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      const { rows } = await client.query(`select fingerprint, result from ${META_TABLE}`);
      return rows[0] ? { fingerprint: rows[0].fingerprint, result: JSON.parse(rows[0].result) } : null;
    } finally {
      await client.end();
    }
  } catch {
    return null; // no such database or table: not seeded
  }
}

async function writeMeta(db: Kysely<Database>, print: string, result: SeedResult): Promise<void> {
  await sql`create table ${sql.raw(META_TABLE)} (fingerprint text not null, result text not null)`.execute(db);
  await sql`insert into ${sql.raw(META_TABLE)} (fingerprint, result) values (${print}, ${JSON.stringify(result)})`.execute(db);
}

/** Bulk writes of one dialect. */
interface Writer {
  begin(): Promise<void>;
  recaps(rows: RecapInsert[]): Promise<void>;
  searchDocs(rows: SearchDocRow[]): Promise<void>;
  /** The handle the read model's batch writer should use (the same transaction/connection as the others where it matters). */
  handle(db: Kysely<Database>): Kysely<Database>;
  finish(count: number): Promise<void>;
  close(): Promise<void>;
}

const RECAP_COLUMNS = [
  'id',
  'slug',
  'front_matter',
  'body',
  'status',
  'version',
  'scheduled_at',
  'published_at',
  'created_by',
  'updated_by',
  'created_at',
  'updated_at',
  'live_front_matter',
  'live_body',
  'live_version',
  'live_updated_at',
] as const;
const DOC_COLUMNS = [
  'id',
  'doc_key',
  'recap_slug',
  'talk_id',
  'kind',
  'ord',
  'source',
  'locale',
  'date',
  'title',
  'recap_title',
  'speakers',
  'snippet_text',
  'title_n',
  'people_n',
  'affil_n',
  'meta_n',
  'talks_n',
  'tp_n',
  'hx_n',
  'body_n',
  'exact_keys',
  'hash',
] as const;

class PgWriter implements Writer {
  private trgm: string[] = [];
  private constructor(private readonly client: pg.Client) {}

  static async open(url: string): Promise<PgWriter> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`set maintenance_work_mem = '512MB'`);
    return new PgWriter(client);
  }

  async begin() {
    // Trigram GIN indexes: built once at the end instead of updated row by row (several times faster).
    const { rows } = await this.client.query(`select indexname, indexdef from pg_indexes where tablename = 'search_docs' and indexdef ilike '%gin%'`);
    this.trgm = rows.map((r) => r.indexdef as string);
    for (const r of rows) await this.client.query(`drop index ${r.indexname}`);
  }

  private async insertJson(table: string, columns: readonly string[], rows: object[]) {
    if (!rows.length) return;
    const list = columns.join(', ');
    await this.client.query(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1)`, [JSON.stringify(rows)]);
  }

  recaps(rows: RecapInsert[]) {
    return this.insertJson('recaps', RECAP_COLUMNS, rows);
  }

  searchDocs(rows: SearchDocRow[]) {
    return this.insertJson('search_docs', DOC_COLUMNS, rows);
  }

  handle(db: Kysely<Database>) {
    return db;
  }

  async finish(count: number) {
    await this.client.query(`select setval(pg_get_serial_sequence('recaps', 'id'), $1)`, [count]);
    await this.client.query(`update catalog_version set version = version + 1 where id = 1`);
    for (const def of this.trgm) await this.client.query(def);
    await this.client.query('vacuum analyze');
  }

  async close() {
    await this.client.end();
  }
}

class SqliteWriter implements Writer {
  private readonly s: SqliteDatabase.Database;
  private readonly insertRecap: SqliteDatabase.Statement;
  private readonly insertDoc: SqliteDatabase.Statement;

  constructor(file: string) {
    this.s = new SqliteDatabase(file);
    this.s.pragma('journal_mode = WAL');
    this.s.pragma('synchronous = OFF');
    this.insertRecap = this.s.prepare(`insert into recaps (${RECAP_COLUMNS.join(', ')}) values (${RECAP_COLUMNS.map((c) => `@${c}`).join(', ')})`);
    this.insertDoc = this.s.prepare(`insert into search_docs (${DOC_COLUMNS.join(', ')}) values (${DOC_COLUMNS.map((c) => `@${c}`).join(', ')})`);
  }

  async begin() {}

  async recaps(rows: RecapInsert[]) {
    this.s.transaction(() => {
      for (const r of rows) this.insertRecap.run(r);
    })();
  }

  async searchDocs(rows: SearchDocRow[]) {
    this.s.transaction(() => {
      for (const r of rows) this.insertDoc.run(r);
    })();
  }

  handle(db: Kysely<Database>) {
    return db;
  }

  async finish() {
    this.s.prepare('update catalog_version set version = version + 1 where id = 1').run();
    this.s.exec('analyze');
    this.s.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close() {
    this.s.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dialect, count, name] = process.argv.slice(2);
  if ((dialect !== 'sqlite' && dialect !== 'postgres') || !(Number(count) > 0)) {
    console.error('usage: bench/scale/seed.ts <sqlite|postgres> <count> [file or database name]');
    process.exit(2);
  }
  const target = { ...defaultTarget(dialect, Number(count)), ...(name ? { name } : {}) };
  seedScale(target).then(
    (r) => console.log(JSON.stringify({ ...r, sample: undefined })),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    },
  );
}
