import { afterEach, describe, expect, it } from 'vitest';
import { checkTrustedRecap } from '@/lib/recaps/validation-gate';
import { parseFrontMatter, splitFrontMatter } from './front-matter';

/** A valid front matter, one `key: value` a line; the YAML starts on file line 2. */
const VALID = [
  'title: Shenzhen Stop',
  'date: 2023-07-15',
  'city: Shenzhen',
  'community: OpenTenBase',
  'description: A recap.',
  'tags: [cloud-native, Kubernetes]',
  'locale: en',
  'published: 2023-07-20',
  'author: OpenTenBase Community',
];
const yaml = (lines: string[]) => `${lines.join('\n')}\n`;
const withLine = (key: string, line: string) => VALID.map((l) => (l.startsWith(`${key}:`) ? line : l));

function problems(text: string) {
  const result = parseFrontMatter(text);
  if (result.ok) expect.fail('expected the front matter to be refused');
  return result.diagnostics;
}

const marker = globalThis as { __pwned?: unknown };
afterEach(() => {
  delete marker.__pwned;
});

describe('splitFrontMatter', () => {
  it('separates YAML and body and counts the lines before the body', () => {
    const split = splitFrontMatter('---\ntitle: x\n---\nBody\n');
    expect(split).toEqual({ yaml: 'title: x\n', body: 'Body\n', bodyLineOffset: 3 });
  });

  it('accepts CRLF line endings and a byte order mark', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nBody\r\n')).toEqual({ yaml: 'title: x\n', body: 'Body\n', bodyLineOffset: 3 });
  });

  it('finds no front matter when the file does not start with a --- fence', () => {
    expect(splitFrontMatter('Body').yaml).toBeNull();
    expect(splitFrontMatter('---\ntitle: x\n').yaml).toBeNull();
  });
});

describe('parseFrontMatter', () => {
  it('accepts valid front matter and normalises tags', () => {
    const result = parseFrontMatter(yaml(VALID));
    if (!result.ok) expect.fail(JSON.stringify(result.diagnostics));
    expect(result.data).toMatchObject({ title: 'Shenzhen Stop', date: '2023-07-15', tags: ['cloud-native', 'kubernetes'], locale: 'en' });
  });

  it('reads unquoted dates as strings (YAML core schema, no timestamps)', () => {
    const result = parseFrontMatter(yaml(VALID));
    if (!result.ok) expect.fail('expected ok');
    expect(typeof result.data.date).toBe('string');
  });

  it('refuses missing front matter at line 1', () => {
    expect(problems(null as unknown as string)).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: expect.stringMatching(/front matter is missing/) }),
    ]);
  });

  it('refuses a ---js front matter block without running it', () => {
    const source = `---js\nglobalThis.__pwned = true; module.exports = { title: 'x' }\n---\n\nBody\n`;
    const result = checkTrustedRecap({ source: 'file', text: source });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/front matter is missing/) });
    expect(marker.__pwned).toBeUndefined();
  });

  it('refuses a ---javascript front matter block without running it', () => {
    const result = checkTrustedRecap({ source: 'file', text: `---javascript\n(function () { globalThis.__pwned = true })()\n---\nBody\n` });
    expect(result.ok).toBe(false);
    expect(marker.__pwned).toBeUndefined();
  });

  it('refuses a !!js/function tag as an error, on its line and column, without running it', () => {
    const diagnostics = problems(yaml(withLine('title', 'title: !!js/function "function () { globalThis.__pwned = true }"')));
    // `title` is the first YAML line, file line 2; the tag starts at column 8.
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 8,
        message: expect.stringMatching(/^`!!js\/function` is a YAML tag, which is not allowed in the front matter/),
      }),
    );
    expect(marker.__pwned).toBeUndefined();
  });

  it('refuses other unknown tags (!!js/regexp, !!js/undefined, local tags) too', () => {
    for (const value of ['!!js/regexp /x/', '!!js/undefined ""', '!<tag:yaml.org,2002:js/function> "f"', '!custom x']) {
      const diagnostics = problems(yaml(withLine('city', `city: ${value}`)));
      expect(diagnostics[0]).toMatchObject({
        line: 4,
        message: expect.stringMatching(/is a YAML tag, which is not allowed in the front matter: write a plain value\.$/),
      });
      // The YAML library's own position (line 3 of the YAML) is not repeated in the message.
      expect(diagnostics[0].message).not.toMatch(/at line \d/);
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the reserved key %s at the top level', (key) => {
    const diagnostics = problems(yaml([...VALID, `${key}: { polluted: true }`]));
    expect(diagnostics).toContainEqual({ line: 11, column: 1, message: `reserved key "${key}" is not allowed`, field: key });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the reserved key %s when nested', (key) => {
    const diagnostics = problems(yaml([...VALID, 'extra:', '  - name: x', `    ${key}:`, '      polluted: true']));
    expect(diagnostics).toContainEqual({ line: 13, column: 5, message: `reserved key "${key}" is not allowed`, field: key });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports unknown keys with their line, column and field', () => {
    const diagnostics = problems(yaml([...VALID.slice(0, 3), 'speakers: [a]', ...VALID.slice(3)]));
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 5, column: 1, field: 'speakers', message: expect.stringMatching(/^unknown key "speakers"/) }),
    ]);
  });

  it('reports unknown keys and schema errors together', () => {
    const diagnostics = problems(yaml([...withLine('locale', 'locale: fr'), 'colour: red']));
    expect(diagnostics.map((d) => d.field).sort()).toEqual(['colour', 'locale']);
  });

  it('refuses duplicate keys', () => {
    const diagnostics = problems(yaml([...VALID, 'title: Again']));
    expect(diagnostics[0]).toMatchObject({ line: 11, message: '`title` appears twice in the front matter: keep one.' });
  });

  it('refuses an invalid calendar date (2023-02-30) on the date line', () => {
    const diagnostics = problems(yaml(withLine('date', 'date: 2023-02-30').map((l) => (l.startsWith('published') ? 'published: 2023-03-05' : l))));
    expect(diagnostics).toEqual([{ line: 3, column: 1, field: 'date', message: 'date: is not a real calendar date' }]);
  });

  it('refuses a date in another format', () => {
    const diagnostics = problems(yaml(withLine('date', 'date: 15/07/2023')));
    expect(diagnostics[0]).toMatchObject({ line: 3, field: 'date', message: 'date: must be a date written YYYY-MM-DD' });
  });

  it('refuses a description over 200 characters', () => {
    const diagnostics = problems(yaml(withLine('description', `description: ${'x'.repeat(201)}`)));
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 6, column: 1, field: 'description', message: expect.stringMatching(/at most 200 characters/) }),
    ]);
    expect(parseFrontMatter(yaml(withLine('description', `description: ${'x'.repeat(200)}`))).ok).toBe(true);
  });

  it('refuses a bad locale', () => {
    const diagnostics = problems(yaml(withLine('locale', 'locale: fr')));
    expect(diagnostics).toEqual([{ line: 8, column: 1, field: 'locale', message: 'locale must be "en" or "zh"' }]);
  });

  it('refuses a publication date before the event date, on the published line', () => {
    const diagnostics = problems(yaml(withLine('published', 'published: 2023-07-14')));
    expect(diagnostics).toEqual([
      { line: 9, column: 1, field: 'published', message: 'published must be on or after the event date (or mark the recap as an announcement)' },
    ]);
  });

  it('refuses an update before publication', () => {
    const diagnostics = problems(yaml([...VALID, 'updated: 2023-07-19']));
    expect(diagnostics).toEqual([{ line: 11, column: 1, field: 'updated', message: 'updated must be on or after published' }]);
  });

  it('refuses a cover that is not a site path or http(s) URL', () => {
    for (const cover of ['javascript:alert(1)', '//evil.example/x.png', 'data:image/svg+xml;base64,AAAA']) {
      const diagnostics = problems(yaml([...VALID, `cover: "${cover}"`]));
      expect(diagnostics[0]).toMatchObject({ line: 11, field: 'cover' });
    }
  });

  it('refuses < and > in the description', () => {
    expect(problems(yaml(withLine('description', 'description: "<script>x</script>"')))[0]).toMatchObject({ field: 'description', line: 6 });
  });

  it('refuses a YAML syntax error with its file position', () => {
    const diagnostics = problems(yaml([...VALID.slice(0, 2), 'city: [Shenzhen', ...VALID.slice(3)]));
    expect(diagnostics[0].message).toBe('A list in `[…]` is never closed: end it with `]` on the same line, as in tags: [kubernetes, databases].');
    expect(diagnostics[0].line).toBeGreaterThanOrEqual(4);
  });

  it('replaces lone surrogates, which cannot be URL-encoded, with U+FFFD', () => {
    const split = splitFrontMatter(`---\n${yaml(withLine('title', 'title: "Bad \uD800 title"'))}---\n`);
    const result = parseFrontMatter(split.yaml);
    if (!result.ok) expect.fail(JSON.stringify(result.diagnostics));
    expect(result.data.title).toBe('Bad \uFFFD title');
    expect(() => encodeURIComponent(result.data.title)).not.toThrow();
  });

  it('refuses front matter that is not a mapping', () => {
    expect(problems('- a\n- b\n')[0].message).toMatch(/must be a mapping/);
  });

  it('reports an alias bomb as a diagnostic instead of expanding it or throwing', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    const diagnostics = problems(yaml([...VALID, ...bomb]));
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/repeats aliases/));
  });

  it('reports an alias bomb in an allowed key too', () => {
    const tags = `tags: [${Array(30).fill('*a').join(', ')}]`;
    const diagnostics = problems(yaml([...withLine('title', 'title: &a [x, x, x, x, x, x, x, x, x, x]').filter((l) => !l.startsWith('tags')), tags]));
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, column: 1, message: expect.stringMatching(/repeats aliases/) })]);
  });
});
