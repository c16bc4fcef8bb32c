import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { now } from './clock';

describe('the site clock', () => {
  it('is real time without a clock file', () => {
    expect(Math.abs(now(undefined).getTime() - Date.now())).toBeLessThan(1000);
  });

  it('reads the instant of a clock file and runs on from when it was written', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clock-')), 'now');
    fs.writeFileSync(file, '2026-12-01T08:00:00Z\n');
    const first = now(file).getTime();
    expect(Math.abs(first - Date.parse('2026-12-01T08:00:00Z'))).toBeLessThan(1000);
    // Moving the clock is writing the file again.
    fs.writeFileSync(file, '2027-03-21T00:00:00Z');
    expect(now(file).toISOString().slice(0, 13)).toBe('2027-03-21T00');
  });

  it('falls back to real time on a missing or unreadable file', () => {
    expect(Math.abs(now('/nonexistent/clock').getTime() - Date.now())).toBeLessThan(1000);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clock-')), 'now');
    fs.writeFileSync(file, 'not a date');
    expect(Math.abs(now(file).getTime() - Date.now())).toBeLessThan(1000);
  });
});
