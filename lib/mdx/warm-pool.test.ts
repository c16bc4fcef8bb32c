import { afterAll, describe, expect, it } from 'vitest';
import { closeCompilePool, compilePoolStats, warmCompilePool } from './budget';
import { defaultPoolSize } from './worker-pool';

describe('warmCompilePool', () => {
  afterAll(() => closeCompilePool());

  it('starts every worker of the pool before the first real compile', async () => {
    await closeCompilePool();
    await warmCompilePool();
    expect(compilePoolStats()).toMatchObject({ workers: defaultPoolSize(), busy: 0, queued: 0 });
  });
});
