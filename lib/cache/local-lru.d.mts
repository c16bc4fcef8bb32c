import type { Handler } from './handler-types';

export interface ByteLru {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  has(key: string): boolean;
  delete(key: string): void;
  keys(): IterableIterator<string>;
  /** Total UTF-8 size of the values kept. */
  bytes(): number;
}
export function createByteLru(maxBytes: number): ByteLru;
export function createLocalHandler(options: { maxBytes: number; maxAgeMs: number }): Handler;
