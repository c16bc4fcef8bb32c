/** Small statistics helpers for repeated runs on a noisy machine. */
import os from 'node:os';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The run with the smallest `key`: for build times, the least disturbed by other load. */
export function fastest<T>(runs: T[], key: (run: T) => number): T {
  return runs.reduce((best, run) => (key(run) < key(best) ? run : best));
}

/** 1-minute load average, to show in results how busy the machine was. */
export const loadAverage = () => Math.round(os.loadavg()[0] * 100) / 100;
