import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ExportSink } from './sink';

/**
 * A zip archive written as it is produced: `sink` takes the files, `stream`
 * gives the archive's bytes. Backpressure: a write waits while the reader
 * has not taken what was produced, so a slow download never makes the
 * server hold the whole site. `finish()` ends the archive; `fail(error)`
 * aborts the stream.
 */
export function zipStream(): { sink: ExportSink; stream: ReadableStream<Uint8Array>; finish(): void; fail(error: unknown): void } {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let resume: (() => void) | null = null;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        resume?.();
        resume = null;
      },
      cancel() {
        cancelled = true;
        resume?.();
      },
    },
    { highWaterMark: 4, size: () => 1 },
  );
  const zip = new Zip((error, chunk, final) => {
    if (cancelled) return;
    if (error) return controller.error(error);
    if (chunk.length) controller.enqueue(chunk);
    if (final) controller.close();
  });
  const drained = () => (cancelled || (controller.desiredSize ?? 1) > 0 ? Promise.resolve() : new Promise<void>((r) => (resume = r)));
  return {
    stream,
    sink: {
      async write(name, data, options = {}) {
        if (cancelled) throw new Error('the download was cancelled');
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        const entry = options.compress === false ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
        zip.add(entry);
        entry.push(bytes, true);
        await drained();
      },
    },
    finish: () => zip.end(),
    fail: (error) => {
      if (!cancelled) controller.error(error);
      zip.terminate();
    },
  };
}
