import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMAT, type ExportManifest } from '@/lib/export/manifest';
import { unpackZip } from '@/lib/import/zip';

// An export to restore: a folder written by `npm run export` (or the admin's
// download, a .zip of the same files), recognised by its export.json.

/** What an export zip may hold: its files (recaps, drafts, registry, manifest, images). */
export const EXPORT_FILES = /\.(mdx|json|ya?ml|jpe?g|png|webp|avif|gif|svg)$/i;

/** Generous beside an import's upload limits: an export carries every image of a site. */
export const EXPORT_ZIP_LIMITS = { archiveBytes: 2 * 1024 ** 3, files: 100_000, fileBytes: 50 * 1024 ** 2, totalBytes: 4 * 1024 ** 3 };

export type OpenedExport = { ok: true; dir: string; manifest: ExportManifest; cleanup: () => void } | { ok: false; error: string };

/** Whether `input` (a folder or a .zip) is an export rather than a site to import: it holds export.json. */
export function isExport(input: string): boolean {
  try {
    if (fs.statSync(input).isDirectory()) return fs.existsSync(path.join(input, 'export.json'));
  } catch {
    return false;
  }
  return /\.zip$/i.test(input) && isExportArchive(fs.readFileSync(input));
}

/** Whether an uploaded zip is an export (it holds export.json, at the top or in its one folder). */
export function isExportArchive(archive: Uint8Array): boolean {
  return zipNames(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength)).some((name) => /^(?:[^/]+\/)?export\.json$/.test(name));
}

/** Opens an export folder or zip (unpacked to a temporary folder, removed by `cleanup`) and reads its manifest. */
export function openExport(input: string | Uint8Array, limits = EXPORT_ZIP_LIMITS): OpenedExport {
  if (typeof input !== 'string' || !fs.statSync(input).isDirectory()) {
    const unpacked = unpackZip(typeof input === 'string' ? fs.readFileSync(input) : input, limits, EXPORT_FILES);
    if (!unpacked.ok) return { ok: false, error: typeof input === 'string' ? `${input}: ${unpacked.error}` : unpacked.error };
    return openUnpackedExport(unpacked.dir);
  }
  const manifest = readManifest(input, 'export.json');
  return manifest.ok ? { ok: true, dir: input, manifest: manifest.manifest, cleanup: () => {} } : manifest;
}

/** An export zip already unpacked into the temporary folder `unpacked` (removed by `cleanup`, or at once when it is no export). */
export function openUnpackedExport(unpacked: string): OpenedExport {
  const cleanup = () => fs.rmSync(unpacked, { recursive: true, force: true });
  // The files at the top of the archive, or in its one folder.
  const top = fs.readdirSync(unpacked);
  const dir = top.length === 1 && !fs.existsSync(path.join(unpacked, 'export.json')) ? path.join(unpacked, top[0]) : unpacked;
  const manifest = readManifest(dir, 'export.json');
  if (!manifest.ok) {
    cleanup();
    return manifest;
  }
  return { ok: true, dir, manifest: manifest.manifest, cleanup };
}

function readManifest(dir: string, file: string): { ok: true; manifest: ExportManifest } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    return { ok: false, error: `${file}: not readable as JSON (${(error as Error).message})` };
  }
  const m = value as Partial<ExportManifest> | null;
  if (!m || typeof m !== 'object') return { ok: false, error: `${file}: not an export manifest` };
  if (m.format !== EXPORT_FORMAT)
    return {
      ok: false,
      error: `${file}: export format ${JSON.stringify(m.format)} is not one this portal knows (it reads format ${EXPORT_FORMAT}); restore it with the version of the portal that wrote it, or a newer one`,
    };
  for (const key of ['recaps', 'images', 'calendar'] as const) if (!Array.isArray(m[key])) return { ok: false, error: `${file}: "${key}" should be a list` };
  return { ok: true, manifest: { missingImages: [], ...m } as ExportManifest };
}

/** The entry names of a zip's central directory, without unpacking it. */
function zipNames(bytes: Buffer): string[] {
  const names: string[] = [];
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return names;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}
