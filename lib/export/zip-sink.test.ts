import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipStream } from './zip-sink';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.byteLength) - c.byteLength);
  return out;
}

describe('the streamed zip', () => {
  it('holds every file written, text deflated and bytes stored', async () => {
    const zip = zipStream();
    const reading = readAll(zip.stream);
    await zip.sink.write('recaps/a.mdx', '---\ntitle: A\n---\n\n中文\n');
    await zip.sink.write('media/x.png', new Uint8Array([1, 2, 3]), { compress: false });
    zip.finish();
    const files = unzipSync(await reading);
    expect(Object.keys(files)).toEqual(['recaps/a.mdx', 'media/x.png']);
    expect(strFromU8(files['recaps/a.mdx'])).toBe('---\ntitle: A\n---\n\n中文\n');
    expect([...files['media/x.png']]).toEqual([1, 2, 3]);
  });

  it('waits for the reader instead of piling up the archive, and stops when the download is cancelled', async () => {
    const zip = zipStream();
    let written = 0;
    const writing = (async () => {
      for (let i = 0; i < 50; i++) {
        await zip.sink.write(`media/${i}.bin`, new Uint8Array(1000).fill(i), { compress: false });
        written++;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    expect(written, 'nobody reads: the writer waits').toBeLessThan(10);
    const reader = zip.stream.getReader();
    await reader.read();
    await reader.cancel();
    await expect(writing).rejects.toThrow('the download was cancelled');
  });
});
