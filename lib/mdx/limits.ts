import type { Diagnostic } from './diagnostic';

export const MAX_BODY_BYTES = 500 * 1024;
export const MAX_NESTING = 50;

const JSX_OPEN = /<([A-Za-z][\w.:-]*)(?=[\s/>])/g;
const JSX_CLOSE = /<\/([A-Za-z][\w.:-]*)?\s*>/g;
const SELF_CLOSE = /\/>/g;
const LIST_MARKER = /^(\s*)([-*+]|\d{1,9}[.)])\s/;

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
  let bracketDepth = 0;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Brackets cannot stay open across a paragraph break.
    if (line.trim() === '') bracketDepth = 0;
    const quote = /^(?:\s*>)+/.exec(line);
    const quoteDepth = quote ? (quote[0].match(/>/g) ?? []).length : 0;
    const list = LIST_MARKER.exec(line.slice(quote ? quote[0].length : 0));
    const listDepth = list ? Math.floor(list[1].replace(/\t/g, '  ').length / 2) + 1 : 0;
    const opens = line.match(JSX_OPEN)?.length ?? 0;
    const closes = (line.match(JSX_CLOSE)?.length ?? 0) + (line.match(SELF_CLOSE)?.length ?? 0);
    jsxDepth = Math.max(0, jsxDepth + opens - closes);
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (ch === '[' || ch === '(' || ch === '{') bracketDepth++;
      else if ((ch === ']' || ch === ')' || ch === '}') && bracketDepth > 0) bracketDepth--;
      if (bracketDepth > MAX_NESTING) return tooDeep(lineOffset + i + 1, c + 1);
    }
    if (jsxDepth + quoteDepth + listDepth > MAX_NESTING) return tooDeep(lineOffset + i + 1, 1);
  }
  return null;
}

function tooDeep(line: number, column: number): Diagnostic {
  return { line, column, message: `content is nested deeper than ${MAX_NESTING} levels` };
}
