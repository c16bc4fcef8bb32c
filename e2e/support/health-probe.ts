// Polls /api/health back to back while other work runs, and records how long
// each answer took: the visitor-facing latency that organizer input must not
// raise. Used by e2e/admin/budget.spec.ts.
import http from 'node:http';

export interface HealthProbe {
  /** Labels the answers that follow (which work is running meanwhile). */
  label(name: string): void;
  /** Stops polling and returns every answer's latency in ms, in order. */
  stop(): Promise<number[]>;
  /** The slowest answer per label. */
  worstByLabel(): Record<string, number>;
}

/** One GET on a fresh connection (as a load balancer's probe does), timed from send to last byte. */
function once(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(url, { agent: false, headers: { Connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`health answered ${res.statusCode}`))));
    });
    req.on('error', reject);
  });
}

/** Starts polling `${baseURL}/api/health` every `intervalMs`. */
export function probeHealth(baseURL: string, intervalMs = 20): HealthProbe {
  const url = new URL('/api/health', baseURL);
  const latencies: number[] = [];
  const worst: Record<string, number> = {};
  let current = '';
  let running = true;
  const loop = (async () => {
    while (running) {
      const label = current;
      const ms = await once(url);
      latencies.push(ms);
      worst[label] = Math.max(worst[label] ?? 0, Math.round(ms));
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    label(name) {
      current = name;
    },
    worstByLabel: () => worst,
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
