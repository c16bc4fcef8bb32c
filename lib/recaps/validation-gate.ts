import { compileBodyBudgeted, type BudgetedCompile, type BudgetExceeded } from '@/lib/mdx/budget';
import { compileBody, type Compiled, type CompiledBody } from '@/lib/mdx/compile';
import { sortDiagnostics, type Diagnostic } from '@/lib/mdx/diagnostic';
import { parseFrontMatter, splitFrontMatter } from '@/lib/mdx/front-matter';
import { validateFields, type RecapFields } from './editor-fields';
import type { FrontMatter } from './schema';

// The one gate that decides whether a recap is valid, whoever asks:
// content:check (and so the build), the loading of git-managed files, the
// editor's review, Publish now, Update live page, scheduling, the scheduler
// and the public read of a database recap. Same rules for every source; only
// how the text arrives differs:
// - a file: YAML front matter and body in one text, problems at file:line:column;
// - a database recap: the editor's fields and a body, published on `publishedOn`.
// Bodies an organizer typed compile off the request thread within the compile
// budget (lib/mdx/budget.ts); git-managed files may be compiled in process
// (checkTrustedRecap), because the catalog loads them synchronously.

export type RecapInput =
  | { source: 'file'; text: string }
  | {
      source: 'db';
      fields: RecapFields;
      body: string;
      /** The day it goes (or went) live, YYYY-MM-DD; today by default. The event may not be later. */
      publishedOn?: string;
    };

/** Renders a compiled body once; returns what failed. */
export type TrialRender = (body: CompiledBody, lineOffset: number) => Diagnostic[];

export interface GateOptions {
  /**
   * A full HTML render on top of the element tree every check builds. Only
   * content:check passes one (lib/mdx/check-render.ts): react-dom/server has
   * no place in the server's own bundle, which builds the tree in the worker.
   */
  render?: TrialRender;
  /** How to compile the body off the request thread; the editor passes its cache (compile-cache.ts). */
  compile?: (body: string) => Promise<BudgetedCompile>;
  /** Lines before the body of a database recap (never for files, whose positions are their own). */
  lineOffset?: number;
}

export interface RecapCheck {
  /** Whether the recap may go (or stay) live. */
  ok: boolean;
  /** The validated front matter, when it passed. */
  frontMatter?: FrontMatter;
  /** The compiled body, when it passed, so that callers that show it need not compile twice. */
  body?: CompiledBody;
  /** Front matter problems by field name. */
  fieldErrors: Record<string, string>;
  /**
   * Problems at line and column, in order: the body's, and for a file its
   * front matter's too (those carry `field` and are also in fieldErrors).
   */
  diagnostics: Diagnostic[];
  /** Set when the compile budget (time, memory) refused the body: a busy server may let the same text pass later. */
  exceeded?: BudgetExceeded;
}

/**
 * Whether a recap may go live, or stay live: front matter, MDX syntax and
 * allow-list, limits, talks, and a trial render. No side effects; any server
 * code and scripts may call it.
 */
export async function checkRecap(input: RecapInput, options: GateOptions = {}): Promise<RecapCheck> {
  const text = textOf(input, options);
  return combine(text, await checkRecapBody(text.body, { ...options, lineOffset: text.lineOffset }));
}

/**
 * checkRecap for git-managed files, compiled in this process without the
 * budget (trusted input, read once at start). lib/recaps/file-recaps.ts only.
 */
export function checkTrustedRecap(input: Extract<RecapInput, { source: 'file' }>, options: Pick<GateOptions, 'render'> = {}): RecapCheck {
  const text = textOf(input, {});
  return combine(text, bodyRules(compileBody(text.body, text.lineOffset), text.lineOffset, options));
}

export interface BodyCheck {
  /** Problems at line and column (file positions when given `lineOffset`). */
  diagnostics: Diagnostic[];
  /** The compiled body, when it passed. */
  body?: CompiledBody;
  exceeded?: BudgetExceeded;
}

/** The body half of checkRecap, for callers that hold no front matter. */
export async function checkRecapBody(body: string, options: GateOptions = {}): Promise<BodyCheck> {
  const lineOffset = options.lineOffset ?? 0;
  const compiled = options.compile ? shift(await options.compile(body), lineOffset) : await compileBodyBudgeted(body, { lineOffset });
  return { ...bodyRules(compiled, lineOffset, options), ...(compiled.exceeded ? { exceeded: compiled.exceeded } : {}) };
}

interface RecapText {
  frontMatter: { ok: true; data: FrontMatter } | { ok: false; fieldErrors: Record<string, string>; diagnostics: Diagnostic[] };
  body: string;
  lineOffset: number;
}

function textOf(input: RecapInput, options: GateOptions): RecapText {
  if (input.source === 'db') {
    const fields = validateFields(input.fields, input.publishedOn ?? new Date().toISOString().slice(0, 10));
    return {
      frontMatter: fields.ok ? fields : { ok: false, fieldErrors: fields.errors, diagnostics: [] },
      body: input.body,
      lineOffset: options.lineOffset ?? 0,
    };
  }
  const split = splitFrontMatter(input.text);
  const parsed = parseFrontMatter(split.yaml);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.ok) for (const d of parsed.diagnostics) if (d.field) fieldErrors[d.field] ??= d.message;
  return {
    frontMatter: parsed.ok ? parsed : { ok: false, fieldErrors, diagnostics: parsed.diagnostics },
    body: split.body,
    lineOffset: split.bodyLineOffset,
  };
}

function combine(text: RecapText, body: BodyCheck): RecapCheck {
  const fm = text.frontMatter;
  return {
    ok: fm.ok && body.body !== undefined,
    ...(fm.ok ? { frontMatter: fm.data } : {}),
    ...(body.body ? { body: body.body } : {}),
    fieldErrors: fm.ok ? {} : fm.fieldErrors,
    diagnostics: sortDiagnostics([...(fm.ok ? [] : fm.diagnostics), ...body.diagnostics]),
    ...(body.exceeded ? { exceeded: body.exceeded } : {}),
  };
}

/** What a body must pass once it compiled: every talk names a speaker, and the render (when asked for) succeeds. */
function bodyRules(compiled: Compiled<CompiledBody>, lineOffset: number, options: Pick<GateOptions, 'render'>): BodyCheck {
  if (!compiled.ok) return { diagnostics: compiled.diagnostics };
  const talks = compiled.value.talks.flatMap((talk, i) =>
    talk.speakers.length === 0 ? [{ line: lineOffset + 1, column: 1, message: `talk ${i + 1} ("${talk.title}") has no speaker` }] : [],
  );
  const problems = talks.length ? talks : options.render ? options.render(compiled.value, lineOffset) : [];
  return problems.length ? { diagnostics: problems } : { diagnostics: [], body: compiled.value };
}

function shift(compiled: BudgetedCompile, lineOffset: number): BudgetedCompile {
  if (compiled.ok || lineOffset === 0) return compiled;
  return { ...compiled, diagnostics: compiled.diagnostics.map((d) => ({ ...d, line: d.line + lineOffset })) };
}

/** The gate's refusal as one line per problem ("title is required", "line 3, column 5: …"), for logs and the admin. */
export function describeProblems(result: Pick<RecapCheck, 'fieldErrors' | 'diagnostics'>): string[] {
  return [
    ...Object.values(result.fieldErrors),
    // A file's front matter problems are in both lists: once is enough.
    ...result.diagnostics.filter((d) => !d.field || !(d.field in result.fieldErrors)).map((d) => `line ${d.line}, column ${d.column}: ${d.message}`),
  ];
}
