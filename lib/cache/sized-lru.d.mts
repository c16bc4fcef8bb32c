/** A least-recently-used map bounded by the total size its caller gives each value. */
export class SizedLru<V> {
  constructor(maxSize: number);
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** Keeps `value` as costing `size`; a value larger than the whole budget is not kept. */
  set(key: string, value: V, size: number): void;
  delete(key: string): void;
  clear(): void;
  /** Keys, least recently used first. */
  keys(): IterableIterator<string>;
  /** The sum of the sizes kept. */
  readonly size: number;
  /** How many values are kept. */
  readonly count: number;
}
