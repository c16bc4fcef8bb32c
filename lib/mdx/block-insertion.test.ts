import { describe, expect, it } from 'vitest';
import { blockInsertion } from './block-insertion';

const FIG = '<Figure src="/a.png" alt="A room" />';

/** The document after inserting FIG with the cursor at the `|` in `marked`. */
function insertAt(marked: string): string {
  const cursor = marked.indexOf('|');
  const doc = marked.replace('|', '');
  const { from, insert } = blockInsertion(doc, cursor, FIG);
  return doc.slice(0, from) + insert + doc.slice(from);
}

describe('blockInsertion', () => {
  it('never splits a paragraph: mid-sentence goes after the paragraph', () => {
    expect(insertAt('Intro.\n\nWe saw a |great talk\nthat ran long.\n\nNext.\n')).toBe(`Intro.\n\nWe saw a great talk\nthat ran long.\n\n${FIG}\n\nNext.\n`);
  });

  it('at the end of the last paragraph, goes after it', () => {
    expect(insertAt('Intro.\n\nLast words|')).toBe(`Intro.\n\nLast words\n\n${FIG}\n`);
  });

  it('on a blank line between paragraphs, goes there without doubling blank lines', () => {
    expect(insertAt('One.\n|\nTwo.\n')).toBe(`One.\n\n${FIG}\n\nTwo.\n`);
  });

  it('at the start of a paragraph, goes before it', () => {
    expect(insertAt('One.\n\n|Two.\n')).toBe(`One.\n\n${FIG}\n\nTwo.\n`);
  });

  it('in an empty document, is the document', () => {
    expect(insertAt('|')).toBe(`${FIG}\n`);
  });

  it('the cursor lands right after the block', () => {
    const doc = 'A b c.';
    const result = blockInsertion(doc, 2, FIG);
    expect(result.cursor).toBe(result.from + result.insert.indexOf(FIG) + FIG.length);
  });
});
