import { compileBodyBudgeted, type BudgetExceeded } from '@/lib/mdx/budget';
import type { CompiledBody } from '@/lib/mdx/compile';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { validateFields, type RecapFields } from './editor-fields';

// The one gate a recap's text passes before it goes live: Publish now, Update
// live page, the scheduler and `content:check` all call it, so nothing reaches
// visitors that one of them would refuse. The body is compiled off the request
// thread, within the compile budget (lib/mdx/budget.ts), and the worker builds
// the React element tree once, where a body that fails only at render time fails.

export interface GateResult {
  /** Front matter problems by field name. */
  fieldErrors: Record<string, string>;
  /** Body problems at line and column, in order. */
  diagnostics: Diagnostic[];
  /** Set when the compile budget (time, memory) refused the body: a busy server may let the same text pass later. */
  exceeded?: BudgetExceeded;
}

/** Renders a compiled body once; returns what failed. */
export type TrialRender = (body: CompiledBody, lineOffset: number) => Diagnostic[];

export interface GateOptions {
  /** The publication date the front matter is checked with; today by default. */
  publishedOn?: string;
  /** Lines before the body in its file (content:check), so positions are file positions. */
  lineOffset?: number;
  /** How to render; content:check passes a full HTML render (lib/mdx/check-render.ts). */
  render?: TrialRender;
}

/**
 * Whether a recap's fields and body may go live: front matter, MDX syntax and
 * allow-list, talks, and a trial render. Empty lists mean yes. Any server
 * code may call it; it has no side effects.
 */
export async function checkPublishable(fields: RecapFields, body: string, options: GateOptions = {}): Promise<GateResult> {
  const checked = validateFields(fields, options.publishedOn ?? new Date().toISOString().slice(0, 10));
  const { diagnostics, exceeded } = await checkBody(body, options);
  return { fieldErrors: checked.ok ? {} : checked.errors, diagnostics, ...(exceeded ? { exceeded } : {}) };
}

export interface BodyCheck {
  diagnostics: Diagnostic[];
  /** The compiled body, when it passed. */
  compiled?: CompiledBody;
  /** Set when the compile budget refused it (time, memory): a busy server may let the same text pass later. */
  exceeded?: BudgetExceeded;
}

/**
 * The body half of the gate (content:check validates a file's YAML front
 * matter itself). Returns the compiled body when it passed, so callers that
 * go on to show it need not compile twice.
 */
export async function checkBody(body: string, options: Pick<GateOptions, 'lineOffset' | 'render'> = {}): Promise<BodyCheck> {
  const lineOffset = options.lineOffset ?? 0;
  const result = await compileBodyBudgeted(body, { lineOffset });
  if (!result.ok) return { diagnostics: result.diagnostics, exceeded: result.exceeded };
  const talks = talkProblems(result.value, lineOffset);
  if (talks.length) return { diagnostics: talks };
  const rendered = options.render ? options.render(result.value, lineOffset) : [];
  return rendered.length ? { diagnostics: rendered } : { diagnostics: [], compiled: result.value };
}

// The same rule as compileRecapSource applies to files: every talk names a speaker.
function talkProblems(body: CompiledBody, lineOffset: number): Diagnostic[] {
  return body.talks.flatMap((talk, i) =>
    talk.speakers.length === 0 ? [{ line: lineOffset + 1, column: 1, message: `talk ${i + 1} ("${talk.title}") has no speaker` }] : [],
  );
}

/** The gate's refusal as one line per problem ("Title: …", "line 3, column 5: …"), for logs and the admin. */
export function describeProblems(result: GateResult): string[] {
  return [
    ...Object.values(result.fieldErrors),
    ...result.diagnostics.map((d) => `line ${d.line}, column ${d.column}: ${d.message}`),
  ];
}
