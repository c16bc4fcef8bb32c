import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setProcessState } from '@/lib/process-state';

vi.mock('@/lib/recaps/scheduler', () => ({ stopScheduler: vi.fn() }));

describe('installGracefulShutdown', () => {
  let saved: NodeJS.SignalsListener[];
  let savedInt: NodeJS.SignalsListener[];
  beforeEach(() => {
    saved = process.listeners('SIGTERM');
    savedInt = process.listeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    vi.useFakeTimers();
    vi.stubEnv('SHUTDOWN_DELAY_MS', '3000');
  });
  afterEach(() => {
    process.removeAllListeners('SIGTERM');
    process.removeAllListeners('SIGINT');
    for (const l of saved) process.on('SIGTERM', l);
    for (const l of savedInt) process.on('SIGINT', l);
    vi.useRealTimers();
    vi.unstubAllEnvs();
    setProcessState('draining', undefined);
  });

  it("reports draining at once and runs Next's own handler only after SHUTDOWN_DELAY_MS", async () => {
    const nextHandler = vi.fn();
    process.on('SIGTERM', nextHandler); // what `next start` registered before instrumentation
    const { installGracefulShutdown } = await import('./deferred-sigterm');
    const { isDraining } = await import('@/lib/shutdown');
    const { stopScheduler } = await import('@/lib/recaps/scheduler');
    installGracefulShutdown();
    expect(process.listeners('SIGTERM')).not.toContain(nextHandler);

    process.emit('SIGTERM', 'SIGTERM');
    expect(isDraining()).toBe(true);
    expect(stopScheduler).toHaveBeenCalled();
    vi.advanceTimersByTime(2999);
    expect(nextHandler).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(nextHandler).toHaveBeenCalledWith('SIGTERM');
  });
});

// Upgrade canary: the workaround needs `next start` to register a SIGTERM
// listener of its own (unless NEXT_MANUAL_SIG_HANDLE) that closes the server.
describe("Next's start-server, as installed", () => {
  it('still registers its SIGTERM cleanup, which closes the server first', () => {
    const source = fs.readFileSync('node_modules/next/dist/server/lib/start-server.js', 'utf8');
    expect(source).toMatch(/if \(!process\.env\.NEXT_MANUAL_SIG_HANDLE\) \{\s*process\.on\('SIGINT', cleanup\);\s*process\.on\('SIGTERM', cleanup\);/);
    expect(source).toMatch(/server\.close\(/);
  });
});
