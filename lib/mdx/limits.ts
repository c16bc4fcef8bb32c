import type { Diagnostic } from './diagnostic';

export const MAX_BODY_BYTES = 500 * 1024;
export const MAX_NESTING = 50;
/**
 * Unclosed `<tags>` inside fenced code (`Promise<void>`, `#include <stdio.h>`)
 * are text, not nesting. They still count, against this larger budget, since
 * a line that looks like a fence may not be one to the parser (inside a
 * multi-line attribute value); the parser handles a few hundred levels cheaply.
 */
export const MAX_CODE_TAGS = 250;

/*
 * Volume limits, checked before parsing because counting is linear and cheap
 * while the parser and renderer are not: a tight list of many thousands of
 * items, thousands of emphasis markers or escapes in one paragraph, or
 * 170,000 one-letter paragraphs each fit in 500 KB and each cost the parser
 * seconds to minutes. A long real recap (20 talks, 200 KB) uses a tenth of
 * these. What slips through (a cost no count foresees) meets the worker's
 * time and memory budget (lib/mdx/budget.ts).
 */
/** Paragraphs, headings, list items, table rows and quote lines in a body. */
export const MAX_BLOCKS = 10_000;
/** List items in a body, all lists together. */
export const MAX_LIST_ITEMS = 5_000;
/** Runs of `*`, `_` or `~` in one paragraph: the parser pairs them up in quadratic time. */
export const MAX_DELIMITER_RUNS = 1_000;
/** Backslash escapes, brackets and backtick runs in one paragraph, each also paired or resolved per paragraph. */
export const MAX_ESCAPES = 2_000;
/** Nodes of the parsed tree (every paragraph, word run, link, emphasis…): bounds what is kept and rendered. */
export const MAX_NODES = 60_000;

/** The sentence an organizer reads at the body field when a limit or the budget refuses a body. */
export function tooComplex(reason: string): string {
  return `This recap is too complex to render: ${reason}.`;
}

/** Closing tags (`</x>`, `</>`), self-closing ends (`/>`) and opening tags (`<x`, `<>`), in document order. */
const JSX_TAG = /<\/(?:[A-Za-z][\w.:-]*)?\s*>|\/>|<(?:[A-Za-z][\w.:-]*(?=[\s/>])|>)/g;
const LIST_MARKER = /^(\s*)([-*+]|\d{1,9}[.)])\s/;
/** A further container opened on the same line: `> - > 1. x` nests four deep. */
const CHAINED_CONTAINER = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Lines that start a block of their own even without a blank line before them. */
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|\||>)/;
const DELIMITER_RUN = /([*_~])\1*/g;
// A backslash at the end of a line is a hard break; `` ` `` runs open and close code spans.
const ESCAPE_OR_BRACKET = /\\(?:[\s\S]|$)|[[\]]|`+/g;

/**
 * Cheap, linear pre-scan run before the MDX parser sees a body, so that hostile
 * input (huge files, thousands of nested tags, quotes or brackets) is refused
 * before it can exhaust the parser's or the renderer's stack.
 * `lineOffset` is the number of lines preceding the body in its file.
 */
export function checkLimits(body: string, lineOffset = 0): Diagnostic | null {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    return {
      line: lineOffset + 1,
      column: 1,
      message: `body is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_BODY_BYTES / 1024} KB`,
    };
  }
  let jsxDepth = 0;
  let codeTags = 0;
  let fence: string | null = null;
  let bracketDepth = 0;
  const volume = new VolumeCounter(lineOffset);
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    const inCode = fence !== null;
    if (fence === null && fenceMatch && !(fenceMatch[1][0] === '`' && fenceMatch[2].includes('`'))) fence = fenceMatch[1];
    else if (fence !== null && fenceMatch && fenceMatch[2].trim() === '' && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
    // Brackets cannot stay open across a paragraph break.
    if (line.trim() === '') bracketDepth = 0;
    const quote = /^(?:\s*>)+/.exec(line);
    const quoteDepth = quote ? (quote[0].match(/>/g) ?? []).length : 0;
    let rest = line.slice(quote ? quote[0].length : 0);
    const list = LIST_MARKER.exec(rest);
    let listDepth = list ? Math.floor(list[1].replace(/\t/g, '  ').length / 2) : 0;
    for (let m = CHAINED_CONTAINER.exec(rest); m && listDepth <= MAX_NESTING; m = CHAINED_CONTAINER.exec(rest)) {
      listDepth++;
      rest = rest.slice(m[0].length);
    }
    // The deepest point within the line counts: `<a><a>…</a></a>` on one line nests as deep as on many.
    let depth = inCode ? codeTags : jsxDepth;
    let peak = depth;
    for (const tag of line.matchAll(JSX_TAG)) {
      depth = tag[0].startsWith('</') || tag[0] === '/>' ? Math.max(0, depth - 1) : depth + 1;
      peak = Math.max(peak, depth);
    }
    if (inCode) codeTags = depth;
    else jsxDepth = depth;
    const containers = (inCode ? jsxDepth : peak) + quoteDepth + listDepth;
    if ((inCode && peak > MAX_CODE_TAGS) || containers > MAX_NESTING) return tooDeep(lineOffset + i + 1, 1);
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (ch === '[' || ch === '(' || ch === '{') bracketDepth++;
      else if ((ch === ']' || ch === ')' || ch === '}') && bracketDepth > 0) bracketDepth--;
      if (bracketDepth > MAX_NESTING) return tooDeep(lineOffset + i + 1, c + 1);
    }
    // Nesting is reported first: it names the exact column.
    const tooMuch = inCode || fence !== null ? null : volume.add(line, i, LIST_MARKER.test(line.replace(/^(?:\s*>)+/, '')));
    if (tooMuch) return tooMuch;
  }
  return null;
}

/**
 * Counts blocks, list items and, per paragraph, the inline markers whose
 * pairing is quadratic. Fenced code is not counted: the parser takes it verbatim.
 */
class VolumeCounter {
  private blocks = 0;
  private listItems = 0;
  private delimiterRuns = 0;
  private escapes = 0;
  private previousBlank = true;

  constructor(private readonly lineOffset: number) {}

  add(line: string, index: number, isListItem: boolean): Diagnostic | null {
    const blank = line.trim() === '';
    const startsBlock = !blank && (this.previousBlank || BLOCK_START.test(line));
    this.previousBlank = blank;
    if (blank) return null;
    if (startsBlock) {
      this.delimiterRuns = 0;
      this.escapes = 0;
      if (++this.blocks > MAX_BLOCKS)
        return this.refuse(
          index,
          `it has more than ${MAX_BLOCKS.toLocaleString('en')} paragraphs, headings and list items; the limit is ${MAX_BLOCKS.toLocaleString('en')}`,
        );
    }
    if (isListItem && ++this.listItems > MAX_LIST_ITEMS)
      return this.refuse(index, `it has more than ${MAX_LIST_ITEMS.toLocaleString('en')} list items; the limit is ${MAX_LIST_ITEMS.toLocaleString('en')}`);
    this.delimiterRuns += countMatches(line, DELIMITER_RUN);
    if (this.delimiterRuns > MAX_DELIMITER_RUNS)
      return this.refuse(
        index,
        `one paragraph has more than ${MAX_DELIMITER_RUNS.toLocaleString('en')} emphasis markers (*, _ or ~); the limit is ${MAX_DELIMITER_RUNS.toLocaleString('en')} per paragraph`,
      );
    this.escapes += countMatches(line, ESCAPE_OR_BRACKET);
    if (this.escapes > MAX_ESCAPES)
      return this.refuse(
        index,
        `one paragraph has more than ${MAX_ESCAPES.toLocaleString('en')} backslash escapes, brackets and backticks; the limit is ${MAX_ESCAPES.toLocaleString('en')} per paragraph`,
      );
    return null;
  }

  private refuse(index: number, reason: string): Diagnostic {
    return { line: this.lineOffset + index + 1, column: 1, message: tooComplex(reason) };
  }
}

function countMatches(line: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(line)) n++;
  return n;
}

function tooDeep(line: number, column: number): Diagnostic {
  return { line, column, message: `content is nested deeper than ${MAX_NESTING} levels` };
}
