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

/** Closing tags (`</x>`, `</>`), self-closing ends (`/>`) and opening tags (`<x`, `<>`), in document order. */
const JSX_TAG = /<\/(?:[A-Za-z][\w.:-]*)?\s*>|\/>|<(?:[A-Za-z][\w.:-]*(?=[\s/>])|>)/g;
const LIST_MARKER = /^(\s*)([-*+]|\d{1,9}[.)])\s/;
/** A further container opened on the same line: `> - > 1. x` nests four deep. */
const CHAINED_CONTAINER = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

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
  }
  return null;
}

function tooDeep(line: number, column: number): Diagnostic {
  return { line, column, message: `content is nested deeper than ${MAX_NESTING} levels` };
}
