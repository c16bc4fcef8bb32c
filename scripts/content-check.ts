/**
 * `npm run content:check`: validates every recap in CONTENT_DIR (front matter,
 * MDX allow-list, talks, a trial render: lib/recaps/publish-gate.ts) and prints `file:line:column: message` for
 * each problem (a file that is not UTF-8 included). Exits 1 when any recap is broken; the build runs it first.
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { checkRender } from '@/lib/mdx/check-render';
import { checkBody } from '@/lib/recaps/publish-gate';
import { formatDiagnostic, type Diagnostic } from '@/lib/mdx/diagnostic';
import { splitFrontMatter } from '@/lib/mdx/front-matter';
import { listRecapFiles, loadRecapFile } from '@/lib/recaps/file-recaps';
import { readUtf8File } from '@/lib/mdx/read-utf8';

/** Problems in file order, each once (the loader and the gate may both report a body problem). */
function distinct(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = `${d.line}:${d.column}:${d.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

const dir = process.argv[2] ? path.resolve(process.argv[2]) : env.contentDir;
const files = listRecapFiles(dir);
let problems = 0;
for (const file of files) {
  const shown = path.relative(process.cwd(), file) || file;
  const loaded = loadRecapFile(file);
  // The body goes through the same publish gate as the admin's publish and update, with a full HTML render,
  // also when the front matter has problems of its own, so that every problem of the file is listed at once.
  const read = readUtf8File(file);
  const split = read.ok ? splitFrontMatter(read.text) : null;
  const gate = split && split.yaml !== null ? (await checkBody(split.body, { lineOffset: split.bodyLineOffset, render: checkRender })).diagnostics : [];
  const diagnostics = distinct(['problem' in loaded ? loaded.problem.diagnostics : [], gate].flat());
  for (const d of diagnostics) console.error(formatDiagnostic(shown, d));
  problems += diagnostics.length;
}
if (files.length === 0) console.warn(`content:check: no recaps found in ${path.join(dir, 'recaps')}`);
console.log(`content:check: ${files.length} recap(s) checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
