import type { Root } from 'mdast';
import type { FrontMatter } from '@/lib/recaps/schema';
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { parseFrontMatter, splitFrontMatter } from './front-matter';
import { checkLimits } from './limits';
import { parseBody } from './parse';
import { extractTalks, type TalkInfo } from './talks';
import { validateTree } from './validate';

export interface CompiledBody {
  tree: Root;
  talks: TalkInfo[];
}

export interface CompiledRecap extends CompiledBody {
  frontMatter: FrontMatter;
}

export type Compiled<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The one pipeline for a recap body, wherever it comes from: size and depth
 * limits, MDX parse, allow-list check, talk extraction. Never evaluates code.
 */
export function compileBody(source: string, lineOffset = 0): Compiled<CompiledBody> {
  // A lone surrogate parses, but throws later in encodeURIComponent (speaker
  // and anchor links) while rendering: replace it with U+FFFD, as browsers do.
  // Same length, so positions are unchanged.
  const body = source.toWellFormed();
  const limit = checkLimits(body, lineOffset);
  if (limit) return { ok: false, diagnostics: [limit] };
  const parsed = parseBody(body, lineOffset);
  if (!parsed.ok) return { ok: false, diagnostics: [parsed.diagnostic] };
  const problems = validateTree(parsed.tree, lineOffset, body);
  if (problems.length) return { ok: false, diagnostics: sortDiagnostics(problems) };
  return { ok: true, value: { tree: parsed.tree, talks: extractTalks(parsed.tree) } };
}

/** Compiles a whole recap file: YAML front matter and MDX body. */
export function compileRecapSource(source: string): Compiled<CompiledRecap> {
  const split = splitFrontMatter(source);
  const fm = parseFrontMatter(split.yaml);
  const body = compileBody(split.body, split.bodyLineOffset);
  const diagnostics = [...(fm.ok ? [] : fm.diagnostics), ...(body.ok ? [] : body.diagnostics)];
  if (!fm.ok || !body.ok) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  const talkProblems = checkTalks(body.value.talks);
  if (talkProblems.length) return { ok: false, diagnostics: talkProblems.map((message) => ({ line: split.bodyLineOffset + 1, column: 1, message })) };
  return { ok: true, value: { ...body.value, frontMatter: fm.data } };
}

function checkTalks(talks: TalkInfo[]): string[] {
  return talks.flatMap((talk, i) => (talk.speakers.length === 0 ? [`talk ${i + 1} ("${talk.title}") has no speaker`] : []));
}
