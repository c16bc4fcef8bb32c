/**
 * Budget benchmark (`npm run bench:budget`): the p99 of /api/health while an
 * organizer previews and saves the costliest bodies (lib/testing/costly-bodies.ts)
 * through the editor's server actions on `next start`, the same with no
 * organizer (the machine's own noise), and the time to refuse each body (its
 * preview action, end to end). Writes the "budget" key of bench/results.json.
 * Env: BENCH_BUDGET_DIST_DIR (see bench/budget/server.ts), BUDGET_ROUNDS (1: passes over the corpus).
 */
import http from 'node:http';
import { COSTLY_BODIES } from '../lib/testing/costly-bodies';
import { installCleanup, stopAll } from './lib/procs';
import { machineInfo, writeResults } from './lib/results';
import { loadAverage } from './lib/stats';
import { currentVersion, DIST_DIR, serverDb, startBudgetServer } from './budget/server';
import { callAction, expectAction } from './organizer/http';

const ROUNDS = Number(process.env.BUDGET_ROUNDS) > 0 ? Number(process.env.BUDGET_ROUNDS) : 1;
export const HEALTH_P99_TARGET_MS = 100;
const log = (m: string) => console.log(`[bench:budget] ${m}`);

function healthOnce(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - t0));
      })
      .on('error', reject);
  });
}

/** Polls health every 20 ms until `until` settles; returns the latencies. */
async function pollWhile(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const out: number[] = [];
  while (!done) {
    out.push(await healthOnce(url));
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] * 10) / 10;
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: Math.round(s[s.length - 1] * 10) / 10 };
};

async function main() {
  installCleanup();
  const budget = await startBudgetServer('budget', log);
  try {
    const { server, jar, ids, recap } = budget;
    const editor = `/admin/recaps/${recap.id}`;
    const health = `${server.url}/api/health`;
    await callAction(server.url, editor, ids.previewAction, [{ fields: recap.fields, body: '# warm' }], jar);
    const idle = await pollWhile(health, new Promise((r) => setTimeout(r, 3000)));
    log(`idle health: ${JSON.stringify(stats(idle))} (load avg ${loadAverage()})`);
    const refusals: Record<string, { previewMs: number[]; saveMs: number[] }> = {};
    const work = (async () => {
      for (let round = 0; round < ROUNDS; round++) {
        for (const { name, body } of COSTLY_BODIES) {
          const preview = await callAction(server.url, editor, ids.previewAction, [{ fields: recap.fields, body }], jar);
          expectAction(`previewAction (${name})`, preview, /This recap is too complex to render: /);
          const version = await currentVersion(serverDb('budget'), recap.id);
          const save = await callAction(server.url, editor, ids.saveDraftAction, [recap.id, { baseVersion: version, fields: recap.fields, body }], jar);
          expectAction(`saveDraftAction (${name})`, save, /This recap is too complex to render: /);
          refusals[name] ??= { previewMs: [], saveMs: [] };
          refusals[name].previewMs.push(Math.round(preview.ms));
          refusals[name].saveMs.push(Math.round(save.ms));
        }
      }
    })();
    const loaded = await pollWhile(health, work);
    await work;
    const result = {
      method: `next start (${DIST_DIR}), SQLite; ${COSTLY_BODIES.length} costly bodies (each < 500 KB) × ${ROUNDS}, each previewed then saved with the editor's server actions over HTTP, one after another; /api/health polled on fresh connections every 20 ms meanwhile (and for 3 s with no organizer: idle)`,
      healthIdleMs: stats(idle),
      healthLoadedMs: stats(loaded),
      targetP99Ms: HEALTH_P99_TARGET_MS,
      meetsTarget: stats(loaded).p99 < HEALTH_P99_TARGET_MS,
      timeToRefuseMs: Object.fromEntries(
        Object.entries(refusals).map(([name, r]) => [name, { preview: Math.max(...r.previewMs), save: Math.max(...r.saveMs) }]),
      ),
      loadAverage: loadAverage(),
      machine: machineInfo(),
      at: new Date().toISOString(),
    };
    writeResults('budget', result);
    log(
      `health while refusing: ${JSON.stringify(result.healthLoadedMs)}; p99 target < ${HEALTH_P99_TARGET_MS} ms: ${result.meetsTarget ? 'met' : 'NOT met'} (load avg ${result.loadAverage})`,
    );
    for (const [name, r] of Object.entries(result.timeToRefuseMs)) log(`  ${name}: preview ${r.preview} ms, save ${r.save} ms`);
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
