import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClientType } from 'redis';
import type { Handler } from './handler-types';
import { createLocalHandler } from './local-lru.mjs';
import { createRedisHandler } from './redis-handler.mjs';
import { createResilientHandler } from './resilient-handler.mjs';
import { connectTestRedis, dropPrefix, pageEntry, uniquePrefix } from './test-redis';

// "Redis down" without touching the shared server: instance A's own connection
// is destroyed, so every command it sends fails as after a lost connection.
describe('resilient handler: Redis stops answering → in-process fallback', () => {
  const prefix = uniquePrefix('resilient');
  let clientA: RedisClientType;
  let clientB: RedisClientType;
  let a: Handler;
  let b: Handler;
  const state = { down: false, failures: [] as unknown[] };
  const none = { implicitTags: [] };

  beforeAll(async () => {
    [clientA, clientB] = await Promise.all([connectTestRedis(), connectTestRedis()]);
    const shared = {
      usable: () => !state.down,
      succeeded: () => {},
      markDown: (error: unknown) => {
        state.down = true;
        state.failures.push(error);
      },
    };
    a = createResilientHandler({
      redis: createRedisHandler({ client: clientA, keyPrefix: prefix, timeoutMs: 500, maxEntryAgeS: 3600 }),
      fallback: createLocalHandler({ maxBytes: 1 << 20, maxAgeMs: 1000 }),
      shared,
    });
    b = createRedisHandler({ client: clientB, keyPrefix: prefix, timeoutMs: 2000, maxEntryAgeS: 3600 });
  });

  afterAll(async () => {
    await dropPrefix(clientB, prefix);
    await clientB.quit();
  });

  it('uses Redis while it answers: what A writes, B reads', async () => {
    await a.set('/shared', pageEntry());
    expect(await b.get('/shared', none)).not.toBeNull();
    expect(state.down).toBe(false);
  });

  it('a failed command is a miss, not an error, and marks Redis down', async () => {
    clientA.destroy();
    await expect(a.get('/shared', none)).resolves.toBeNull();
    expect(state.down).toBe(true);
    expect(state.failures).toHaveLength(1);
  });

  it('while down, pages are kept in the process for one second, and never reach Redis', async () => {
    await a.set('/while-down', pageEntry());
    expect(await a.get('/while-down', none)).not.toBeNull();
    expect(await b.get('/while-down', none)).toBeNull();
    await a.revalidateTag('_N_T_/recaps/intro');
    expect(await a.get('/while-down', none)).toBeNull(); // its tags include _N_T_/recaps/intro

    await a.set('/later', pageEntry());
    await new Promise((r) => setTimeout(r, 1100));
    expect(await a.get('/later', none)).toBeNull();
    // No command was sent to the dead connection after it was marked down.
    expect(state.failures).toHaveLength(1);
  });
});
