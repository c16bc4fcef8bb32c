import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileBody } from './compile';
import { renderBody } from './render';
import { checkLimits, MAX_BODY_BYTES } from './limits';
import { expectInert, renderMarkup } from '@/lib/testing/mdx-render';

/** Lines before the body in its file: every position below is offset by it. */
const OFFSET = 10;

interface Refused {
  name: string;
  /** Body text; the hostile construct is on body line `at[0]`. */
  body: string;
  message: RegExp;
  /** Body line and column of the construct. */
  at: [number, number];
}

/** The construct goes on body line 3, after a harmless paragraph. */
const line3 = (construct: string) => `Intro paragraph.\n\n${construct}\n`;
/** A Talk whose first extra attribute starts at column 37. */
const talk = (attributes: string) => `<Talk title="T" speakers="A (B, C)" ${attributes}>\n\nText.\n\n</Talk>`;

const TALK_LINK = /on `<Talk>` must be a web address starting with https:\/\/ or http:\/\//;
const URL_REFUSED = /URL ".*" (?:in `\w+` )?is not allowed: use http\(s\), mailto or a site-relative path/;

const REFUSED: Refused[] = [
  { name: 'import', body: line3("import X from './x.js'"), message: /line starting with `import` or `export` is read as code/, at: [3, 1] },
  { name: 'export', body: line3('export const meta = { pwned: true }'), message: /line starting with `import` or `export` is read as code/, at: [3, 1] },
  { name: 'expression in text', body: line3('Hello {globalThis.pwned = 1} world'), message: /Curly braces `\{…\}` are not allowed in a recap/, at: [3, 7] },
  { name: 'expression in flow', body: line3('{alert(document.cookie)}'), message: /Curly braces `\{…\}` are not allowed in a recap/, at: [3, 1] },
  { name: 'comment expression', body: line3('{/* comment */}'), message: /Curly braces `\{…\}` are not allowed in a recap/, at: [3, 1] },
  {
    name: 'attribute expression',
    body: line3('<Callout title={alert(1)}>\n\nx\n\n</Callout>'),
    message: /The value of `title` on `<Callout>` must be text in double quotes, not in braces/,
    at: [3, 10],
  },
  {
    name: 'spread attribute',
    body: line3('<Callout {...props}>\n\nx\n\n</Callout>'),
    message: /Curly braces `\{…\}` are not allowed in the `<Callout>` tag/,
    at: [3, 10],
  },
  { name: 'unknown component', body: line3('<Foo />'), message: /`<Foo>` is not a recap component/, at: [3, 1] },
  { name: 'member component', body: line3('<Talk.X title="T" />'), message: /`<Talk\.X>` is not a recap component/, at: [3, 1] },
  {
    name: 'prototype name as component',
    body: line3('Text <constructor /> and <toString />.'),
    message: /`<constructor>` is not a recap component/,
    at: [3, 6],
  },
  { name: '<script>', body: line3('<script>alert(1)</script>'), message: /`<script>` is not allowed/, at: [3, 1] },
  { name: '<SCRIPT> in capitals', body: line3('<SCRIPT>alert(1)</SCRIPT>'), message: /`<SCRIPT>` is not allowed/, at: [3, 1] },
  { name: '<style>', body: line3('<style>{"*{display:none}"}</style>'), message: /`<style>` is not allowed/, at: [3, 1] },
  { name: '<iframe>', body: line3('<iframe src="https://evil.example/" />'), message: /`<iframe>` is not allowed/, at: [3, 1] },
  { name: '<object>', body: line3('<object data="https://evil.example/x.swf" />'), message: /`<object>` is not allowed/, at: [3, 1] },
  { name: '<embed>', body: line3('<embed src="https://evil.example/x.swf" />'), message: /`<embed>` is not allowed/, at: [3, 1] },
  { name: '<svg onload>', body: line3('<svg onload="alert(1)" />'), message: /`<svg>` is not allowed/, at: [3, 1] },
  { name: '<base href>', body: line3('<base href="https://evil.example/" />'), message: /`<base>` is not allowed/, at: [3, 1] },
  {
    name: '<a href> (raw link element)',
    body: line3('Text <a href="javascript:alert(1)">x</a>'),
    message: /HTML `<a>` is not allowed in a recap: write a link as \[text\]/,
    at: [3, 6],
  },
  {
    name: 'dangerous tag inside an allowed one',
    body: line3('<Gallery>\n<script>alert(1)</script>\n</Gallery>'),
    message: /`<script>` is not allowed/,
    at: [4, 1],
  },
  {
    name: 'onClick attribute',
    body: line3('<Figure src="/a.png" alt="a" onClick="alert(1)" />'),
    message: /Event handler attributes such as `onClick` are not allowed/,
    at: [3, 30],
  },
  {
    name: 'ONMOUSEOVER attribute',
    body: line3('Text <sub ONMOUSEOVER="alert(1)">x</sub>'),
    message: /Event handler attributes such as `ONMOUSEOVER` are not allowed/,
    at: [3, 11],
  },
  {
    name: 'style string attribute',
    body: line3('<Callout style="position:fixed;inset:0">\n\nx\n\n</Callout>'),
    message: /`style` is not an attribute of `<Callout>`/,
    at: [3, 10],
  },
  {
    name: 'dangerouslySetInnerHTML',
    body: line3('<Callout dangerouslySetInnerHTML="<img src=x onerror=alert(1)>">\n\nx\n\n</Callout>'),
    message: /`dangerouslySetInnerHTML` is not an attribute of `<Callout>`/,
    at: [3, 10],
  },
  { name: 'talkIndex forged by the author', body: line3(talk('talkIndex="3"')), message: /`talkIndex` is not an attribute of `<Talk>`/, at: [3, 37] },
  { name: 'javascript: link', body: line3('[click](javascript:alert(1))'), message: URL_REFUSED, at: [3, 1] },
  { name: 'JaVaScRiPt: link', body: line3('See [click](JaVaScRiPt:alert(1)).'), message: URL_REFUSED, at: [3, 5] },
  { name: 'javascript: through a character reference', body: line3('[click](javascript&colon;alert(1))'), message: URL_REFUSED, at: [3, 1] },
  { name: 'percent-encoded scheme', body: line3('[click](java%0ascript:alert(1))'), message: URL_REFUSED, at: [3, 1] },
  { name: 'data:text/html image', body: line3('![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'), message: URL_REFUSED, at: [3, 1] },
  { name: 'vbscript: definition', body: line3('[x]: vbscript:msgbox(1)'), message: URL_REFUSED, at: [3, 1] },
  { name: 'protocol-relative link', body: line3('See [x](//evil.com).'), message: URL_REFUSED, at: [3, 5] },
  { name: 'protocol-relative image', body: line3('![x](//evil.com/a.png)'), message: URL_REFUSED, at: [3, 1] },
  { name: 'protocol-relative reference definition', body: line3('See [x][r].\n\n[r]: //evil.com'), message: URL_REFUSED, at: [5, 1] },
  { name: 'backslash host link', body: line3('[x](/\\evil.com)'), message: URL_REFUSED, at: [3, 1] },
  { name: 'java<TAB>script: in Talk slides', body: line3(talk('slides="java\tscript:alert(1)"')), message: TALK_LINK, at: [3, 37] },
  {
    name: 'javascript: by character reference in Talk slides',
    body: line3(talk('slides="&#106;avascript:alert(1)"')),
    message: /`slides` on `<Talk>` must be a web address starting with https:\/\/ or http:\/\/ \(found "javascript:alert\(1\)"\)/,
    at: [3, 37],
  },
  { name: 'protocol-relative Talk video', body: line3(talk('video="//evil.com/v"')), message: TALK_LINK, at: [3, 37] },
  { name: 'data: Talk video', body: line3(talk('video="data:text/html,<script>alert(1)</script>"')), message: TALK_LINK, at: [3, 37] },
  { name: 'protocol-relative Figure src', body: line3('<Figure src="//evil.com/a.png" alt="a" />'), message: URL_REFUSED, at: [3, 9] },
  { name: 'javascript: Figure src', body: line3('<Figure src="javascript:alert(1)" alt="a" />'), message: URL_REFUSED, at: [3, 9] },
  {
    name: 'Video that is not YouTube or Bilibili',
    body: line3('<Video src="https://evil.example/v.mp4" title="x" />'),
    message: /`<Video>` src must be a YouTube .* or Bilibili/,
    at: [3, 1],
  },
  {
    name: 'Video on a look-alike host',
    body: line3('<Video src="https://youtube.com.evil.example/watch?v=abcdefghijk" title="x" />'),
    message: /`<Video>` src must be a YouTube/,
    at: [3, 1],
  },
  {
    name: 'Talk nested inside Callout',
    body: line3(`<Callout>\n\n${talk('')}\n\n</Callout>`),
    message: /`<Talk>` must stand on its own, not inside `<Callout>`/,
    at: [5, 1],
  },
  {
    name: 'Talk inside a blockquote',
    body: line3('> <Talk title="T" speakers="A">\n>\n> x\n>\n> </Talk>'),
    message: /`<Talk>` must stand on its own, not inside a quote/,
    at: [3, 3],
  },
  {
    name: 'Talk inside a list',
    body: line3('- <Talk title="T" speakers="A">\n\n  x\n\n  </Talk>'),
    message: /`<Talk>` must stand on its own, not inside a list/,
    at: [3, 3],
  },
  { name: 'fragment', body: line3('<>inside a fragment</>'), message: /An empty tag `<>` is not allowed/, at: [3, 1] },
  { name: 'raw HTML comment', body: line3('<!-- hidden -->'), message: /HTML comments `<!-- … -->` are not allowed/, at: [3, 1] },
  { name: 'unquoted HTML attribute', body: line3('<img src=x onerror=alert(1)>'), message: /An HTML `<img>` is not allowed in a recap/, at: [3, 1] },
];

describe('hostile corpus: refused with a positioned diagnostic naming the construct', () => {
  it('has at least 25 inputs', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(25);
  });

  it.each(REFUSED.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => {
    const result = compileBody(entry.body, OFFSET);
    if (result.ok) expect.fail('expected the body to be refused');
    const [line, column] = entry.at;
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ line: line + OFFSET, column, message: expect.stringMatching(entry.message) }));
  });
});

describe('hostile corpus: limits refuse huge or deeply nested input without overflowing the stack', () => {
  const refusedAsTooDeep = (body: string) => {
    const result = compileBody(body, OFFSET);
    if (result.ok) expect.fail('expected the body to be refused');
    expect(result.diagnostics[0].message).toBe('content is nested deeper than 50 levels');
    expect(result.diagnostics[0].line).toBeGreaterThan(OFFSET);
    return result.diagnostics[0];
  };

  it('a body over 500 KB', () => {
    const result = compileBody('a'.repeat(MAX_BODY_BYTES + 1), OFFSET);
    if (result.ok) expect.fail('expected a refusal');
    expect(result.diagnostics).toEqual([{ line: OFFSET + 1, column: 1, message: 'body is 501 KB; the limit is 500 KB' }]);
  });

  it('counts bytes, not characters: 200,000 CJK characters are 600 KB', () => {
    expect(checkLimits('字'.repeat(200_000))?.message).toMatch(/limit is 500 KB/);
  });

  it('a body of exactly 500 KB is not refused for its size', () => {
    expect(checkLimits('a'.repeat(MAX_BODY_BYTES))).toBeNull();
  });

  it('60 nested blockquotes', () => {
    expect(refusedAsTooDeep(line3(`${'>'.repeat(60)} deep`))).toMatchObject({ line: OFFSET + 3, column: 1 });
  });

  it('10,000 nested blockquotes', () => {
    refusedAsTooDeep(`${'> '.repeat(10_000)}deep`);
  });

  it('60 nested lists by indentation', () => {
    refusedAsTooDeep(Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'));
  });

  it('10,000 list markers chained on one line (the parser would overflow its stack)', () => {
    refusedAsTooDeep(`${'- '.repeat(10_000)}deep`);
  });

  it('quotes and ordered lists chained on one line', () => {
    refusedAsTooDeep(`${'> 1. '.repeat(2_000)}deep`);
  });

  it('60 nested <Callout> elements', () => {
    refusedAsTooDeep(`${'<Callout>\n\n'.repeat(60)}deep\n\n${'</Callout>\n\n'.repeat(60)}`);
  });

  it('10,000 nested <Callout> elements on one line', () => {
    refusedAsTooDeep(`${'<Callout>'.repeat(10_000)}deep${'</Callout>'.repeat(10_000)}`);
  });

  it('10,000 nested inline elements', () => {
    refusedAsTooDeep(`a ${'<sub>'.repeat(10_000)}deep${'</sub>'.repeat(10_000)}`);
  });

  it('10,000 [ brackets', () => {
    expect(refusedAsTooDeep('['.repeat(10_000))).toMatchObject({ line: OFFSET + 1, column: 51 });
  });

  it('10,000 { braces', () => {
    refusedAsTooDeep(`${'{'.repeat(10_000)}x${'}'.repeat(10_000)}`);
  });

  it('deep nesting hidden behind a fake code fence in an attribute value stays bounded', () => {
    const body = `<Figure src="/a.png" alt="a\n\n\`\`\`\n" />\n\n${'<Callout>\n'.repeat(5_000)}x\n${'</Callout>\n'.repeat(5_000)}`;
    refusedAsTooDeep(body);
  });

  it('does not refuse code samples full of unclosed <generics> in fenced code', () => {
    // 200 unclosed tags in all, four times the nesting limit outside code.
    const code = `\`\`\`ts\n${'const ready: Promise<void> = start(); // #include <stdio.h>\n'.repeat(50)}\`\`\``;
    expect(compileBody(`Intro.\n\n${code}\n\nAfter.\n\n${code}\n`).ok).toBe(true);
  });

  it('does not refuse 50 levels of legitimate nesting', () => {
    const quotes = `${'>'.repeat(49)} fine`;
    expect(checkLimits(quotes)).toBeNull();
  });
});

describe('hostile corpus: odd characters do not crash', () => {
  it.each([
    ['NUL bytes', 'Text with \u0000 NUL \u0000 bytes.'],
    ['lone high surrogate', 'Lone \uD800 surrogate.'],
    ['lone low surrogate', 'Lone \uDC00 surrogate.'],
    ['surrogates in attributes', '<Talk title="\uD800" speakers="\uDFFF (\u0000, x)">\n\nx\n\n</Talk>'],
    ['bidi overrides and zero-width', 'Text \u202Eevil\u202C and \u200B\u200D\uFEFF.'],
    ['NUL in a URL', '[x](java\u0000script:alert(1))'],
  ])('%s', (_, body) => {
    const result = compileBody(body);
    if (result.ok) expectInert(renderToStaticMarkup(renderBody(result.value.hast, result.value.talks, 'en')));
    else expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('hostile corpus: accepted input renders inert', () => {
  it.each([
    ['escaped tags', '\\<script>alert(1)\\</script> and \\<img src=x onerror=alert(1)>'],
    ['entities spelling a tag', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['tags in inline code', 'Use `<script>alert(1)</script>` and `<a href="javascript:alert(1)">`.'],
    ['tags and javascript: in a code block', '```html\n<iframe src="javascript:alert(1)" onload="x()"></iframe>\n<Foo {...props} />\n```'],
    ['plain text javascript:', 'Typing javascript:alert(1) into the address bar is not a link.'],
    ['quotes in a link title', '[a](https://example.com "x\\" onmouseover=\\"alert(1)")'],
    ['quotes in a link URL', '[a](<https://example.com/"onmouseover="alert(1)>)'],
    ['autolink literal with markup after it', 'Visit www.example.com/"onmouseover="alert(1) today.'],
    ['mailto link', '[mail](mailto:someone@example.com)'],
    ['markup in Figure alt and caption', '<Figure src="/a.png" alt="&quot;><script>alert(1)</script>" caption="<img src=x onerror=alert(1)>" />'],
    [
      'markup in a Talk title and speakers',
      '<Talk title="<img src=x onerror=alert(1)>" speakers="&lt;script&gt; (a&quot; onclick=&quot;x, b)">\n\nx\n\n</Talk>',
    ],
    ['quotes in abbr title', '<abbr title="&quot; onmouseover=&quot;alert(1)">K8s</abbr> is short.'],
    ['GFM table with alignment', '| a | b |\n|:--|--:|\n| <sub>1</sub> | 2 |'],
    ['footnote with an odd label', 'Text[^x"><script>].\n\n[^x"><script>]: Note.'],
    ['Callout with an unknown type renders as a note', '<Callout title="x">\n\nBody\n\n</Callout>'],
    [
      'YouTube and Bilibili videos',
      '<Video src="https://www.youtube.com/watch?v=abcdefghijk" title="a" />\n\n<Video src="https://www.bilibili.com/video/BV1Ob4y1K7oC" title="b" />',
    ],
  ])('%s', (_, body) => {
    expectInert(renderMarkup(body));
  });

  it('renders escaped markup as text', () => {
    expect(renderMarkup('\\<script>alert(1)\\</script>')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('adds rel="noopener noreferrer nofollow ugc" to external links', () => {
    expect(renderMarkup('[a](https://example.com)')).toContain('rel="noopener noreferrer nofollow ugc"');
  });

  it('renders a video as a plain link to the page, with no iframe until clicked', () => {
    const html = renderMarkup('<Video src="https://youtu.be/abcdefghijk" title="Clip" />');
    expect(html).toContain('href="https://youtu.be/abcdefghijk"');
    expect(html).not.toContain('<iframe');
  });
});
