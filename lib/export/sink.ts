import fs from 'node:fs';
import path from 'node:path';

// Where an export goes: a folder (npm run export) or a zip stream (the admin download).

export interface ExportSink {
  /** Writes one file at `name` (a relative path with `/`). `compress: false` for bytes already compressed (images). */
  write(name: string, data: string | Uint8Array, options?: { compress?: boolean }): Promise<void>;
}

/** True when `dir` is missing or holds nothing: the CLI refuses anything else without --force. */
export function isEmptyDir(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Writes under `dir`, creating folders as needed; `onWrite` hears of each file. */
export function folderSink(dir: string, onWrite?: (name: string, bytes: number) => void): ExportSink {
  const root = path.resolve(dir);
  return {
    async write(name, data) {
      const file = path.resolve(root, name);
      // Names come from slugs and hashes, never from free text; this keeps it so.
      if (!file.startsWith(root + path.sep)) throw new Error(`refusing to write outside the export folder: ${name}`);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, data);
      onWrite?.(name, typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength);
    },
  };
}
