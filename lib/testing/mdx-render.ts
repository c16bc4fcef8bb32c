import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import { compileBody } from '@/lib/mdx/compile';
import { renderBody } from '@/lib/mdx/render';

/** Elements that run script, load active content or change how the page loads. */
const ACTIVE_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'svg',
  'math',
  'base',
  'link',
  'meta',
  'form',
  'template',
  'noscript',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'xlink:href', 'background', 'cite']);

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:="([^"]*)")?/g;

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What a browser would see as a URL's scheme: it drops control characters and whitespace. */
function browserUrl(value: string): string {
  return decode(value)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
}

/**
 * Asserts that rendered markup holds nothing a browser would execute: no
 * active elements, no event handler or style attributes, no script, data or
 * protocol-relative URLs. Text is left alone: React escapes it, so an escaped
 * `<script>` in a code sample is not a tag.
 */
export function expectInert(html: string): void {
  expect(html).not.toMatch(/<(?:script|iframe|object|embed|svg|style)\b/i);
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1].toLowerCase();
    expect(ACTIVE_TAGS.has(name), `active element <${name}> in ${tag[0]}`).toBe(false);
    for (const attribute of tag[2].matchAll(ATTRIBUTE)) {
      const attr = attribute[1].toLowerCase();
      expect(attr.startsWith('on'), `event handler ${tag[0]}`).toBe(false);
      // GFM table alignment is the one style the pipeline writes itself, from `:--` rows, never author text.
      const alignment = attr === 'style' && /^text-align:(?:left|right|center)$/.test(attribute[2] ?? '');
      expect(['style', 'dangerouslysetinnerhtml', 'srcdoc'].includes(attr) && !alignment, `${attr} attribute in ${tag[0]}`).toBe(false);
      if (URL_ATTRIBUTES.has(attr)) {
        const url = browserUrl(attribute[2] ?? '');
        expect(url, `unsafe URL in ${tag[0]}`).not.toMatch(/^(?:javascript|vbscript|data|file):|^\/\/|^\/\\|^\\/);
      }
    }
  }
}

/** Compiles and renders a body; fails the test when it does not compile. */
export function renderMarkup(body: string): string {
  const compiled = compileBody(body);
  if (!compiled.ok) expect.fail(`expected the body to compile: ${JSON.stringify(compiled.diagnostics)}`);
  return renderToStaticMarkup(renderBody(compiled.value.hast, compiled.value.talks, 'en'));
}
