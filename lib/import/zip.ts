import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';

// A site uploaded as a .zip (for the admin's import page), unpacked into a
// fresh temporary folder under limits: the archive's size, the number of
// files, each file's and the total unpacked size (counted as the bytes come
// out, never trusted from the headers: that is how a zip bomb lies), and no
// name that could land outside the folder. Only what an import reads is
// written (Markdown, site config, images); the rest is listed as skipped.

export const ZIP_LIMITS = {
  /** The upload itself. */
  archiveBytes: 50 * 1024 * 1024,
  files: 2000,
  fileBytes: 20 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
};

export type ZipResult = { ok: true; dir: string; files: number; skipped: string[] } | { ok: false; error: string };

const KEPT = /\.(md|markdown|toml|ya?ml|jpe?g|png|webp|avif|gif)$/i;
/** Compressed bytes pushed at a time: DEFLATE expands at most ~1032×, so each step's output stays bounded. */
const SLICE = 16 * 1024;

/** Why an entry name is refused, or null for a safe relative path. */
export function unsafeEntryName(name: string): string | null {
  if (!name || name.includes('\0')) return 'an empty or binary file name';
  if (name.includes('\\')) return 'a backslash in the path';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'a ".." in the path';
  return null;
}

/**
 * Unpacks `archive` into `into` (a fresh temporary folder by default), writing
 * only the names `keep` matches (an import reads posts, config and images; a
 * restore the files of an export). Synchronous and CPU-bound: the server runs
 * it in an import worker (`unpackZipOffThread`, off-thread.ts).
 */
export function unpackZip(archive: Uint8Array, limits = ZIP_LIMITS, keep: RegExp = KEPT, into?: string): ZipResult {
  if (archive.byteLength > limits.archiveBytes) return { ok: false, error: `the archive is over the upload limit (${limits.archiveBytes} bytes)` };
  const dir = into ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-'));
  const skipped: string[] = [];
  let files = 0;
  let total = 0;
  let error: string | null = null;
  const fail = (message: string) => {
    error ??= message;
  };
  const unzip = new Unzip((file) => {
    if (error) return;
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) return fail(`"${file.name}" has ${unsafe}: the archive is refused`);
    if (file.name.endsWith('/')) return;
    const parts = file.name.split('/');
    if (parts.some((p) => p.startsWith('.') || p === '__MACOSX') || !keep.test(file.name)) {
      skipped.push(file.name);
      return;
    }
    if (++files > limits.files) return fail(`the archive holds more than ${limits.files} files`);
    const target = path.join(dir, ...parts);
    if (!target.startsWith(dir + path.sep)) return fail(`"${file.name}" would be written outside the import folder`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (error) return;
      if (err) return fail(`"${file.name}" could not be unpacked: ${err.message}`);
      size += chunk.length;
      total += chunk.length;
      if (size > limits.fileBytes) {
        file.terminate();
        return fail(`"${file.name}" unpacks to more than ${limits.fileBytes / 1024 / 1024} MB`);
      }
      if (total > limits.totalBytes) {
        file.terminate();
        return fail(`the archive unpacks to more than ${limits.totalBytes / 1024 / 1024} MB`);
      }
      chunks.push(chunk);
      if (final) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, Buffer.concat(chunks));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < archive.byteLength && !error; at += SLICE) unzip.push(archive.subarray(at, at + SLICE), at + SLICE >= archive.byteLength);
  } catch (e) {
    fail(`the archive could not be read: ${(e as Error).message}`);
  }
  if (!error && files === 0) fail('the archive holds no Markdown post');
  if (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { ok: false, error };
  }
  return { ok: true, dir, files, skipped };
}
