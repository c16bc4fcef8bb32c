import type { BudgetExceeded } from '@/lib/mdx/budget';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import type { RecapFields } from './editor-fields';
import { checkRecap, type TrialRender } from './validation-gate';

// The publish gate's older entry points, kept as thin wrappers over the one
// validation gate (lib/recaps/validation-gate.ts: checkRecap), so that their
// callers need not all change at once. New code calls checkRecap.

export { describeProblems, type TrialRender } from './validation-gate';

export interface GateResult {
  /** Front matter problems by field name. */
  fieldErrors: Record<string, string>;
  /** Body problems at line and column, in order. */
  diagnostics: Diagnostic[];
  /** Set when the compile budget (time, memory) refused the body: a busy server may let the same text pass later. */
  exceeded?: BudgetExceeded;
}

export interface PublishCheckOptions {
  /** The publication date the front matter is checked with; today by default. */
  publishedOn?: string;
  /** Lines before the body, so positions are file positions. */
  lineOffset?: number;
  /** A full HTML render as well (content:check: lib/mdx/check-render.ts). */
  render?: TrialRender;
}

/** checkRecap for a database recap's fields and body; empty lists mean it may go live. Any server code. */
export async function checkPublishable(fields: RecapFields, body: string, options: PublishCheckOptions = {}): Promise<GateResult> {
  const { fieldErrors, diagnostics, exceeded } = await checkRecap({ source: 'db', fields, body, publishedOn: options.publishedOn }, options);
  return { fieldErrors, diagnostics, ...(exceeded ? { exceeded } : {}) };
}
