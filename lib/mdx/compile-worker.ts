/**
 * Entry point of the compile workers (lib/mdx/worker-pool.ts): runs the
 * synchronous pipeline on one body at a time, off the server's request
 * thread, and posts back a structured-cloneable result. Run from source by
 * tests and scripts, and bundled into compile-worker.bundle.mjs for Next
 * (scripts/build-mdx-worker.mjs); never import it.
 */
import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { compileBody } from './compile';
import type { CompileTask, CompileReply } from './worker-protocol';
import { lowerThreadPriority, threadId } from './worker-thread';

const port = parentPort;
if (port) {
  const tid = threadId();
  if (tid) lowerThreadPriority(tid);
  port.on('message', (task: CompileTask) => {
    const result = compileBody(task.body, task.lineOffset);
    let bytes = task.body.length * 2;
    if (result.ok) {
      // Positions are only needed to point diagnostics at lines, done by now;
      // dropping them halves what is cloned back and cached.
      bytes += dropPositions(result.value.tree) + dropPositions(result.value.hast);
    }
    const heapMb = v8.getHeapStatistics().total_heap_size / 2 ** 20;
    port.postMessage({ id: task.id, result, bytes, heapMb } satisfies CompileReply);
  });
  // The heap once loaded, before any body: what the pool measures growth against.
  port.postMessage({ ready: true, tid, heapMb: v8.getHeapStatistics().total_heap_size / 2 ** 20 });
}

/** Removes `position` from every node and returns a rough size of the tree in bytes. */
function dropPositions(tree: { children?: unknown[] }): number {
  let bytes = 0;
  const stack: Array<{ position?: unknown; value?: unknown; children?: unknown[] }> = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    delete node.position;
    // An object with a few properties, plus its text.
    bytes += 160 + (typeof node.value === 'string' ? node.value.length * 2 : 0);
    if (node.children) for (const child of node.children) stack.push(child as typeof node);
  }
  return bytes;
}
