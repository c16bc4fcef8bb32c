import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { say, type ReportText } from './report';

// The front matter of a post as Hugo and Jekyll write it: YAML between `---`
// or TOML between `+++`. Nothing is validated here: the importer maps what it
// finds to the portal's fields and says where each came from (report.ts).

export interface SourceFrontMatter {
  data: Record<string, unknown>;
  /** The line (1-based, in the file) of each top-level key, for the report. */
  lines: Record<string, number>;
  /** The Markdown after the front matter. */
  body: string;
  /** Lines before the body: a body line + this is the file's line. */
  bodyLineOffset: number;
  /** Why the front matter could not be read (the post is still converted, with no fields from it). */
  problem?: string;
  /** The same as a sentence of the import report. */
  problemText?: ReportText;
}

const FENCES: { open: RegExp; close: RegExp; format: 'yaml' | 'toml' }[] = [
  { open: /^---\s*$/, close: /^(---|\.\.\.)\s*$/, format: 'yaml' },
  { open: /^\+\+\+\s*$/, close: /^\+\+\+\s*$/, format: 'toml' },
];

export function readSourceFrontMatter(text: string): SourceFrontMatter {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const fence = FENCES.find((f) => f.open.test(lines[0] ?? ''));
  if (!fence) return { data: {}, lines: {}, body: source, bodyLineOffset: 0 };
  const end = lines.findIndex((line, i) => i > 0 && fence.close.test(line));
  if (end === -1)
    return { data: {}, lines: {}, body: source, bodyLineOffset: 0, problem: 'the front matter is never closed', problemText: say('frontMatterUnclosed') };
  const raw = lines.slice(1, end).join('\n');
  const keyLines: Record<string, number> = {};
  const keyPattern = fence.format === 'yaml' ? /^([A-Za-z_][\w-]*)\s*:/ : /^([A-Za-z_][\w-]*)\s*=/;
  lines.slice(1, end).forEach((line, i) => {
    const key = keyPattern.exec(line)?.[1];
    if (key && !(key in keyLines)) keyLines[key] = i + 2;
  });
  const body = lines.slice(end + 1).join('\n');
  try {
    const parsed = fence.format === 'yaml' ? parseYaml(raw, { schema: 'core' }) : parseToml(raw);
    const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    return { data, lines: keyLines, body, bodyLineOffset: end + 1 };
  } catch (error) {
    return {
      data: {},
      lines: keyLines,
      body,
      bodyLineOffset: end + 1,
      problem: `the ${fence.format.toUpperCase()} front matter does not parse: ${(error as Error).message.split('\n')[0]}`,
      problemText: say('frontMatterUnparsed', { format: fence.format.toUpperCase(), error: { sentence: (error as Error).message.split('\n')[0] } }),
    };
  }
}

/** A post date (`2023-07-20`, `2023-07-20T10:00:00+08:00`, a TOML date) as the day in `timeZone`. */
export function dayOf(value: unknown, timeZone: string): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : zonedDay(value, timeZone);
  if (typeof value === 'object' && value !== null && 'toISOString' in value)
    return dayOf(new Date(String((value as { toISOString(): string }).toISOString())), timeZone);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // A time with an offset names an instant: its day is the day in the site's zone, not the writer's.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return dayOf(new Date(text.replace(' ', 'T')), timeZone);
  const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  return day ? day[1] : null;
}

function zonedDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Descriptions that several posts carry word for word: copied from a template, so no description of any of them. In an import worker (import-worker.ts). */
export function sharedDescriptions(texts: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const d = readSourceFrontMatter(text).data.description;
    if (typeof d === 'string' && d.trim()) counts.set(d.trim(), (counts.get(d.trim()) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([d]) => d));
}
