/**
 * Organizer benchmark (`npx tsx bench/organizer.ts`, or `npm run bench -- organizer`
 * once bench/run.ts dispatches to it):
 *   1. draft save p50/p95/p99 of lib/recaps/mutations.ts saveRecapDraft, in-process,
 *      300 saves of a ≈ 20 KB / 8-talk body, on a temp SQLite file and on a temp
 *      PostgreSQL database (one child process per dialect: the lib reads
 *      DATABASE_URL / SQLITE_PATH once);
 *   2. preview render of a 20-talk draft: renderDraftPreview's renderMs, and the
 *      call plus react-dom/server renderToString of its node (100 runs);
 *   3. publish-to-visible on `next start` (build in .next-bench-org): the
 *      "Publish now" server action replayed over HTTP, anonymous polling of
 *      /recaps/<slug> and /recaps every 20 ms, 20 rounds, median and max;
 *   4. the save and preview server actions end to end over HTTP (auth + RSC).
 * Writes the "organizer" key of bench/results.json; other keys are kept.
 *
 * lib/ modules start with `import 'server-only'`, which throws in plain Node; the
 * in-process workers run under `tsx --import bench/organizer/register.mjs`, a
 * resolve hook mapping it to an empty module (as vitest.config.ts aliases it).
 *
 * Env: ORG_SAVES (300), ORG_PREVIEWS (100), ORG_ROUNDS (20 publish rounds),
 *      ORG_HTTP_SAVES (100), ORG_HTTP_PREVIEWS (50), ORG_PORT (3420: first port tried),
 *      ORG_PG_URL (postgres://postgres@127.0.0.1:5432/test: server to create the temp database on),
 *      ORG_SKIP_PG=1, ORG_SKIP_SERVER=1 (in-process parts only),
 *      ORG_SKIP_BUILD=1 (reuse .next-bench-org if it holds a build), ORG_WORKER_TIMEOUT (600 s per child).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { pgAdmin } from './lib/pg-admin';
import { buildPhases } from './lib/build';
import { installCleanup, runTimed, spawnTracked, stopAll, stopTracked } from './lib/procs';
import { formatTable, machineInfo, RESULTS_FILE, writeResults } from './lib/results';
import { BENCH_TMP, PROJECT_ROOT, bin, findFreePort, startNext, type NextServer } from './lib/server';
import { loadAverage } from './lib/stats';
import { snapshotTsconfig } from './lib/tsconfig-guard';
import { benchFields, draftBody, editedBody } from './organizer/fixtures';
import { actionIds, callAction, expectAction, signIn } from './organizer/http';
import { publishToVisible, type PublishResult } from './organizer/publish';
import { round2, summarize, type Summary } from './organizer/stats';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const SAVES = num('ORG_SAVES', 300);
const PREVIEWS = num('ORG_PREVIEWS', 100);
const ROUNDS = num('ORG_ROUNDS', 20);
const HTTP_SAVES = num('ORG_HTTP_SAVES', 100);
const HTTP_PREVIEWS = num('ORG_HTTP_PREVIEWS', 50);
const WORKER_TIMEOUT_S = num('ORG_WORKER_TIMEOUT', 600);
const PG_URL = process.env.ORG_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const ORGANIZER_TARGETS = { saveP95SqliteMs: 50, publishToVisibleMs: 1000, previewServerMs: 100 };
/** Ports other benches, the app and other engineers use; never taken here. */
const RESERVED_PORTS = new Set([3000, 3050, 3100, 3101, 3110, 3200, 3300]);
export const ORG_DIST_DIR = '.next-bench-org';
const TMP = path.join(BENCH_TMP, 'organizer');
const ADMIN = { email: 'bench@example.com', password: 'correct-horse-battery' };
const log = (msg: string) => console.log(`[bench:organizer] ${msg}`);

/** Environment of every child: production mode, no shared Redis cache, no inherited database. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'SQLITE_PATH', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) if (!(key in extra)) delete env[key];
  return env;
}

/** Runs a worker under tsx with the server-only hook; returns its JSON output. */
async function runWorker<T>(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  const out = path.join(TMP, `${name}.json`);
  fs.rmSync(out, { force: true });
  const logFile = path.join(TMP, 'logs', `${name}.log`);
  const child = spawnTracked(name, bin('tsx'), ['--import', './bench/organizer/register.mjs', `bench/organizer/${script}`, out, ...args], {
    cwd: PROJECT_ROOT,
    env,
    logFile,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), WORKER_TIMEOUT_S * 1000)));
  const code = await Promise.race([child.exited, timeout]);
  clearTimeout(timer);
  if (code === 'timeout') {
    await stopTracked(child);
    throw new Error(`${name} still running after ${WORKER_TIMEOUT_S} s (ORG_WORKER_TIMEOUT); log: ${logFile}`);
  }
  if (code !== 0 || !fs.existsSync(out)) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    throw new Error(`${name} failed (exit ${code}); log: ${logFile}\n${tail}`);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')) as T;
}

// ---- PostgreSQL temp database ------------------------------------------------------------

/** Drops one temp database, retrying for ~30 s while PostgreSQL restarts (others test outages here). */
async function dropPgDatabase(name: string): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await pgAdmin(PG_URL, `drop database if exists ${name} with (force)`);
      return;
    } catch (err) {
      if (i >= 7) {
        log(`could not drop ${name} (${(err as Error).message}); the next run drops it`);
        return;
      }
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

/** Drops bench_org_<pid>_* databases left by runs whose process is gone (a run killed with SIGKILL). */
async function dropStalePgDatabases(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like 'bench_org_%'`);
    for (const { datname } of rows) {
      const pid = Number(/^bench_org_(\d+)_/.exec(datname)?.[1]);
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        /* gone */
      }
      if (!alive) await client.query(`drop database if exists ${datname} with (force)`);
    }
  } finally {
    await client.end();
  }
}

async function retry<T>(what: string, times: number, run: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (i >= times) throw err;
      log(`${what} failed (${(err instanceof Error ? err.message : String(err)).split('\n')[0]}); retrying in 10 s (${i}/${times - 1})`);
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
}

// ---- results types -------------------------------------------------------------------------

interface SaveWorkerResult {
  dialect: string;
  saves: number;
  warmup: number;
  bodyBytes: number;
  talks: number;
  save: Summary;
  reviewOnly: Summary;
  storeOnly: Summary;
  revisionsRecorded: number;
  samplesMs: number[];
}

interface PreviewWorkerResult {
  bodyBytes: number;
  htmlBytes: number;
  renderMs: Summary;
  callMs: Summary;
  reactRenderToStringMs: Summary;
  callPlusRenderToStringMs: Summary;
  compileBodyMs: Summary;
  reviewDraftMs: Summary;
  [k: string]: unknown;
}

interface HttpResult {
  save: (Summary & { bodyBytes: number }) | null;
  preview: (Summary & { serverRenderMs: Summary; bodyBytes: number; responseBytes: number }) | null;
}

// ---- server part -----------------------------------------------------------------------------

async function buildApp(): Promise<{ ms: number; phases: Record<string, number> } | null> {
  const buildId = path.join(PROJECT_ROOT, ORG_DIST_DIR, 'BUILD_ID');
  if (process.env.ORG_SKIP_BUILD === '1' && fs.existsSync(buildId)) {
    log(`ORG_SKIP_BUILD=1: reusing ${ORG_DIST_DIR}`);
    return null;
  }
  const logFile = path.join(TMP, 'logs', 'build.log');
  log(`next build into ${ORG_DIST_DIR}… (log: ${path.relative(PROJECT_ROOT, logFile)})`);
  const env = childEnv({ NEXT_DIST_DIR: ORG_DIST_DIR, SQLITE_PATH: path.join(TMP, 'build', 'portal.db'), DATA_DIR: path.join(TMP, 'build') });
  // next build rewrites tsconfig.json (and the build tsconfig) to include <distDir>/types: put them back.
  const restore = [snapshotTsconfig(PROJECT_ROOT, ORG_DIST_DIR), snapshotTsconfig(PROJECT_ROOT, ORG_DIST_DIR, 'tsconfig.build.json')];
  let ms: number;
  try {
    ms = await runTimed('next build', bin('next'), ['build'], { cwd: PROJECT_ROOT, env, logFile });
  } finally {
    for (const r of restore) r();
  }
  return { ms: Math.round(ms), phases: buildPhases(fs.readFileSync(logFile, 'utf8')) };
}

/** Restores a file's text if the only change is in its `include` list (what next build adds). */
async function pickPort(): Promise<number> {
  let port = num('ORG_PORT', 3420);
  for (;;) {
    port = await findFreePort(port);
    if (!RESERVED_PORTS.has(port)) return port;
    port++;
  }
}

interface Draft {
  id: number;
  slug: string;
  title: string;
  version: number;
  fields: ReturnType<typeof benchFields>;
}

async function serverPart(): Promise<{ publish: PublishResult; http: HttpResult; build: Awaited<ReturnType<typeof buildApp>>; port: number }> {
  const build = await buildApp();
  const port = await pickPort();
  const dataDir = path.join(TMP, 'server');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = childEnv({
    NEXT_DIST_DIR: ORG_DIST_DIR,
    SITE_URL: `http://127.0.0.1:${port}`,
    SQLITE_PATH: path.join(dataDir, 'portal.db'),
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  let server: NextServer | null = null;
  try {
    server = await startNext({ port, env, logFile: path.join(TMP, 'logs', 'next-start.log') });
    if (server.port !== port) throw new Error(`expected port ${port}, got ${server.port}`);
    log(`next start on ${server.url} (log: ${path.relative(PROJECT_ROOT, server.logFile)})`);
    const jar = await signIn(server.url, ADMIN.email, ADMIN.password);
    const ids = actionIds(path.join(PROJECT_ROOT, ORG_DIST_DIR), 'app/(admin)/admin/recaps/[id]/');
    for (const name of ['publishAction', 'unpublishAction', 'saveDraftAction', 'previewAction']) {
      if (!ids[name]) throw new Error(`no ${name} in ${ORG_DIST_DIR}/server/server-reference-manifest.json`);
    }
    const tag = `${Date.now().toString(36)}`;
    const drafts = await runWorker<Draft[]>('seed', 'seed-worker.ts', [`bench-pub-warm-${tag}`, `bench-pub-${tag}`, `bench-edit-${tag}`], {
      ...env,
      CONTENT_DIR: path.join(PROJECT_ROOT, 'content'),
    });
    const [warmDraft, pubDraft, editDraft] = drafts;
    // Warm the routes (page, listing, editor, actions) once, untimed.
    for (const p of ['/', '/recaps', `/admin/recaps/${pubDraft.id}`]) await (await fetch(server.url + p, { headers: { cookie: jar.header() } })).arrayBuffer();
    const common = { baseUrl: server.url, jar, publishId: ids.publishAction, unpublishId: ids.unpublishAction, log };
    log('publish-to-visible: 2 warm-up rounds on another draft…');
    await publishToVisible(warmDraft, { ...common, iterations: 2 });
    log(`publish-to-visible: ${ROUNDS} rounds on /recaps/${pubDraft.slug} (load avg ${loadAverage()})`);
    const publish = await publishToVisible(pubDraft, { ...common, iterations: ROUNDS });

    const http = await httpActions(server.url, jar, ids, editDraft);
    return { publish, http, build, port };
  } finally {
    await server?.stop();
  }
}

/** The editor's save and preview server actions, end to end over HTTP (session check, zod, lib call, RSC payload). */
async function httpActions(baseUrl: string, jar: Awaited<ReturnType<typeof signIn>>, ids: Record<string, string>, draft: Draft): Promise<HttpResult> {
  const editor = `/admin/recaps/${draft.id}`;
  const base = draftBody(8);
  let version = draft.version;
  const saveMs: number[] = [];
  log(`HTTP saveDraftAction × ${HTTP_SAVES} (+5 warm-up)…`);
  for (let i = 0; i < HTTP_SAVES + 5; i++) {
    const r = await callAction(
      baseUrl,
      editor,
      ids.saveDraftAction,
      [draft.id, { baseVersion: version, fields: draft.fields, body: editedBody(base, i) }],
      jar,
    );
    expectAction('saveDraftAction', r, /"status":"saved"/);
    version = Number(/"version":(\d+)/.exec(r.body)?.[1]);
    if (i >= 5) saveMs.push(r.ms);
  }
  const fields = benchFields('bench-preview-20-talks', 'Twenty Talks Platform Day 2025');
  const body = draftBody(20, { speakersPerTalk: 2, wordsPerTalk: 150, seed: 20 });
  const previewMs: number[] = [];
  const serverMs: number[] = [];
  let responseBytes = 0;
  log(`HTTP previewAction × ${HTTP_PREVIEWS} (+5 warm-up), 20 talks…`);
  for (let i = 0; i < HTTP_PREVIEWS + 5; i++) {
    // A new body every time, as while typing: the editor's compile cache must not answer.
    const r = await callAction(baseUrl, editor, ids.previewAction, [{ fields, body: `${body}\nEdit number ${i}.\n` }], jar);
    expectAction('previewAction', r, /"renderMs":[\d.]+/);
    responseBytes = Buffer.byteLength(r.body);
    if (i >= 5) {
      previewMs.push(r.ms);
      serverMs.push(Number(/"renderMs":([\d.]+)/.exec(r.body)![1]));
    }
  }
  return {
    save: { ...summarize(saveMs), bodyBytes: Buffer.byteLength(editedBody(base, 0)) },
    preview: { ...summarize(previewMs), serverRenderMs: summarize(serverMs), bodyBytes: Buffer.byteLength(body), responseBytes },
  };
}

// ---- main ----------------------------------------------------------------------------------

export async function runOrganizer(): Promise<number> {
  installCleanup();
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(path.join(TMP, 'logs'), { recursive: true });
  const started = performance.now();
  const loadBefore = loadAverage();
  const errors: Record<string, string> = {};
  const attempt = async <T>(part: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (err) {
      errors[part] = err instanceof Error ? err.message : String(err);
      log(`${part} failed: ${errors[part].split('\n').slice(0, 8).join('\n')}`);
      return null;
    }
  };

  // 1. Draft save, in-process, one child per dialect.
  log(`draft save × ${SAVES} on SQLite…`);
  const sqlite = await attempt('saveSqlite', () =>
    runWorker<SaveWorkerResult>(
      'save-sqlite',
      'save-worker.ts',
      [],
      childEnv({ SQLITE_PATH: path.join(TMP, 'save', 'portal.db'), DATA_DIR: path.join(TMP, 'save'), ORG_SAVES: String(SAVES) }),
    ),
  );
  let postgres: SaveWorkerResult | null = null;
  if (process.env.ORG_SKIP_PG !== '1') {
    // Others test PostgreSQL outages on this machine: a run that loses its connection is retried.
    postgres = await attempt('savePostgres', () =>
      retry('PostgreSQL save', 3, async () => {
        await dropStalePgDatabases();
        const dbName = `bench_org_${process.pid}_${randomBytes(3).toString('hex')}`;
        await pgAdmin(PG_URL, `create database ${dbName}`);
        try {
          const url = new URL(PG_URL);
          url.pathname = `/${dbName}`;
          log(`draft save × ${SAVES} on PostgreSQL (temp database ${dbName})…`);
          return await runWorker<SaveWorkerResult>(
            'save-postgres',
            'save-worker.ts',
            [],
            childEnv({ DATABASE_URL: url.toString(), DATA_DIR: path.join(TMP, 'save-pg'), ORG_SAVES: String(SAVES) }),
          );
        } finally {
          await dropPgDatabase(dbName);
        }
      }),
    );
  }

  // 2. Preview render, in-process.
  log(`preview render × ${PREVIEWS}, 20 talks…`);
  const preview = await attempt('preview', () =>
    runWorker<PreviewWorkerResult>('preview', 'preview-worker.ts', [], childEnv({ ORG_PREVIEWS: String(PREVIEWS) })),
  );

  // 3–4. Server: publish-to-visible, HTTP actions.
  const server = process.env.ORG_SKIP_SERVER === '1' ? null : await attempt('server', serverPart);

  const T = ORGANIZER_TARGETS;
  const pass = {
    saveP95Sqlite: sqlite ? sqlite.save.p95Ms <= T.saveP95SqliteMs : null,
    publishToVisible:
      server?.publish.pageVisibleMedianMs != null ? server.publish.pageVisibleMedianMs <= T.publishToVisibleMs && server.publish.timeouts === 0 : null,
    previewServer: preview ? preview.callPlusRenderToStringMs.p95Ms <= T.previewServerMs : null,
  };
  const strip = (r: SaveWorkerResult | null) => r && { ...r, samplesMs: undefined };
  const section = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    loadAverage: { before: loadBefore, after: loadAverage() },
    durationSec: Math.round((performance.now() - started) / 1000),
    targets: T,
    pass,
    draftSave: {
      method: `lib/recaps/mutations.ts saveRecapDraft in-process (tsx + server-only hook), ${SAVES} sequential saves after 10 warm-up, ≈ 20 KB body with 8 talks, each save based on the previous version; reviewOnly = reviewDraft alone (zod + MDX compile + element tree), storeOnly = lib/sql saveDraft alone (transaction: UPDATE … WHERE version + revision upsert)`,
      sqlite: strip(sqlite),
      postgres: strip(postgres),
    },
    preview: preview && {
      method: `lib/recaps/preview.ts renderDraftPreview in-process, ${PREVIEWS} runs after 10 warm-up; renderMs is the function's own figure; callPlusRenderToString adds react-dom/server renderToString of the returned node`,
      ...preview,
    },
    publishToVisible: server && {
      method:
        'next start (production build, SQLite, no Redis); publishAction POSTed as the admin UI does; anonymous GETs every 20 ms from the POST; page = /recaps/<slug> 200 with the title (404 cached beforehand), listing = /recaps showing the title',
      ...server.publish,
    },
    httpActions: server && {
      method: 'saveDraftAction / previewAction POSTed with a session cookie (auth, zod, lib call, RSC serialisation), sequential, after 5 warm-up',
      ...server.http,
    },
    build: server?.build ?? null,
    errors: Object.keys(errors).length ? errors : undefined,
  };
  writeResults('organizer', section);
  printTable(section);
  return Object.keys(errors).length ? 1 : 0;
}

function printTable(s: {
  machine: ReturnType<typeof machineInfo>;
  loadAverage: { before: number; after: number };
  pass: Record<string, boolean | null>;
  draftSave: { sqlite: Omit<SaveWorkerResult, 'samplesMs'> | null; postgres: Omit<SaveWorkerResult, 'samplesMs'> | null };
  preview: PreviewWorkerResult | null;
  publishToVisible: PublishResult | null;
  httpActions: HttpResult | null;
}): void {
  const ms = (v: number | null | undefined) => (v == null ? 'n/a' : `${round2(v)} ms`);
  const trio = (x: Summary | null | undefined) => (x ? `${ms(x.p50Ms)} / ${ms(x.p95Ms)} / ${ms(x.p99Ms)}` : 'n/a');
  const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
  const T = ORGANIZER_TARGETS;
  const { sqlite, postgres } = s.draftSave;
  const p = s.publishToVisible;
  const h = s.httpActions;
  console.log(
    `\nOrganizer benchmark (${s.machine.cpus} × ${s.machine.model}, Node ${s.machine.node}; load avg ${s.loadAverage.before} → ${s.loadAverage.after})\n`,
  );
  console.log(
    formatTable([
      ['metric', 'p50 / p95 / p99', 'target', ''],
      ['draft save, SQLite (in-process)', trio(sqlite?.save), `p95 ≤ ${T.saveP95SqliteMs} ms`, mark(s.pass.saveP95Sqlite)],
      ['  of which review (MDX compile)', trio(sqlite?.reviewOnly), '', ''],
      ['  of which store (UPDATE + revision)', trio(sqlite?.storeOnly), '', ''],
      ['draft save, PostgreSQL (in-process)', trio(postgres?.save), '', ''],
      ['  of which store (UPDATE + revision)', trio(postgres?.storeOnly), '', ''],
      ['draft save over HTTP (action, SQLite)', trio(h?.save), '', ''],
      ['preview 20 talks: renderMs', trio(s.preview?.renderMs), '', ''],
      ['preview + renderToString', trio(s.preview?.callPlusRenderToStringMs), `p95 ≤ ${T.previewServerMs} ms`, mark(s.pass.previewServer)],
      ['preview over HTTP (action round trip)', trio(h?.preview), '', ''],
      ['metric', 'median / max', 'target', ''],
      [
        'publish → recap page visible',
        p?.pageVisible ? `${ms(p.pageVisibleMedianMs)} / ${ms(p.pageVisible.maxMs)}` : 'n/a',
        `median ≤ ${T.publishToVisibleMs} ms`,
        mark(s.pass.publishToVisible),
      ],
      ['publish → /recaps listing shows it', p?.listingVisible ? `${ms(p.listingVisibleMedianMs)} / ${ms(p.listingVisible.maxMs)}` : 'n/a', '', ''],
      ['publish action round trip', p ? `${ms(p.publishAction.p50Ms)} / ${ms(p.publishAction.maxMs)}` : 'n/a', '', ''],
      ['unpublish → page 404', p?.pageGone ? `${ms(p.pageGone.p50Ms)} / ${ms(p.pageGone.maxMs)}` : 'n/a', '', p ? `${p.timeouts} timeouts` : ''],
    ]),
  );
  console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)} ("organizer").`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runOrganizer()
    .then((code) => process.exit(code))
    .catch(async (err: unknown) => {
      console.error(`[bench:organizer] failed: ${err instanceof Error ? err.stack : String(err)}`);
      await stopAll();
      process.exit(1);
    });
}
