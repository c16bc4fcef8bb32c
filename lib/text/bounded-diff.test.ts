import { describe, expect, it } from 'vitest';
import { boundedLineDiff } from './bounded-diff';

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i} ${(i * 7919) % 104729}`).join('\n') + '\n';

describe('boundedLineDiff', () => {
  it('returns the line changes of an ordinary edit', () => {
    const changes = boundedLineDiff('a\nb\nc\n', 'a\nB\nc\n');
    expect(changes?.filter((c) => c.added || c.removed).map((c) => [c.added ? '+' : '-', c.value])).toEqual([
      ['-', 'b\n'],
      ['+', 'B\n'],
    ]);
  });

  it('gives up quickly on 15,000 changed lines instead of blocking for seconds', () => {
    const started = performance.now();
    expect(boundedLineDiff(lines(15_000, 'old'), lines(15_000, 'new'))).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still diffs a long text with few changes', () => {
    const base = lines(15_000, 'same');
    // The time limit is raised here: this case is about the edit bound, and a loaded CI machine may take over 30 ms.
    const changes = boundedLineDiff(base, base.replace('same line 7000 ', 'edited line 7000 '), { timeoutMs: 5_000 });
    expect(changes?.filter((c) => c.added || c.removed)).toHaveLength(2);
  });

  it('stops at the time limit even below the edit limit', () => {
    expect(boundedLineDiff(lines(15_000, 'old'), lines(15_000, 'new'), { maxEdits: 1_000_000, timeoutMs: 20 })).toBeNull();
  });
});
