import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkRender } from './check-render';
import { compileBody } from './compile';
import { checkTrustedRecap } from '@/lib/recaps/validation-gate';
import { splitFrontMatter } from './front-matter';
import { renderBody } from './render';
import { listRecapFiles, loadFileRecaps } from '@/lib/recaps/file-recaps';
import { expectInert } from '@/lib/testing/mdx-render';

const CONTENT_DIR = path.join(process.cwd(), 'content');
const files = listRecapFiles(CONTENT_DIR);

describe('sample recaps in content/recaps', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s compiles, renders and renders inert', (_, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const compiled = checkTrustedRecap({ source: 'file', text: source });
    if (!compiled.body) expect.fail(JSON.stringify(compiled.diagnostics));
    expect(checkRender(compiled.body, splitFrontMatter(source).bodyLineOffset)).toEqual([]);
    expect(compiled.body.talks.length).toBeGreaterThan(0);
    expectInert(renderToStaticMarkup(renderBody(compiled.body.hast, compiled.body.talks, 'en')));
  });

  it('all load through loadFileRecaps without problems', () => {
    const { recaps, problems } = loadFileRecaps(CONTENT_DIR);
    expect(problems).toEqual([]);
    expect(recaps.map((r) => r.slug).sort()).toEqual(files.map((f) => path.basename(f, '.mdx')).sort());
  });
});

describe('checkRender', () => {
  it('reports a render failure at the first body line instead of throwing', () => {
    const compiled = compileBody('hello');
    if (!compiled.ok) expect.fail('expected ok');
    // A tree the validator never produces: an element the runtime cannot render.
    const broken = {
      ...compiled.value,
      hast: { type: 'root', children: [{ type: 'element', tagName: 'Talk', properties: { talkIndex: '0' }, children: [] }] },
    } as never;
    const talks = [{ id: 'x', title: 'x', speakers: null, summary: '' }] as never;
    const problems = checkRender({ ...(broken as object), talks } as never, 12);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 13, column: 1 });
    expect(problems[0].message).toMatch(/^recap failed to render: /);
  });
});

describe('error positions in a whole file', () => {
  const frontMatter = [
    '---',
    'title: T',
    'date: 2023-07-15',
    'city: Shenzhen',
    'community: C',
    'description: D',
    'locale: en',
    'published: 2023-07-20',
    'author: A',
    '---',
  ].join('\n');

  it('a valid minimal file compiles', () => {
    expect(checkTrustedRecap({ source: 'file', text: `${frontMatter}\n\n<Talk title="T" speakers="A (B, C)">\n\nx\n\n</Talk>\n` }).ok).toBe(true);
  });

  it('an unclosed <Talk is reported on its file line, offset by the front matter', () => {
    // Front matter takes lines 1-10; body line 1 is file line 11.
    const source = `${frontMatter}\n\nIntro.\n\n<Talk title="T" speakers="A"\n`;
    const result = checkTrustedRecap({ source: 'file', text: source });
    if (result.ok) expect.fail('expected a syntax error');
    const [d] = result.diagnostics;
    // `<Talk` is on file line 14: the parser stops at the end of the file, line 15, but the place to act is the tag.
    expect(d).toEqual({
      line: 14,
      column: 1,
      message: 'The `<Talk` tag is not finished: add `>` after its last attribute.',
      // What the editor words again in the organizer's language (lib/i18n/messages, mdxErrors).
      code: 'missingTagEnd',
      args: { name: 'Talk', end: '>' },
    });
  });

  it('an unclosed <Talk> element points at its opening tag', () => {
    const source = `${frontMatter}\n\nIntro.\n\n<Talk title="T" speakers="A">\n\nText\n`;
    const result = checkTrustedRecap({ source: 'file', text: source });
    if (result.ok) expect.fail('expected a syntax error');
    // Front matter is lines 1-10, `<Talk` is on file line 14.
    expect(result.diagnostics[0]).toMatchObject({ line: 14, column: 1 });
    expect(result.diagnostics[0].message).toMatch(/`<Talk>` is opened here but never closed/);
  });

  it('a validation error carries the file line and column of the attribute', () => {
    const source = `${frontMatter}\n\n<Talk title="T" speakers="A" slides="javascript:alert(1)">\n\nx\n\n</Talk>\n`;
    const result = checkTrustedRecap({ source: 'file', text: source });
    if (result.ok) expect.fail('expected a refusal');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 12,
        column: 30,
        message: expect.stringMatching(/`slides` on `<Talk>` must be a web address .*\(found "javascript:alert\(1\)"\)/),
      }),
    ]);
  });

  it('a talk without speakers is refused by the validation gate', () => {
    const result = checkTrustedRecap({ source: 'file', text: `${frontMatter}\n<Talk title="T" speakers=" ; ">\n</Talk>\n` });
    if (result.ok) expect.fail('expected a refusal');
    expect(result.diagnostics[0]).toMatchObject({ line: 11, column: 17, message: expect.stringMatching(/^`speakers` on `<Talk>` is empty/) });
  });

  it('front matter and body problems are reported together, in file order', () => {
    const source = frontMatter.replace('locale: en', 'locale: fr') + '\n\n<Foo />\n';
    const result = checkTrustedRecap({ source: 'file', text: source });
    if (result.ok) expect.fail('expected a refusal');
    expect(result.diagnostics.map((d) => d.line)).toEqual([7, 12]);
    expect(result.diagnostics[0].field).toBe('locale');
    expect(result.diagnostics[1].message).toMatch(/`<Foo>` is not a recap component/);
  });
});
