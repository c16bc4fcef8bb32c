/**
 * `npm run content:check`: validates every recap in CONTENT_DIR through the
 * one validation gate (lib/recaps/validation-gate.ts: front matter, MDX
 * allow-list, limits, talks, the compile budget) plus a full HTML render, and
 * prints `file:line:column: message` for each problem (a file that is not
 * UTF-8 or badly named included), and the speaker registry (speakers.yml,
 * lib/speakers/registry-file.ts: unknown fields, a name two people share).
 * Exits 1 when any recap or the registry is broken; the build runs it first.
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { checkRender } from '@/lib/mdx/check-render';
import { formatDiagnostic } from '@/lib/mdx/diagnostic';
import { listRecapFiles, readRecapFile } from '@/lib/recaps/file-recaps';
import { findDuplicateTranslations, type TranslatedFile } from '@/lib/recaps/translation-groups';
import { checkRecap } from '@/lib/recaps/validation-gate';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { readRegistryFile, registryFilePath } from '@/lib/speakers/registry-sync';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : env.contentDir;
const files = listRecapFiles(dir);
let problems = 0;
const translated: TranslatedFile[] = [];
for (const file of files) {
  const shown = path.relative(process.cwd(), file) || file;
  const read = readRecapFile(file);
  if ('problem' in read) {
    for (const d of read.problem.diagnostics) console.error(formatDiagnostic(shown, d));
    problems += read.problem.diagnostics.length;
    continue;
  }
  // Every problem of the file at once: front matter and body are checked independently.
  const checked = await checkRecap({ source: 'file', text: read.text }, { render: checkRender });
  for (const d of checked.diagnostics) console.error(formatDiagnostic(shown, d));
  problems += checked.diagnostics.length;
  if (checked.frontMatter)
    translated.push({ file: shown, text: read.text, translationKey: checked.frontMatter.translationKey, locale: checked.frontMatter.locale });
}
// Across files: one version per language of each event.
for (const { file, diagnostic } of findDuplicateTranslations(translated)) {
  console.error(formatDiagnostic(file, diagnostic));
  problems += 1;
}
const registryShown = path.relative(process.cwd(), registryFilePath(dir)) || registryFilePath(dir);
const registry = parseRegistryFile(readRegistryFile(dir));
for (const p of registry.problems) console.error(`${registryShown}:${p.line}:${p.column}: ${p.message}`);
problems += registry.problems.length;
if (files.length === 0) console.warn(`content:check: no recaps found in ${path.join(dir, 'recaps')}`);
console.log(`content:check: ${files.length} recap(s) checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
