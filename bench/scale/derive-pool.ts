/**
 * A few worker threads deriving recaps (bench/scale/derive.ts) while the main
 * thread generates and writes: seeding 100,000 recaps is mostly this work.
 */
import { Worker } from 'node:worker_threads';
import type { Derived } from './derive';
import type { ScaleRecap } from './recap-model';

export class DerivePool {
  private readonly workers: Worker[];
  private next = 0;
  private job = 0;
  private readonly waiting = new Map<number, { resolve: (d: Derived[]) => void; reject: (e: unknown) => void }>();

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      // Under tsx the loader is registered in this thread only: the worker registers it for itself.
      const file = new URL('./derive-worker.ts', import.meta.url).href;
      const w = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`, { eval: true });
      w.on('message', (msg: { job: number; derived: Derived[] }) => {
        this.waiting.get(msg.job)?.resolve(msg.derived);
        this.waiting.delete(msg.job);
      });
      w.on('error', (error) => {
        for (const p of this.waiting.values()) p.reject(error);
        this.waiting.clear();
      });
      return w;
    });
  }

  /** Derives `recaps`, split over the workers; results in the same order. */
  async derive(recaps: ScaleRecap[]): Promise<Derived[]> {
    const per = Math.ceil(recaps.length / this.workers.length);
    const parts: Promise<Derived[]>[] = [];
    for (let i = 0; i < recaps.length; i += per) {
      const job = this.job++;
      const worker = this.workers[this.next++ % this.workers.length];
      parts.push(new Promise((resolve, reject) => this.waiting.set(job, { resolve, reject })));
      worker.postMessage({ job, recaps: recaps.slice(i, i + per) });
    }
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
