/**
 * Memory benchmark (`npm run bench:memory`): saves a 200 KB published recap
 * 200 times through the real save path (the editor's saveDraftAction, replayed
 * over HTTP against `next start`: compile worker, draft compile cache, public
 * recompile, page expiry) and reads the public page every 10 saves, then
 * reports the server's resident memory before and after. Target: growth under
 * 100 MB. Writes the "memory" key of bench/results.json.
 * Env: MEM_SAVES (200), BENCH_BUDGET_DIST_DIR (see bench/budget/server.ts).
 */
import { installCleanup, stopAll } from './lib/procs';
import { machineInfo, writeResults } from './lib/results';
import { loadAverage } from './lib/stats';
import { currentVersion, DIST_DIR, serverDb, startBudgetServer } from './budget/server';
import { draftBody, editedBody } from './organizer/fixtures';
import { callAction, expectAction } from './organizer/http';

const SAVES = Number(process.env.MEM_SAVES) > 0 ? Number(process.env.MEM_SAVES) : 200;
export const MEMORY_TARGET_MB = 100;
const log = (m: string) => console.log(`[bench:memory] ${m}`);

/** A body of about `kb` KB made of the organizer bench's talks. */
function bodyOf(kb: number): string {
  let talks = 8;
  while (Buffer.byteLength(draftBody(talks)) < kb * 1024) talks += 4;
  return draftBody(talks);
}

async function main() {
  installCleanup();
  const budget = await startBudgetServer('memory', log);
  try {
    const { server, jar, ids, recap } = budget;
    const editor = `/admin/recaps/${recap.id}`;
    const base = bodyOf(200);
    let version = recap.version;
    const save = async (n: number) => {
      const r = await callAction(
        server.url,
        editor,
        ids.saveDraftAction,
        [recap.id, { baseVersion: version, fields: recap.fields, body: editedBody(base, n) }],
        jar,
      );
      expectAction('saveDraftAction', r, /"status":"saved"|"ok":true/);
      version = await currentVersion(serverDb('memory'), recap.id);
      return r.ms;
    };
    const readPage = async () => {
      const res = await fetch(`${server.url}/recaps/${recap.slug}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`/recaps/${recap.slug} answered ${res.status}`);
    };
    log(`body ${Math.round(Buffer.byteLength(base) / 1024)} KB; warming up (5 saves)…`);
    for (let i = 0; i < 5; i++) await save(i);
    await readPage();
    const before = budget.rssMb();
    log(`RSS before: ${before} MB; ${SAVES} saves (load avg ${loadAverage()})…`);
    const ms: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      ms.push(await save(100 + i));
      if (i % 10 === 9) await readPage();
      if (i % 50 === 49) log(`  ${i + 1}/${SAVES}: RSS ${budget.rssMb()} MB`);
    }
    const after = budget.rssMb();
    const growth = Math.round((after - before) * 10) / 10;
    const sorted = [...ms].sort((a, b) => a - b);
    const result = {
      method: `next start (${DIST_DIR}), SQLite; one published recap of ${Math.round(Buffer.byteLength(base) / 1024)} KB saved ${SAVES} times with saveDraftAction over HTTP (each save a different body), the public page read every 10 saves; RSS = VmRSS of the server process and its children, after 5 warm-up saves and a page read`,
      saves: SAVES,
      bodyKB: Math.round(Buffer.byteLength(base) / 1024),
      rssBeforeMB: before,
      rssAfterMB: after,
      growthMB: growth,
      targetGrowthMB: MEMORY_TARGET_MB,
      meetsTarget: growth < MEMORY_TARGET_MB,
      saveMs: {
        p50: Math.round(sorted[Math.floor(sorted.length / 2)]),
        p95: Math.round(sorted[Math.floor(sorted.length * 0.95)]),
        max: Math.round(sorted[sorted.length - 1]),
      },
      loadAverage: loadAverage(),
      machine: machineInfo(),
      at: new Date().toISOString(),
    };
    writeResults('memory', result);
    log(`RSS ${before} → ${after} MB (growth ${growth} MB, target < ${MEMORY_TARGET_MB} MB): ${result.meetsTarget ? 'met' : 'NOT met'}`);
  } finally {
    await budget.stop();
  }
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    await stopAll();
    process.exit(1);
  },
);
