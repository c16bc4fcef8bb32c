import { readFileSync, statSync } from 'node:fs';
import { env } from '@/lib/env';

// The one clock that decides an event's phase (announced, taking place, took
// place), the scheduler's "due" and the feeds' DTSTAMP. Real time, unless
// TEST_CLOCK_FILE names a file (tests only): it holds an ISO instant, which
// is "now" at the moment the file was last written, and the clock runs on
// from there. Tests move time by writing the file; a server started with it
// keeps the sample events upcoming whatever the real date.

let cached: { path: string; mtimeMs: number; at: number } | null = null;

/** Now, by the site's clock. */
export function now(clockFile: string | undefined = env.testClockFile): Date {
  const real = Date.now();
  if (!clockFile) return new Date(real);
  try {
    const { mtimeMs } = statSync(clockFile);
    if (!cached || cached.path !== clockFile || cached.mtimeMs !== mtimeMs) {
      const at = Date.parse(readFileSync(clockFile, 'utf8').trim());
      if (Number.isNaN(at)) return new Date(real);
      cached = { path: clockFile, mtimeMs, at };
    }
    // The file system's clock may run a few milliseconds ahead of Date.now(): never before the written instant.
    return new Date(cached.at + Math.max(0, real - cached.mtimeMs));
  } catch {
    return new Date(real);
  }
}
