import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COSTLY_BODIES, fill } from '@/lib/testing/costly-bodies';
import { loadScaledBoundMs } from '@/lib/testing/load';
import { closeCompilePool, compileBodyBudgeted } from './budget';
import { compileBody } from './compile';
import { CompilePool } from './worker-pool';
import { maxEventLoopGap } from '@/lib/testing/event-loop-gap';

afterAll(() => closeCompilePool());

const TOO_COMPLEX = /^This recap is too complex to render: .+\.$/;
/** Ordinary prose near the size limit: within every volume limit, slow only by its size. */
const longProse = fill('Some ordinary prose with a [link](https://example.com), `code` and *emphasis*.\n\n', 300 * 1024);

describe('the costliest bodies under 500 KB', () => {
  // Starting a worker (loading the parser) is not part of refusing a body.
  beforeAll(() => compileBodyBudgeted('warm up'), 60_000);

  it.each(COSTLY_BODIES)('$name is refused as too complex, at once', async ({ body }) => {
    expect(Buffer.byteLength(body)).toBeLessThan(500 * 1024);
    const started = performance.now();
    const result = await compileBodyBudgeted(body);
    if (result.ok) expect.fail('expected the body to be refused');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].message).toMatch(TOO_COMPLEX);
    // Refused by a count, not by running out the clock.
    expect(result.exceeded).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(loadScaledBoundMs(3_000));
  });

  it('the request thread is never blocked for 100 ms while all of them are compiled, four at a time', async () => {
    await compileBodyBudgeted('warm up'); // the first compile starts the workers
    const { gapMs } = await maxEventLoopGap(async () => {
      for (let i = 0; i < COSTLY_BODIES.length; i += 4) await Promise.all(COSTLY_BODIES.slice(i, i + 4).map(({ body }) => compileBodyBudgeted(body)));
    });
    expect(gapMs).toBeLessThan(loadScaledBoundMs(100));
  }, 120_000);
});

describe('the budget', () => {
  it('a body within the limits still compiles, and the request thread only receives the result', async () => {
    const { result, gapMs } = await maxEventLoopGap(() => compileBodyBudgeted(longProse, { timeoutMs: 60_000 }));
    expect(result.ok).toBe(true);
    expect(result.bytes).toBeGreaterThan(longProse.length);
    // Cloning the trees back is the only work here; generous for a loaded CI box.
    expect(gapMs).toBeLessThan(loadScaledBoundMs(250));
  }, 120_000);

  it('a body over the time budget is refused with the limit named, and the pool recovers', async () => {
    const result = await compileBodyBudgeted(longProse, { timeoutMs: 100 });
    expect(result).toMatchObject({
      ok: false,
      exceeded: 'time',
      diagnostics: [{ line: 1, column: 1, message: 'This recap is too complex to render: checking it took more than 0.1 s of processor time.' }],
    });
    expect((await compileBodyBudgeted('Fine.')).ok).toBe(true);
  });

  it('positions the refusal at the first line of the body in its file', async () => {
    const result = await compileBodyBudgeted(longProse, { timeoutMs: 100, lineOffset: 7 });
    expect(result.ok ? null : result.diagnostics[0].line).toBe(8);
  });

  it('a worker over its memory budget is stopped and the body refused', async () => {
    const pool = new CompilePool({ size: 1, memoryMb: 48 });
    try {
      expect(await pool.submit('Fine.', 0, 30_000)).toMatchObject({ kind: 'done' });
      expect(await pool.submit(fill('Word after word after word in one very long paragraph. '), 0, 60_000)).toEqual({ kind: 'memory' });
      expect(await pool.submit('Fine again.', 0, 30_000)).toMatchObject({ kind: 'done' });
    } finally {
      await pool.close();
    }
  }, 180_000);

  it('gives the same answer as the synchronous pipeline', async () => {
    const body = '# Hi\n\n<Talk title="A talk" speakers="Ada (ACME)">\n\nSome *text*.\n\n- one\n- two\n\n</Talk>\n';
    const direct = compileBody(body);
    const budgeted = await compileBodyBudgeted(body);
    if (!direct.ok || !budgeted.ok) expect.fail('expected both to compile');
    expect(budgeted.value.talks).toEqual(direct.value.talks);
    expect(budgeted.value.hast).toEqual(direct.value.hast);
  });
});

describe('the pool', () => {
  it('replaces a worker whose heap grew past the recycling mark, and keeps answering', async () => {
    const pool = new CompilePool({ size: 1, memoryMb: 256, recycleHeapMb: 1 });
    try {
      expect(await pool.submit('One.', 0, 30_000)).toMatchObject({ kind: 'done' });
      expect(await pool.submit('Two.', 0, 30_000)).toMatchObject({ kind: 'done' });
      expect(pool.stats().workers).toBeLessThanOrEqual(1);
    } finally {
      await pool.close();
    }
  });
});
