import fs from 'node:fs';
import path from 'node:path';
import { eventFactsOf } from '@/lib/events/event-facts';
import { siteTimeZone } from '@/lib/events/site-time-zone';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { readUtf8File } from '@/lib/mdx/read-utf8';
import { isValidSlug } from './slug';
import { checkTrustedRecap } from './validation-gate';
import type { Recap } from './types';

export interface FileProblem {
  file: string;
  diagnostics: Diagnostic[];
}

export interface FileRecaps {
  recaps: Recap[];
  problems: FileProblem[];
}

/** Paths of every recap file under `contentDir/recaps`. */
export function listRecapFiles(contentDir: string): string[] {
  const dir = path.join(contentDir, 'recaps');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** A recap file's slug (its file name) and text, or why it cannot be read as one. */
export function readRecapFile(file: string): { slug: string; text: string } | { problem: FileProblem } {
  const slug = path.basename(file, '.mdx');
  if (!isValidSlug(slug)) {
    return {
      problem: {
        file,
        diagnostics: [{ line: 1, column: 1, message: `file name "${slug}" is not a valid slug: use lowercase letters, digits and single hyphens` }],
      },
    };
  }
  const read = readUtf8File(file);
  if (!read.ok) return { problem: { file, diagnostics: [read.diagnostic] } };
  return { slug, text: read.text };
}

/** Compiles the text of the recap file `file` (read by readRecapFile) through the validation gate (in process: files are trusted). */
export function compileRecapFile(file: string, slug: string, text: string): { recap: Recap } | { problem: FileProblem } {
  const checked = checkTrustedRecap({ source: 'file', text });
  if (!checked.ok || !checked.frontMatter || !checked.body) return { problem: { file, diagnostics: checked.diagnostics } };
  const { frontMatter, body } = checked;
  return {
    recap: {
      ...frontMatter,
      slug,
      talks: body.talks,
      tree: body.tree,
      hast: body.hast,
      lastModified: frontMatter.updated ?? frontMatter.published,
      source: 'file',
      event: eventFactsOf(frontMatter, siteTimeZone()),
    },
  };
}

/** Reads and compiles one recap file; its slug is its file name. */
export function loadRecapFile(file: string): { recap: Recap } | { problem: FileProblem } {
  const read = readRecapFile(file);
  return 'problem' in read ? read : compileRecapFile(file, read.slug, read.text);
}

/**
 * Loads every recap in the content directory. A broken file is reported and
 * left out; it never takes the other recaps down with it.
 */
export function loadFileRecaps(contentDir: string): FileRecaps {
  const result: FileRecaps = { recaps: [], problems: [] };
  for (const file of listRecapFiles(contentDir)) {
    const loaded = loadRecapFile(file);
    if ('recap' in loaded) result.recaps.push(loaded.recap);
    else result.problems.push(loaded.problem);
  }
  return result;
}
