/**
 * `npm run content:check`: validates every recap in CONTENT_DIR (front matter,
 * MDX allow-list, a trial render) and prints `file:line:column: message` for
 * each problem (a file that is not UTF-8 included). Exits 1 when any recap is broken; the build runs it first.
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { checkRender } from '@/lib/mdx/check-render';
import { formatDiagnostic } from '@/lib/mdx/diagnostic';
import { splitFrontMatter } from '@/lib/mdx/front-matter';
import { listRecapFiles, loadRecapFile } from '@/lib/recaps/file-recaps';
import { readUtf8File } from '@/lib/mdx/read-utf8';

/** Lines before the body, to place render problems in the file; the file already decoded once, in loadRecapFile. */
function bodyLineOffset(file: string): number {
  const read = readUtf8File(file);
  return read.ok ? splitFrontMatter(read.text).bodyLineOffset : 0;
}

const dir = process.argv[2] ? path.resolve(process.argv[2]) : env.contentDir;
const files = listRecapFiles(dir);
let problems = 0;
for (const file of files) {
  const shown = path.relative(process.cwd(), file) || file;
  const loaded = loadRecapFile(file);
  const diagnostics =
    'problem' in loaded
      ? loaded.problem.diagnostics
      : checkRender(loaded.recap, bodyLineOffset(file));
  for (const d of diagnostics) console.error(formatDiagnostic(shown, d));
  problems += diagnostics.length;
}
if (files.length === 0) console.warn(`content:check: no recaps found in ${path.join(dir, 'recaps')}`);
console.log(`content:check: ${files.length} recap(s) checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
