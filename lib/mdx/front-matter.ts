import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { FRONT_MATTER_KEYS, frontMatterSchema, withoutEmptyOptionals, type FrontMatter } from '@/lib/recaps/schema';
import type { Diagnostic } from './diagnostic';
import { describeYamlError } from './error-catalog-yaml';

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SplitSource {
  yaml: string | null;
  body: string;
  /** Lines in the file before the first body line. */
  bodyLineOffset: number;
}

/** Separates `---` YAML front matter from the MDX body without interpreting either. */
export function splitFrontMatter(source: string): SplitSource {
  // Lone surrogates become U+FFFD: they cannot be URL-encoded (tag and speaker links) or written as UTF-8.
  const text = source
    .toWellFormed()
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return { yaml: null, body: text, bodyLineOffset: 0 };
  const end = text.indexOf('\n---', 3);
  if (end === -1) return { yaml: null, body: text, bodyLineOffset: 0 };
  const afterFence = text.indexOf('\n', end + 4);
  const yaml = text.slice(4, end + 1);
  const body = afterFence === -1 ? '' : text.slice(afterFence + 1);
  const bodyLineOffset = text.slice(0, afterFence === -1 ? text.length : afterFence + 1).split('\n').length - 1;
  return { yaml, body, bodyLineOffset };
}

export type FrontMatterResult = { ok: true; data: FrontMatter } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses YAML front matter (YAML 1.2 core schema: no JavaScript engine, no
 * custom tags) and validates it. Positions are file positions: the YAML
 * starts on line 2, after the opening fence.
 */
export function parseFrontMatter(yaml: string | null): FrontMatterResult {
  if (yaml === null) {
    return { ok: false, diagnostics: [{ line: 1, column: 1, message: 'front matter is missing: start the file with a --- YAML block' }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, schema: 'core' });
  const at = (offset: number | undefined, message: string, field?: string): Diagnostic => {
    const pos = counter.linePos(offset ?? 0);
    return { line: pos.line + 1, column: pos.col, message, field };
  };
  // Warnings count too: an unknown tag (`!!js/function`) is only a warning to
  // the parser, which would then quietly keep the tagged text as a string.
  // The parser's own `at line 1, column 8` is YAML-relative; `at` gives the file position.
  const lines = yaml.split('\n');
  const problems: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => {
    const lineText = lines[counter.linePos(e.pos[0]).line - 1] ?? '';
    return at(e.pos[0], describeYamlError(e.code, e.message.split('\n')[0], lineText));
  });
  if (problems.length) return { ok: false, diagnostics: problems };
  if (!isMap(doc.contents)) return { ok: false, diagnostics: [at(0, 'front matter must be a mapping of keys to values')] };

  const keyOffsets = new Map<string, number | undefined>();
  walk(doc.contents, (key, offset) => {
    if (RESERVED_KEYS.has(key)) problems.push(at(offset, `reserved key "${key}" is not allowed`, key));
  });
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    keyOffsets.set(key, offset);
    if (!RESERVED_KEYS.has(key) && !FRONT_MATTER_KEYS.includes(key)) {
      problems.push(at(offset, `unknown key "${key}" (allowed: ${FRONT_MATTER_KEYS.join(', ')})`, key));
    }
  }
  if (problems.some((p) => RESERVED_KEYS.has(p.field ?? ''))) return { ok: false, diagnostics: problems };

  // Unknown keys are reported above; validate the rest so every problem shows at once.
  let js: Record<string, unknown>;
  try {
    js = doc.toJS({ maxAliasCount: 20 }) as Record<string, unknown>;
  } catch (error) {
    // toJS throws on an alias bomb ("Excessive alias count"): one broken file
    // must be reported, not take the whole catalog down with an exception.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const text = /alias/i.test(reason)
      ? 'The front matter repeats aliases (`*name`) too many times: write the values out.'
      : 'The front matter could not be read: check its YAML.';
    return { ok: false, diagnostics: [...problems, at(0, text)] };
  }
  const data = withoutEmptyOptionals(Object.fromEntries(Object.entries(js).filter(([key]) => FRONT_MATTER_KEYS.includes(key))));
  const parsed = frontMatterSchema.safeParse(data);
  if (parsed.success && !problems.length) return { ok: true, data: parsed.data };
  return {
    ok: false,
    diagnostics: [...problems, ...(parsed.success ? [] : parsed.error.issues)].map((issue) => {
      if ('line' in issue) return issue;
      const field = String(issue.path[0] ?? '');
      const message = issue.message.startsWith(field) ? issue.message : `${field || 'front matter'}: ${issue.message}`;
      return at(keyOffsets.get(field), message, field || undefined);
    }),
  };
}

function walk(node: unknown, visit: (key: string, offset: number | undefined) => void, depth = 0): void {
  if (depth > 20) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) visit(String(pair.key.value), pair.key.range?.[0]);
      walk(pair.value, visit, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item as YamlNode, visit, depth + 1);
  }
}
