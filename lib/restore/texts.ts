import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from '@/lib/mdx/front-matter';
import { fieldsFromStored, fieldsToStored, recapFieldsSchema, type RecapFields } from '@/lib/recaps/editor-fields';
import { bodySizeProblem } from '@/lib/recaps/draft-size';
import { checkRecap, type GateOptions } from '@/lib/recaps/validation-gate';
import type { FrontMatterJson } from '@/lib/sql/types';

// One file of an export (recaps/<slug>.mdx, drafts/<slug>.mdx) read back as
// what the editor stores: its form fields as JSON and its body. The
// front matter keys the editor has no field for are columns (`published`,
// `updated`, `translationKey`) or shown nowhere (`sample`, a sample file's mark).

/** Front matter keys that are not form fields: the restore reads them itself. */
const NOT_FIELDS = new Set(['published', 'updated', 'translationKey', 'sample']);

export interface ReadText {
  /** As shown in reports: the path inside the export. */
  file: string;
  /** The raw front matter, for `published`, `updated` and `translationKey`. */
  data: Record<string, unknown>;
  fields: RecapFields;
  stored: FrontMatterJson;
  body: string;
  /** Lines of the file before `body`. */
  lineOffset: number;
  /** The front matter's text, to point at a field's line. */
  yaml: string;
}

/** Reads `name` of the export at `dir`; problems as `file:line: message`. */
export function readExportText(dir: string, name: string, slug: string): { ok: true; text: ReadText } | { ok: false; problems: string[] } {
  const file = path.join(dir, name);
  if (!isInside(dir, file)) return { ok: false, problems: [`${name}: not a file of the export`] };
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return { ok: false, problems: [`${name}: missing from the export`] };
  }
  const split = splitFrontMatter(source);
  let data: unknown;
  try {
    data = split.yaml === null ? null : parse(split.yaml, { schema: 'core' });
  } catch (error) {
    return { ok: false, problems: [`${name}:2: the front matter is not YAML (${(error as Error).message.split('\n')[0]})`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, problems: [`${name}:1: no front matter`] };
  const record = data as Record<string, unknown>;
  const fields = fieldsFromStored(record, slug);
  const unknown = Object.keys(record).filter((k) => !NOT_FIELDS.has(k) && !(k in fields));
  const problems = unknown.map((k) => `${name}:${lineOf(split.yaml!, k)}: ${k} is not a field of the portal's recaps`);
  const form = recapFieldsSchema.safeParse(fields);
  if (!form.success) for (const issue of form.error.issues) problems.push(`${name}:${lineOf(split.yaml!, String(issue.path[0]))}: ${issue.message}`);
  // The export writes one blank line after the front matter (lib/export/recap-text.ts).
  const body = split.body.startsWith('\n') ? split.body.slice(1) : split.body;
  const lineOffset = split.bodyLineOffset + (body === split.body ? 0 : 1);
  const size = bodySizeProblem(body);
  if (size) problems.push(`${name}:${lineOffset + 1}: ${size}`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, text: { file: name, data: record, fields, stored: fieldsToStored(fields), body, lineOffset, yaml: split.yaml! } };
}

/**
 * The validation gate (lib/recaps/validation-gate.ts) on a text as the
 * database will hold it, published on `publishedOn` (else today): its problems as
 * `file:line: message`, none when it may go live.
 */
export async function gateProblems(text: ReadText, publishedOn: string | undefined, options: GateOptions): Promise<string[]> {
  const checked = await checkRecap({ source: 'db', fields: text.fields, body: text.body, publishedOn }, { ...options, lineOffset: text.lineOffset });
  if (checked.ok) return [];
  return [
    ...Object.entries(checked.fieldErrors).map(([field, message]) => `${text.file}:${lineOf(text.yaml, field)}: ${message}`),
    ...checked.diagnostics.filter((d) => !d.field).map((d) => `${text.file}:${d.line}:${d.column}: ${d.message}`),
  ];
}

/** The 1-based line of `key:` in a file whose front matter starts on line 2. */
function lineOf(yaml: string, key: string): number {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 2 : 1;
}

const isInside = (dir: string, file: string) => path.resolve(file).startsWith(path.resolve(dir) + path.sep);
