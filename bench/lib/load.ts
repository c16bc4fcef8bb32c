/** Load tests with autocannon's programmatic API: a warm-up run, then the measured run. */
import autocannon from 'autocannon';

export interface LoadResult {
  url: string;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mbPerSec: number;
}

export interface LoadOptions {
  connections?: number;
  durationSec?: number;
  warmupSec?: number;
}

export async function measure(url: string, { connections = 50, durationSec = 10, warmupSec = 3 }: LoadOptions = {}): Promise<LoadResult> {
  if (warmupSec > 0) await autocannon({ url, connections, duration: warmupSec });
  const r = await autocannon({ url, connections, duration: durationSec, timeout: 10 });
  return {
    url,
    rps: round(r.requests.average),
    p50Ms: round(r.latency.p50),
    p99Ms: round(r.latency.p99),
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    mbPerSec: round(r.throughput.average / 1024 / 1024),
  };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
