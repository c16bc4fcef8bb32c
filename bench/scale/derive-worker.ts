/** Worker thread of bench/scale/seed.ts: derives batches of recaps (bench/scale/derive.ts). */
import { parentPort } from 'node:worker_threads';
import { derive } from './derive';
import type { ScaleRecap } from './recap-model';

parentPort!.on('message', (msg: { job: number; recaps: ScaleRecap[] }) => {
  parentPort!.postMessage({ job: msg.job, derived: msg.recaps.map((r) => derive(r, r.index + 1)) });
});
