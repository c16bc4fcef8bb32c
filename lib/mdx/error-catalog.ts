import { wordedDiagnostic, type Diagnostic } from './diagnostic';
import { messages, type Worded } from './error-messages';
import { COMPONENTS, HTML_ELEMENTS } from './components-spec';
import { findOpenBrace, findTagStart, offsetAt, pointAt, readAttributeBefore, readTagName } from './source-scan';

/**
 * The error catalog for text the MDX parser refuses: turns the parser's
 * message (written for developers, with character codes and rule names) into
 * one that names the slip and points at the place to act, which is often not
 * where the parser stopped: a `<Talk` without `>` is reported on the tag's
 * line, not where the parser gave up two lines later.
 *
 * Called only by `parseBody`; the slips that parse but are not allowed are
 * worded by `validate.ts` from the same `error-messages.ts`.
 */
export function describeParseError(error: unknown, body: string, lineOffset = 0): Diagnostic {
  const e = (error ?? {}) as ParserError;
  const reason = String(e.reason ?? e.message ?? '').split('\n')[0];
  const at = errorOffset(e, reason, body);
  const found = classify(e, reason, body, at);
  const point = pointAt(body, found.offset);
  return wordedDiagnostic(point.line + lineOffset, point.column, found.message(lineOffset));
}

interface ParserError {
  reason?: string;
  message?: string;
  ruleId?: string;
  source?: string;
  line?: number;
  column?: number;
  place?: { offset?: number; start?: { offset?: number } };
}

type Found = { offset: number; message: (lineOffset: number) => Worded };

/** `(3:1)` or `(3:1-3:30)` in a reason: the position of the other tag involved. */
const QUOTED = /\((\d+):(\d+)(?:-\d+:\d+)?\)/;
const CRASH = /^Unexpected (?:end of file|character `(.+?)` \(U\+[0-9A-F]+\)) (.+?), expected/;

function errorOffset(e: ParserError, reason: string, body: string): number {
  const offset = e.place?.offset ?? e.place?.start?.offset;
  if (typeof offset === 'number') return Math.min(offset, body.length);
  if (e.line) return offsetAt(body, e.line, e.column ?? 1);
  const quoted = QUOTED.exec(reason);
  return quoted ? offsetAt(body, Number(quoted[1]), Number(quoted[2])) : 0;
}

function classify(e: ParserError, reason: string, body: string, at: number): Found {
  const fixed = (offset: number, text: Worded): Found => ({ offset, message: () => text });
  const source = e.source ?? '';
  if (source.includes('mdxjs-esm')) return fixed(lineStart(body, at), messages.esm());
  if (source.includes('mdx-expression') || e.ruleId === 'acorn' || e.ruleId === 'unexpected-empty-expression') {
    const brace = findOpenBrace(body, at);
    // `{…}` read as an attribute because the tag before it never got its `>`: that is the slip.
    const tag = findTagStart(body, brace);
    const inside = body.slice(tag, brace);
    if (tag !== brace && readTagName(body, tag) && !inside.includes('>') && /\n[ \t]*\n/.test(inside)) {
      return fixed(tag, messages.missingTagEnd(readTagName(body, tag)));
    }
    return fixed(brace, messages.braces());
  }
  if (e.ruleId === 'unexpected-lazy') return fixed(at, messages.lazyLine());
  if (e.ruleId === 'unexpected-closing-slash') {
    const start = findTagStart(body, at);
    return fixed(start, messages.closeWithoutOpen(readTagName(body, start) || '…'));
  }
  if (e.ruleId === 'unexpected-attribute' || e.ruleId === 'unexpected-self-closing-slash') {
    const start = findTagStart(body, at);
    return fixed(start, messages.attributeInClosingTag(readTagName(body, start) || '…'));
  }
  if (e.ruleId === 'end-tag-mismatch') return tagMismatch(reason, body, at);
  const crash = CRASH.exec(reason);
  if (crash) return tagCrash(crash[1] ?? null, crash[2], body, at);
  return fixed(at, messages.unreadable(null));
}

/** `<X>` never closed, closed by the wrong name, or crossing markdown. */
function tagMismatch(reason: string, body: string, at: number): Found {
  const quoted = QUOTED.exec(reason);
  const openAt = quoted ? offsetAt(body, Number(quoted[1]), Number(quoted[2])) : at;
  const open = readTagName(body, openAt);
  const special = misusedTag(open);
  if (special) return { offset: openAt, message: () => special };
  if (reason.startsWith('Unexpected closing tag')) {
    const closing = readTagName(body, at);
    const openLine = pointAt(body, openAt).line;
    return { offset: at, message: (lineOffset) => messages.mismatch(closing, open, openLine + lineOffset) };
  }
  if (reason.startsWith('Expected the closing tag')) return { offset: openAt, message: () => messages.crossing(open) };
  const container = / before the end of `(\w+)`/.exec(reason)?.[1];
  const where = !container ? 'block' : container === 'blockquote' || container === 'blockQuote' ? 'quote' : container === 'listItem' ? 'list' : 'paragraph';
  return { offset: openAt, message: () => messages.unclosed(open, where) };
}

/** A tag that cannot be closed the way it was written: HTML habits and unknown names. */
function misusedTag(name: string): Worded | undefined {
  const lower = name.toLowerCase();
  if (lower === 'img') return messages.htmlImage();
  if (lower === 'br') return messages.htmlBreak();
  if (!Object.hasOwn(COMPONENTS, name) && !Object.hasOwn(HTML_ELEMENTS, name)) return messages.unknownComponent(name);
  return undefined;
}

/** The tokenizer stopped inside a tag: `at` says in which part of it. */
function tagCrash(character: string | null, where: string, body: string, at: number): Found {
  const fixed = (offset: number, text: Worded): Found => ({ offset, message: () => text });
  const start = findTagStart(body, at);
  const name = readTagName(body, start);
  // Whatever else is wrong with an HTML image, the fix is a `<Figure>`.
  if (name.toLowerCase() === 'img') return fixed(start, messages.htmlImage());
  if (where === 'before name') {
    return fixed(start, character === '!' ? messages.htmlComment() : messages.bareLessThan());
  }
  if (character === '@' || where.includes('local name') || (where.includes('member name') && character === '/')) {
    return fixed(start, messages.angleLink());
  }
  const known = Object.hasOwn(COMPONENTS, name) || Object.hasOwn(HTML_ELEMENTS, name) || name.toLowerCase() === 'img';
  if (where === 'in name' || where === 'after name') return fixed(start, known ? messages.badTagCharacter(character ?? '', name) : messages.bareLessThan());
  if (where === 'before attribute value') {
    const attribute = readAttributeBefore(body, at);
    return fixed(at, messages.attributeQuotes(attribute, name, readBareValue(body, at)));
  }
  if (where === 'in attribute value') {
    const quote = openQuote(body, start, at);
    return fixed(quote, messages.unclosedQuote(readAttributeBefore(body, quote), name));
  }
  if (where === 'after self-closing slash') return fixed(start, messages.missingTagEnd(name));
  // Somewhere among the attributes. If the tag ran on into the text (past a
  // blank line, or onto a line with no `=`), or to the end of the file, its `>` is missing.
  const between = body.slice(start, at);
  const sameLine = !between.includes('\n');
  const errorLine = body.slice(body.lastIndexOf('\n', at - 1) + 1, at);
  if (character === null || (!sameLine && (/\n[ \t]*\n/.test(between) || !errorLine.includes('=')))) {
    return fixed(start, known || !sameLine ? messages.missingTagEnd(name) : messages.bareLessThan());
  }
  if (character === "'" || character === '"') {
    const single = singleQuotedAttribute(body, start, at);
    if (single) return fixed(single.offset, messages.attributeQuotes(single.name, name, single.value));
    return fixed(at, messages.strayQuote(name));
  }
  return known ? fixed(at, messages.badTagCharacter(character, name)) : fixed(start, messages.bareLessThan());
}

/** An unquoted value as written, up to the next space or the end of the tag, for the suggested fix. */
function readBareValue(body: string, at: number): string {
  const raw = /^[^\s>]*/.exec(body.slice(at, at + 200))![0].replace(/\/$/, '');
  return raw.replace(/^[“”‘’'"]+|[“”‘’'"]+$/g, '') || '…';
}

/** `name='It's'`: the apostrophe ended a single-quoted value early. */
function singleQuotedAttribute(body: string, start: number, at: number) {
  const tag = body.slice(start, at);
  const match = /([A-Za-z_$][\w$:.-]*)\s*=\s*'([^']*)'([^'=]*)$/.exec(tag);
  if (!match) return undefined;
  return { name: match[1], value: `${match[2]}'${match[3]}`, offset: start + match.index };
}

/** Where the value that runs to the end of the text opened its quote. */
function openQuote(body: string, start: number, at: number): number {
  let marker = '';
  let opened = start;
  for (let i = start; i < at; i++) {
    const c = body[i];
    if (marker ? c === marker : c === '"' || c === "'") {
      marker = marker ? '' : c;
      opened = i;
    }
  }
  return opened;
}

function lineStart(body: string, at: number): number {
  return body.lastIndexOf('\n', at - 1) + 1;
}
