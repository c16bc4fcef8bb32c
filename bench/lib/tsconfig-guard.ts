/**
 * `next build` with a non-default distDir adds `<distDir>/types/**` entries to
 * tsconfig.json's include and reformats the file. The bench puts it back, but
 * only when that is the sole change, so a concurrent edit is never lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

export function snapshotTsconfig(projectRoot: string, distDir: string, name = 'tsconfig.json'): () => void {
  const file = path.join(projectRoot, name);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  return () => {
    if (before === null || !fs.existsSync(file)) return;
    const after = fs.readFileSync(file, 'utf8');
    if (after === before) return;
    try {
      const parsed = JSON.parse(after) as { include?: string[] };
      const original = JSON.parse(before) as { include?: string[] };
      if (Array.isArray(parsed.include)) parsed.include = parsed.include.filter((p) => !p.startsWith(`${distDir}/`));
      // A file that had no `include` (tsconfig.build.json inherits it) gets a whole list added.
      if (!original.include) delete parsed.include;
      if (isDeepStrictEqual(parsed, original)) {
        fs.writeFileSync(file, before);
        return;
      }
    } catch {
      /* not plain JSON: leave it */
    }
    const dump = path.join(projectRoot, 'bench', 'tmp', 'logs', `${name}-before-build.json`);
    fs.mkdirSync(path.dirname(dump), { recursive: true });
    fs.writeFileSync(dump, before);
    console.warn(`[bench] ${name} changed during the build in other ways; left as it is (its earlier text: ${path.relative(projectRoot, dump)})`);
  };
}
