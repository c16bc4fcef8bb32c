/**
 * Small readers over the raw body text, for the error catalog: the parser
 * says where it stopped; these find where the slip started (the `<` of the
 * tag, the `{` of the expression) and what it was called.
 */

/** 1-based line and column of a UTF-16 offset. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: clamped - lineStart + 1 };
}

/** Offset of a 1-based line and column (the inverse of `pointAt`). */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column, 1) - 1, text.length);
}

/**
 * The `<` that opened the tag the parser stopped in. Quoted attribute values
 * may hold a `<`, so quotes are tracked from a candidate `<` forwards.
 */
export function findTagStart(text: string, at: number): number {
  for (let i = text.lastIndexOf('<', Math.max(at - 1, 0)); i !== -1; i = i === 0 ? -1 : text.lastIndexOf('<', i - 1)) {
    if (!insideQuotes(text, i)) return i;
  }
  return at;
}

/** True when `<` at `i` sits in a quoted attribute value of an earlier, still open tag. */
function insideQuotes(text: string, i: number): boolean {
  const before = text.lastIndexOf('<', i - 1);
  if (before === -1) return false;
  const between = text.slice(before, i);
  if (between.includes('>')) return false;
  const quotes = between.match(/"/g)?.length ?? 0;
  return quotes % 2 === 1;
}

/** The name after `<` or `</` at `start` (`Talk`, `br`), or '' when there is none. */
export function readTagName(text: string, start: number): string {
  return /^<\/?\s*([A-Za-z_$][\w$.:-]*)/.exec(text.slice(start, start + 100))?.[1] ?? '';
}

/** The attribute name before `=` that ends just before `at`: `title` in `title=Intro`. */
export function readAttributeBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  return /([A-Za-z_$][\w$:.-]*)\s*=\s*$/.exec(before)?.[1] ?? 'attribute';
}

/** The `{` that opened the expression the parser stopped in (nearest unescaped one before `at`). */
export function findOpenBrace(text: string, at: number): number {
  let depth = 0;
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) {
    const c = text[i];
    if (c === '}' && i < at) depth++;
    else if (c === '{' && text[i - 1] !== '\\') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return at;
}
