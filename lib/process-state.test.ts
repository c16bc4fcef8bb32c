import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { appSourceFiles } from '@/lib/testing/source-files';
import { liveProcessStateKeys, PROCESS_STATE, processState, setProcessState } from './process-state';

/** Modules that may keep state on globalThis themselves: none. */
const NOT_YET_MOVED: Record<string, keyof typeof PROCESS_STATE> = {};

const files = appSourceFiles();
const CALL = /\b(?:processState|setProcessState)\(\s*'([A-Za-z]+)'/g;
const usedKeys = new Set(files.flatMap(({ text }) => [...text.matchAll(CALL)].map((m) => m[1])));

describe('process state', () => {
  it('PROCESS_STATE lists exactly the keys the code keeps state under', () => {
    const listed = Object.keys(PROCESS_STATE).sort();
    const reserved = new Set(Object.values(NOT_YET_MOVED));
    expect(
      [...usedKeys].filter((key) => !listed.includes(key)),
      'used but not listed in lib/process-state.mjs',
    ).toEqual([]);
    expect(
      listed.filter((key) => !usedKeys.has(key) && !reserved.has(key as keyof typeof PROCESS_STATE)),
      'listed but used nowhere',
    ).toEqual([]);
  });

  it('the type declarations list the same keys as the implementation', () => {
    const declared = fs.readFileSync('lib/process-state.d.mts', 'utf8');
    const block = declared.slice(declared.indexOf('PROCESS_STATE'), declared.indexOf('}>'));
    const keys = [...block.matchAll(/^\s+([A-Za-z]+): string;$/gm)].map((m) => m[1]).sort();
    expect(keys).toEqual(Object.keys(PROCESS_STATE).sort());
  });

  it('no app module keeps its own state on globalThis', () => {
    const offenders = files
      .filter(({ file }) => file !== 'lib/process-state.mjs' && !(file in NOT_YET_MOVED))
      .filter(({ text }) => /\bglobalThis\b/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('creates a value once, forgets it on request, and reports what is held', () => {
    let made = 0;
    const first = processState('draining', () => ({ started: false, n: ++made }));
    expect(processState('draining', () => ({ started: true, n: ++made }))).toBe(first);
    expect(made).toBe(1);
    expect(liveProcessStateKeys()).toContain('draining');
    setProcessState('draining', undefined);
    expect(liveProcessStateKeys()).not.toContain('draining');
  });

  it('a second copy of the module (another bundle) reaches the same store', async () => {
    vi.resetModules();
    const mjs = await import('./process-state.mjs');
    const value = { shared: true };
    setProcessState('peerAddress', value);
    expect(mjs.processState('peerAddress', () => ({ shared: false }))).toBe(value);
    setProcessState('peerAddress', undefined);
  });
});
