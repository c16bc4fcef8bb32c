/**
 * Entry point of the import workers (lib/import/off-thread.ts): converts one
 * post at a time, finds the descriptions posts share (remark, rehype-raw/parse5, hast-util-to-mdast, talks,
 * prose facts, and the portal's gate compiled in this thread), re-checks a
 * converted file, or unpacks an uploaded archive, off the server's request
 * thread. Images to store are sent to the host (a database is not this
 * thread's). Run from source by tests and scripts, and bundled into
 * import-worker.bundle.mjs for Next (scripts/build-mdx-worker.mjs); never import it.
 */
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { checkRender } from '@/lib/mdx/check-render';
import { fileGate, inProcessCompile, type ImportGate } from './gate';
import type { ImageStore, StoredImage } from './images';
import { convertPost } from './post';
import type { ImportReply, ImportResult, ImportTask, StoreImageCall } from './worker-protocol';
import { sharedDescriptions } from './source-front-matter';
import { unpackZip } from './zip';
import { lowerThreadPriority, threadId } from '@/lib/mdx/worker-thread';

const port = parentPort;
const gates: Record<'render' | 'compile', ImportGate> = {
  render: fileGate({ compile: inProcessCompile, render: checkRender }),
  compile: fileGate({ compile: inProcessCompile }),
};
const waiting = new Map<number, (answer: { value?: unknown; error?: string }) => void>();
let nextCall = 1;

/** An image store that asks the host, which holds the real one. */
function hostStore(storeId: number): ImageStore {
  return (bytes) =>
    new Promise<StoredImage>((resolve) => {
      const call = nextCall++;
      waiting.set(call, (answer) => resolve(answer.error !== undefined ? { ok: false, error: answer.error } : (answer.value as StoredImage)));
      const hash = createHash('sha256').update(bytes).digest('hex');
      const copy = new Uint8Array(bytes);
      port!.postMessage({ call, payload: { storeId, hash, bytes: copy } satisfies StoreImageCall }, [copy.buffer]);
    });
}

async function run(task: ImportTask): Promise<ImportResult> {
  if (task.kind === 'unzip') return { kind: 'unzip', zip: unpackZip(task.archive, task.limits, task.keep, task.dir) };
  if (task.kind === 'descriptions') return { kind: 'descriptions', shared: [...sharedDescriptions(task.texts)] };
  const gate = gates[task.render ? 'render' : 'compile'];
  if (task.kind === 'gate') return { kind: 'gate', ...(await gate(task.text)) };
  const { images, ...source } = task.source;
  const post = await convertPost(
    { ...source, ...(images ? { images: { context: images.context, store: images.storeId === undefined ? undefined : hostStore(images.storeId) } } : {}) },
    { ...task.site, sharedDescriptions: new Set(task.site.sharedDescriptions), gate },
  );
  const { report, build, ...rest } = post;
  void build;
  return { kind: 'convert', post: { ...rest, report: { file: report.file, fields: report.fields, talks: report.talks, review: report.review } } };
}

if (port) {
  const tid = threadId();
  if (tid) lowerThreadPriority(tid);
  port.on('message', (message: (ImportTask & { id: number }) | { answer: number; value?: unknown; error?: string }) => {
    if ('answer' in message) {
      waiting.get(message.answer)?.(message);
      waiting.delete(message.answer);
      return;
    }
    void run(message)
      .catch((error: unknown): ImportResult => ({ kind: 'error', message: error instanceof Error ? error.message.split('\n')[0] : String(error) }))
      .then((result) => {
        const heapMb = v8.getHeapStatistics().total_heap_size / 2 ** 20;
        port.postMessage({ id: message.id, heapMb, result } satisfies ImportReply);
      });
  });
  port.postMessage({ ready: true, tid, heapMb: v8.getHeapStatistics().total_heap_size / 2 ** 20 });
}
