import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { clearFailures, countRecentFailures, pruneFailedAttempts, reserveAttempt, type AttemptLimits } from './sign-in-attempts';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const LIMITS: AttemptLimits = { perPair: 3, pairWindowMs: 15 * MIN, perAccount: 5, accountWindowMs: 60 * MIN };

describe.each(dialects)('sign-in attempts ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  test('lets perPair attempts through per (email, ip), then refuses until the oldest expires', async () => {
    for (let i = 0; i < 3; i++) expect((await reserveAttempt(t.db, 'a@x.org', '1.1.1.1', at(i * MIN), LIMITS)).ok).toBe(true);
    expect(await reserveAttempt(t.db, 'a@x.org', '1.1.1.1', at(3 * MIN), LIMITS)).toEqual({ ok: false, retryAfterSeconds: 12 * 60 });
    // A refused attempt is not counted, so hammering does not extend the lock-out.
    expect(await countRecentFailures(t.db, 'a@x.org', at(0), '1.1.1.1')).toBe(3);
    expect((await reserveAttempt(t.db, 'a@x.org', '1.1.1.1', at(15 * MIN + 1), LIMITS)).ok).toBe(true);
  });

  test('counts an account across addresses, so rotating addresses stops at perAccount', async () => {
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await reserveAttempt(t.db, 'victim@x.org', `10.0.0.${i}`, at(i * MIN), LIMITS));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false, false, false]);
    expect(results[5]).toEqual({ ok: false, retryAfterSeconds: 55 * 60 });
    // Another account is unaffected.
    expect((await reserveAttempt(t.db, 'other@x.org', '10.0.0.1', at(8 * MIN), LIMITS)).ok).toBe(true);
  });

  test('parallel attempts cannot all slip under the limit', async () => {
    const other = t.open();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => reserveAttempt(i % 2 ? other : t.db, 'race@x.org', '9.9.9.9', at(i), LIMITS)));
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(LIMITS.perPair);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(await countRecentFailures(t.db, 'race@x.org', at(0))).toBe(results.filter((r) => r.ok).length);
  });

  test('keys on the normalized email, and a success clears only that address', async () => {
    await reserveAttempt(t.db, ' A@X.org ', '1.1.1.1', at(0), LIMITS);
    await reserveAttempt(t.db, 'a@x.org', '2.2.2.2', at(0), LIMITS);
    expect(await countRecentFailures(t.db, 'a@x.org', at(0))).toBe(2);
    await clearFailures(t.db, 'a@x.ORG', '1.1.1.1');
    expect(await countRecentFailures(t.db, 'a@x.org', at(0), '1.1.1.1')).toBe(0);
    expect(await countRecentFailures(t.db, 'a@x.org', at(0))).toBe(1);
    expect(await pruneFailedAttempts(t.db, at(1))).toBe(1);
  });
});
