/** Timed GETs for the scale bench: one at a time (latency without queueing) or a few in flight (the 10,000-page run). */

export interface Timed {
  path: string;
  status: number;
  ms: number;
  bytes: number;
}

export async function timedGet(base: string, path: string, timeoutMs = 30_000): Promise<Timed> {
  const t0 = performance.now();
  try {
    const res = await fetch(base + path, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.arrayBuffer();
    return { path, status: res.status, ms: performance.now() - t0, bytes: body.byteLength };
  } catch {
    return { path, status: 0, ms: performance.now() - t0, bytes: 0 };
  }
}

export async function sequential(base: string, paths: string[]): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const p of paths) out.push(await timedGet(base, p));
  return out;
}

/** Every path once, `concurrency` at a time; `onProgress` every 1,000. */
export async function concurrent(base: string, paths: string[], concurrency: number, onProgress?: (done: number) => void): Promise<Timed[]> {
  const out: Timed[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const i = next++;
        out[i] = await timedGet(base, paths[i]);
        if (++done % 1000 === 0) onProgress?.(done);
      }
    }),
  );
  return out;
}

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers other than 200 (0: no answer). */
  failures: Record<string, number>;
}

export function latency(results: Timed[]): LatencyStats {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (p: number) => (ms.length ? Math.round(ms[Math.min(ms.length - 1, Math.max(0, Math.ceil(p * ms.length) - 1))] * 10) / 10 : 0);
  const failures: Record<string, number> = {};
  for (const r of results) if (r.status !== 200) failures[r.status] = (failures[r.status] ?? 0) + 1;
  return { n: ms.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), failures };
}
