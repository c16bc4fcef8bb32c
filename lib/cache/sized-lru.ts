/**
 * A map bounded by the total size its caller gives each value (bytes, or an
 * estimate of them), dropping the least recently used first. A value larger
 * than the whole budget is not kept. Not shared between processes: callers
 * keep one in lib/process-state.ts.
 */
export class SizedLru<V> {
  // Insertion order is recency order: a hit is moved to the end.
  private readonly items = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(private readonly maxSize: number) {}

  get(key: string): V | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    this.items.set(key, item);
    return item.value;
  }

  set(key: string, value: V, size: number): void {
    this.delete(key);
    if (size > this.maxSize) return;
    this.items.set(key, { value, size });
    this.total += size;
    for (const oldest of this.items.keys()) {
      if (this.total <= this.maxSize) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const item = this.items.get(key);
    if (!item) return;
    this.items.delete(key);
    this.total -= item.size;
  }

  clear(): void {
    this.items.clear();
    this.total = 0;
  }

  /** The sum of the sizes kept. */
  get size(): number {
    return this.total;
  }

  get count(): number {
    return this.items.size;
  }
}
