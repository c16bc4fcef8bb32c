/**
 * Where a block (a `<Figure />`) goes when the organizer inserts it with the
 * cursor at `cursor`: never in the middle of a paragraph, which would split
 * the sentence in two. On a blank line it goes there; at the start of a
 * paragraph, before it; anywhere else, after the paragraph the cursor is in.
 * Blank lines are added around it as needed, never doubled.
 * Used by the editor's *Insert image* (components/admin/editor).
 */
export function blockInsertion(doc: string, cursor: number, block: string): { from: number; insert: string; cursor: number } {
  let at = boundary(doc, Math.max(0, Math.min(cursor, doc.length)));
  // Only whitespace before: start at the top rather than after stray blank lines.
  if (doc.slice(0, at).trim() === '') at = 0;
  const before = doc.slice(0, at);
  const after = doc.slice(at);
  const leading = at === 0 ? '' : '\n'.repeat(Math.max(0, 2 - trailingNewlines(before)));
  const trailing = after.trim() === '' ? (after.startsWith('\n') ? '' : '\n') : '\n'.repeat(Math.max(0, 2 - leadingNewlines(after)));
  return { from: at, insert: leading + block + trailing, cursor: at + leading.length + block.length };
}

function boundary(doc: string, cursor: number): number {
  const lineStart = doc.lastIndexOf('\n', cursor - 1) + 1;
  const lineEnd = doc.indexOf('\n', cursor) === -1 ? doc.length : doc.indexOf('\n', cursor);
  if (doc.slice(lineStart, lineEnd).trim() === '') return lineStart;
  // At the very start of a paragraph's first line: before the paragraph.
  const previousLine = doc.slice(doc.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0));
  if (cursor === lineStart && (lineStart === 0 || previousLine.trim() === '')) return lineStart;
  // Otherwise the end of the paragraph: the first blank line after the cursor's line, or the end.
  const blank = /\n[ \t]*(?:\n|$)/g;
  blank.lastIndex = lineEnd;
  const found = blank.exec(doc);
  return found ? found.index : doc.length;
}

function trailingNewlines(text: string): number {
  return /\n*$/.exec(text.replace(/[ \t]+$/, ''))![0].length;
}

function leadingNewlines(text: string): number {
  return /^\n*/.exec(text.replace(/^[ \t]+/, ''))![0].length;
}
