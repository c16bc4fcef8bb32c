import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Media } from '@/lib/sql/media';
import { sniffImage, type ImageType } from './sniff';

// An export (lib/export) holds every uploaded image as
// `<dir>/media/<hash>.<ext>`, the name of its URL. A site served with that
// folder as CONTENT_DIR finds there what its own media store lacks, so an
// export is a working site without importing its images first.

const TYPE_OF_EXT: Record<string, { type: ImageType; mime: string }> = {
  jpg: { type: 'jpeg', mime: 'image/jpeg' },
  png: { type: 'png', mime: 'image/png' },
  webp: { type: 'webp', mime: 'image/webp' },
  avif: { type: 'avif', mime: 'image/avif' },
};

/**
 * The image `<contentDir>/media/<hash>.<ext>`, or null when it is missing,
 * its bytes are not the hash its name says (content-addressed: a file that
 * was changed is not served under the old URL), or they are not the type its
 * extension names. `hash` and `ext` are already checked (MEDIA_FILE_NAME).
 */
export async function readExportedMedia(contentDir: string, hash: string, ext: string): Promise<Media | null> {
  const kind = TYPE_OF_EXT[ext];
  if (!kind || !/^[0-9a-f]{64}$/.test(hash)) return null;
  let data: Buffer;
  try {
    data = await fs.promises.readFile(path.join(/*turbopackIgnore: true*/ contentDir, 'media', `${hash}.${ext}`));
  } catch {
    return null;
  }
  if (createHash('sha256').update(data).digest('hex') !== hash || sniffImage(data) !== kind.type) return null;
  // Width and height are the recap's (its <Figure> attributes); the route serves bytes and type only.
  return { hash, mime: kind.mime, ext, width: 0, height: 0, size: data.byteLength, data, createdBy: 0, createdAt: '' };
}
