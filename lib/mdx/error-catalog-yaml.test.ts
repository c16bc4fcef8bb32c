import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter';

/** The YAML between the fences; its first line is file line 2. */
const problems = (yaml: string) => {
  const result = parseFrontMatter(yaml);
  return result.ok ? [] : result.diagnostics;
};

describe('front matter error catalog', () => {
  it('a value with ": " in it: quote it (at the value)', () => {
    expect(problems('title: Kafka: the good parts\n')[0]).toMatchObject({
      line: 2,
      column: 8,
      message: 'The value of `title` contains ": ", which YAML reads as a new key: put the whole value in double quotes, as in title: "Kafka: the good parts".',
    });
  });

  it('a line indented under another', () => {
    expect(problems('title: A\n  date: 2024-01-01\n')[0]).toMatchObject({
      line: 2,
      column: 8,
      message: 'The next line is indented under this one: start every key at the beginning of its line.',
    });
  });

  it('a tab as indentation', () => {
    expect(problems('title: A\ntags:\n\t- a\n')[0]).toMatchObject({ line: 4, column: 1, message: 'A tab is used for indentation here: YAML needs spaces.' });
  });

  it('a quoted value never closed', () => {
    expect(problems('title: "Kafka\ndate: 2024-01-01\n')[0]).toMatchObject({
      line: 4,
      column: 1,
      message: 'A quoted value is never closed: add the closing quote at the end of the value.',
    });
  });

  it('a double quote inside a double-quoted value', () => {
    expect(problems('title: "It is "great""\n')[0]).toMatchObject({
      line: 2,
      column: 16,
      message: 'There is text after the closing quote: to use `"` inside a value, put the value in single quotes or write \\".',
    });
  });

  it('a value starting with @', () => {
    expect(problems('author: @ada\n')[0]).toMatchObject({
      line: 2,
      column: 9,
      message: 'A value cannot start with `@`: put it in double quotes, as in author: "@ada".',
    });
  });

  it('no message quotes the YAML library', () => {
    for (const yaml of ['title: a: b\n', 'title: A\ntitle: B\n', 'x: [a\ny: b\n', 'a: !!binary x\n', 'a: `b`\n']) {
      for (const d of problems(yaml)) expect(d.message).not.toMatch(/compact mappings|implicit key|at line \d|Unresolved tag|tag:yaml\.org|scalar/i);
    }
  });
});
