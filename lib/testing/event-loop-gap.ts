/**
 * Largest gap between timer ticks on this thread while `work` runs: how long
 * it was blocked (tests that work stays off the request thread). `ms`: the
 * whole run.
 */
export async function maxEventLoopGap<T>(work: () => Promise<T>): Promise<{ result: T; gapMs: number; ms: number }> {
  let last = performance.now();
  const started = last;
  let gapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    return { result, gapMs, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}
