import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExportedMedia } from './exported-media';
import { png } from './test-images';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exported-media-'));
fs.mkdirSync(path.join(dir, 'media'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('images of an exported folder served as CONTENT_DIR', () => {
  it('serves a file whose bytes are its name and its type, nothing else', async () => {
    const bytes = await png(8, 6);
    const hash = hashOf(bytes);
    fs.writeFileSync(path.join(dir, 'media', `${hash}.png`), bytes);
    expect(await readExportedMedia(dir, hash, 'png')).toMatchObject({ hash, mime: 'image/png', ext: 'png', size: bytes.byteLength });
    expect(await readExportedMedia(dir, hash, 'jpg'), 'another extension: another (missing) file').toBeNull();
    // Renamed as a JPEG: the bytes say PNG.
    fs.copyFileSync(path.join(dir, 'media', `${hash}.png`), path.join(dir, 'media', `${hash}.jpg`));
    expect(await readExportedMedia(dir, hash, 'jpg')).toBeNull();
    // Changed after the export: no longer what its URL promises.
    const other = 'f'.repeat(64);
    fs.writeFileSync(path.join(dir, 'media', `${other}.png`), bytes);
    expect(await readExportedMedia(dir, other, 'png')).toBeNull();
    expect(await readExportedMedia(dir, '../../etc/passwd', 'png')).toBeNull();
    expect(await readExportedMedia(path.join(dir, 'nowhere'), hash, 'png')).toBeNull();
  });
});
