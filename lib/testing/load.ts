import os from 'node:os';

/**
 * A latency bound for timing tests on shared machines: `baseMs` while the
 * machine is not oversubscribed, scaled by the load average per core when it
 * is (at load 13 on 2 cores a thread gets about a sixth of a core, and an idle
 * server's answers already take 100 ms or more). Far below what the tested
 * failures cost (seconds to minutes of blocking).
 */
export function loadScaledBoundMs(baseMs: number): number {
  return baseMs * Math.max(1, os.loadavg()[0] / os.availableParallelism());
}
