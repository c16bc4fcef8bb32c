import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Image, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown, type MdxJsxAttribute, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { isSafeUrl } from '@/lib/mdx/safe-url';

// A post is Markdown with raw HTML, not MDX: `<img class=x>`, `</br>`, a
// stray `<style>`, bold that never closes. So it is parsed the way a browser
// would read it (remark, then the HTML through parse5 via rehype-raw), turned
// back into a Markdown tree (hast-util-to-mdast), tidied into what the
// portal allows (images become <Figure>, URLs site-relative), and only then
// written as MDX (mdast-util-to-markdown escapes `{` and `<` in text).
// Nothing visible is dropped: only <style>/<script> and comments, which are
// no sentence of the post, and each removal is noted.

export interface ConvertNote {
  kind: 'removed-element' | 'image-without-alt' | 'unsafe-link' | 'shortcode';
  line: number;
  detail: string;
}

export interface ParsedPost {
  tree: Root;
  notes: ConvertNote[];
}

export interface ParseOptions {
  /** Lines before the body in the file, so that positions are the file's. */
  lineOffset?: number;
  /** The page's URL on the old site (`/posts/meetup-7/`): relative links and images resolve against it, as Hugo's do. */
  pageUrl?: string;
}

const DROPPED = new Set(['style', 'script', 'noscript', 'template']);

/** Parses a post body into a Markdown tree the portal can hold (see the comment above). */
export function parsePost(markdown: string, options: ParseOptions = {}): ParsedPost {
  const notes: ConvertNote[] = [];
  const offset = options.lineOffset ?? 0;
  const text = quoteAttributes(hugoShortcodes(markdown.replace(/\r\n?/g, '\n'), notes, offset));
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  const hast = processor.runSync(processor.parse(text)) as HastRoot;
  cleanHast(hast, notes, offset);
  const tree = toMdast(hast) as Root;
  shiftPositions(tree, offset);
  tidy(tree, notes, options.pageUrl ?? '/');
  return { tree, notes };
}

/** Writes a tree as MDX the portal's gate reads back as the same tree. */
export function toMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()], bullet: '-', emphasis: '*', rule: '-', fences: true }).trim() + '\n';
}

/** `{{< figure src="x" caption="y" >}}` becomes the HTML it stands for; other shortcodes stay as text (escaped) and are noted. */
function hugoShortcodes(text: string, notes: ConvertNote[], offset: number): string {
  return text.replace(/\{\{[<%]\s*([\w/-]+)([^}]*?)\s*[>%]\}\}/g, (whole, name: string, args: string, at: number) => {
    const line = offset + text.slice(0, at).split('\n').length;
    const attrs = Object.fromEntries([...args.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (name === 'figure' && attrs.src) {
      const img = `<img src="${attrs.src}"${attrs.alt ? ` alt="${attrs.alt}"` : ''}>`;
      return attrs.caption ? `${img}\n\n${attrs.caption}` : img;
    }
    if (name === 'youtube') {
      const id = attrs.id ?? args.trim().replace(/"/g, '');
      if (/^[\w-]+$/.test(id)) return `https://www.youtube.com/watch?v=${id}`;
    }
    notes.push({ kind: 'shortcode', line, detail: whole });
    return whole;
  });
}

/**
 * `<img src=/a/b.jpg>`: browsers read an unquoted value up to a space, but
 * CommonMark stops at the `/` and the tag becomes text. Quoting the values
 * first keeps such tags HTML. Code (fenced or in backticks) is left alone.
 */
export function quoteAttributes(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || !line.includes('<')) return line;
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(/<([a-zA-Z][\w-]*)(\s[^<>]*?)?(\/?)>/g, (_tag, name: string, attrs: string | undefined, close: string) => {
                const quoted = (attrs ?? '').replace(
                  /(\s[\w:.-]+)\s*=\s*([^\s"'=<>`]+)/g,
                  (_a, key: string, value: string) => `${key}="${value.replace(/\/$/, '')}"`,
                );
                return `<${name}${quoted}${close}>`;
              }),
        )
        .join('');
    })
    .join('\n');
}

function cleanHast(root: HastRoot, notes: ConvertNote[], offset: number): void {
  const walk = (node: HastNodes) => {
    if (!('children' in node)) return;
    node.children = node.children.filter((child) => {
      if (child.type === 'element' && DROPPED.has(child.tagName)) {
        notes.push({ kind: 'removed-element', line: offset + (child.position?.start.line ?? 1), detail: `<${child.tagName}>` });
        return false;
      }
      return true;
    }) as typeof node.children;
    for (const child of node.children) {
      // Non-breaking spaces are layout, not meaning; full-width punctuation stays as written.
      if (child.type === 'text') child.value = child.value.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\u200b/g, '');
      else walk(child as HastNodes);
    }
  };
  walk(root);
  // Raw HTML nodes lose their positions in parse5: give each the line of the closest element before it.
  let last = 1;
  const place = (node: HastNodes) => {
    if (node.position) last = node.position.start.line;
    else if (node.type === 'element') (node as Element).position = { start: { line: last, column: 1 }, end: { line: last, column: 1 } };
    if ('children' in node) for (const child of node.children) place(child as HastNodes);
  };
  place(root);
}

function shiftPositions(tree: Nodes, offset: number): void {
  const walk = (node: Nodes) => {
    if (node.position) {
      node.position = {
        start: { ...node.position.start, line: node.position.start.line + offset },
        end: { ...node.position.end, line: node.position.end.line + offset },
      };
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
}

function tidy(tree: Root, notes: ConvertNote[], pageUrl: string): void {
  const walk = (parent: Nodes, inherited: number) => {
    if (!('children' in parent)) return;
    const line = parent.position?.start.line ?? inherited;
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      const at = node.position?.start.line ?? line;
      if (node.type === 'table') promoteHeaderRow(node);
      if (node.type === 'image') {
        children[i] = figure(node, 'mdxJsxTextElement', pageUrl, notes, at);
        continue;
      }
      if (node.type === 'link') {
        const href = resolveUrl(node.url, pageUrl);
        if (href) node.url = href;
        else {
          notes.push({ kind: 'unsafe-link', line: at, detail: node.url });
          children.splice(i, 1, ...(node.children as Nodes[]));
          i--;
          continue;
        }
      }
      walk(node, at);
    }
  };
  walk(tree, 1);
  // An image alone in its paragraph is a block <Figure>, not one inside a paragraph.
  tree.children = tree.children.map((node) => {
    if (isFigure(node)) return { ...node, type: 'mdxJsxFlowElement' };
    if (node.type !== 'paragraph') return node;
    const meaningful = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break');
    if (meaningful.length === 1 && isFigure(meaningful[0]))
      return { ...(meaningful[0] as unknown as MdxJsxFlowElement), type: 'mdxJsxFlowElement', position: node.position ?? meaningful[0].position };
    return node;
  }) as RootContent[];
}

export function isFigure(node: Nodes | PhrasingContent): node is MdxJsxTextElement {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Figure';
}

function figure(image: Image, type: 'mdxJsxTextElement', pageUrl: string, notes: ConvertNote[], line: number): MdxJsxTextElement {
  const src = resolveUrl(image.url, pageUrl) ?? '';
  const alt = (image.alt ?? '').trim();
  const attributes: MdxJsxAttribute[] = [{ type: 'mdxJsxAttribute', name: 'src', value: src }];
  if (alt) attributes.push({ type: 'mdxJsxAttribute', name: 'alt', value: alt });
  else {
    // Never invented: the portal needs an alt or an explicit "decorative"; the report asks a person to write one.
    attributes.push({ type: 'mdxJsxAttribute', name: 'alt', value: '' }, { type: 'mdxJsxAttribute', name: 'decorative', value: null });
    notes.push({ kind: 'image-without-alt', line, detail: image.url });
  }
  // Raw HTML images have no position of their own: the line they were found on.
  return { type, name: 'Figure', attributes, children: [], position: image.position ?? { start: { line, column: 1 }, end: { line, column: 1 } } };
}

/** An attribute of a JSX element as text, or undefined. */
export function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export function setAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, value: string): void {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (found) found.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** A relative URL resolved against the page, as a browser on the old site would; null when it is not safe. */
export function resolveUrl(url: string, pageUrl: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  if (isSafeUrl(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//'))
    return trimmed.startsWith('//') && isSafeUrl(`https:${trimmed}`) ? `https:${trimmed}` : null;
  const resolved = new URL(trimmed, `https://old.invalid${pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`}`);
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return isSafeUrl(path) ? path : null;
}

/** HTML tables without <thead> come out with an empty header row: the first real row becomes the header. */
function promoteHeaderRow(table: Table): void {
  const [head, next] = table.children;
  if (head && next && head.children.every((cell) => cell.children.length === 0)) table.children.shift();
}

/** The text of a paragraph or heading, as a reader sees it. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export type { Paragraph, Link };
