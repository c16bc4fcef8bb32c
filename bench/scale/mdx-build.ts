/**
 * A small document model for the generated bodies, and what the app's MDX
 * pipeline makes of them, computed directly: the MDX text, the mdast tree
 * (with positions) and the hast (lib/mdx/compile.ts compileBody), and the
 * plain text lib/mdx/talks.ts plainText() reads. Compiling one body takes
 * 10–60 ms here, so 100,000 of them would take most of an hour; building the
 * same JSON from the model takes microseconds. It covers only what the
 * generator writes (paragraphs with bold, code and links, `##` headings,
 * tight bullet lists, one-paragraph quotes, JSX flow elements with string
 * attributes); bench/scale/verify.ts compares it with compileBody.
 */

export type Inline = { t: 'text'; v: string } | { t: 'strong'; v: string } | { t: 'code'; v: string } | { t: 'link'; v: string; url: string };
export type DocNode =
  | { k: 'p'; inl: Inline[] }
  | { k: 'h2'; text: string }
  | { k: 'ul'; items: Inline[][] }
  | { k: 'quote'; inl: Inline[] }
  /** children null: self-closing (`<Figure … />`). */
  | { k: 'jsx'; name: string; attrs: Array<[string, string]>; children: DocNode[] | null };

/** Reads the generator's own markdown snippets: `**bold**`, `` `code` ``, `[text](url)`, the rest text. */
export function inline(md: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    if (m.index > last) out.push({ t: 'text', v: md.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ t: 'strong', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'code', v: m[2] });
    else out.push({ t: 'link', v: m[3], url: m[4] });
    last = m.index + m[0].length;
  }
  if (last < md.length) out.push({ t: 'text', v: md.slice(last) });
  return out;
}

const inlineMd = (inl: Inline[]) =>
  inl.map((i) => (i.t === 'text' ? i.v : i.t === 'strong' ? `**${i.v}**` : i.t === 'code' ? `\`${i.v}\`` : `[${i.v}](${i.url})`)).join('');
const openTag = (n: { name: string; attrs: Array<[string, string]> }) => `<${n.name}${n.attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}`;

function nodeMd(n: DocNode): string {
  switch (n.k) {
    case 'p':
      return inlineMd(n.inl);
    case 'h2':
      return `## ${n.text}`;
    case 'ul':
      return n.items.map((i) => `- ${inlineMd(i)}`).join('\n');
    case 'quote':
      return `> ${inlineMd(n.inl)}`;
    case 'jsx':
      return n.children === null ? `${openTag(n)} />` : `${openTag(n)}>\n\n${n.children.map(nodeMd).join('\n\n')}\n\n</${n.name}>`;
  }
}

/** The MDX body: blocks separated by blank lines, ending in a newline. */
export function toMdx(nodes: DocNode[]): string {
  return `${nodes.map(nodeMd).join('\n\n')}\n`;
}

/** plainText() of a node list (lib/mdx/talks.ts): a space before each paragraph and list item, whitespace collapsed. */
export function plainOf(nodes: DocNode[]): string {
  const text = (inl: Inline[]) => inl.map((i) => i.v).join('');
  const walk = (n: DocNode): string => {
    switch (n.k) {
      case 'p':
      case 'quote':
        return ` ${text(n.inl)}`;
      case 'h2':
        return n.text;
      case 'ul':
        return n.items.map((i) => `  ${text(i)}`).join('');
      case 'jsx':
        return (n.children ?? []).map(walk).join('');
    }
  };
  return nodes.map(walk).join('').replace(/\s+/g, ' ').trim();
}

interface Point {
  line: number;
  column: number;
  offset: number;
}
type Json = Record<string, unknown>;

/** The mdast and hast compileBody gives for `toMdx(nodes)`. */
export function compileModel(nodes: DocNode[]): { tree: Json; hast: Json } {
  const src = toMdx(nodes);
  let lineStarts: number[] | null = null;
  const point = (offset: number): Point => {
    lineStarts ??= [0, ...[...src.matchAll(/\n/g)].map((m) => m.index! + 1)];
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
  };
  const pos = (start: number, end: number) => ({ start: point(start), end: point(end) });

  /** Inline nodes starting at `at`; adjacent text runs are one text node, as the parser makes them. */
  const inlines = (inl: Inline[], at: number) => {
    const merged: Inline[] = [];
    for (const i of inl) {
      const prev = merged[merged.length - 1];
      if (i.t === 'text' && prev?.t === 'text') merged[merged.length - 1] = { t: 'text', v: prev.v + i.v };
      else merged.push(i);
    }
    const tree: Json[] = [];
    const hast: Json[] = [];
    let o = at;
    for (const i of merged) {
      const len = inlineMd([i]).length;
      if (i.t === 'text') {
        tree.push({ type: 'text', value: i.v, position: pos(o, o + len) });
        hast.push({ type: 'text', value: i.v });
      } else if (i.t === 'strong') {
        tree.push({ type: 'strong', children: [{ type: 'text', value: i.v, position: pos(o + 2, o + 2 + i.v.length) }], position: pos(o, o + len) });
        hast.push({ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: i.v }] });
      } else if (i.t === 'code') {
        tree.push({ type: 'inlineCode', value: i.v, position: pos(o, o + len) });
        hast.push({ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: i.v }] });
      } else {
        tree.push({
          type: 'link',
          title: null,
          url: i.url,
          children: [{ type: 'text', value: i.v, position: pos(o + 1, o + 1 + i.v.length) }],
          position: pos(o, o + len),
        });
        hast.push({ type: 'element', tagName: 'a', properties: { href: i.url }, children: [{ type: 'text', value: i.v }] });
      }
      o += len;
    }
    return { tree, hast };
  };

  let talkIndex = 0;
  /** One block at `at`: its mdast, hast and source length. */
  const block = (n: DocNode, at: number): { tree: Json; hast: Json; len: number } => {
    const len = nodeMd(n).length;
    switch (n.k) {
      case 'p': {
        const c = inlines(n.inl, at);
        return {
          tree: { type: 'paragraph', children: c.tree, position: pos(at, at + len) },
          hast: { type: 'element', tagName: 'p', properties: {}, children: c.hast },
          len,
        };
      }
      case 'h2':
        return {
          tree: { type: 'heading', depth: 2, children: [{ type: 'text', value: n.text, position: pos(at + 3, at + len) }], position: pos(at, at + len) },
          hast: { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: n.text }] },
          len,
        };
      case 'quote': {
        const c = inlines(n.inl, at + 2);
        const p = { type: 'paragraph', children: c.tree, position: pos(at + 2, at + len) };
        return {
          tree: { type: 'blockquote', children: [p], position: pos(at, at + len) },
          hast: {
            type: 'element',
            tagName: 'blockquote',
            properties: {},
            children: [NL, { type: 'element', tagName: 'p', properties: {}, children: c.hast }, NL],
          },
          len,
        };
      }
      case 'ul': {
        const items: Json[] = [];
        const lis: Json[] = [NL];
        let o = at;
        for (const item of n.items) {
          const itemLen = 2 + inlineMd(item).length;
          const c = inlines(item, o + 2);
          items.push({
            type: 'listItem',
            spread: false,
            checked: null,
            children: [{ type: 'paragraph', children: c.tree, position: pos(o + 2, o + itemLen) }],
            position: pos(o, o + itemLen),
          });
          lis.push({ type: 'element', tagName: 'li', properties: {}, children: c.hast }, NL);
          o += itemLen + 1;
        }
        return {
          tree: { type: 'list', ordered: false, start: null, spread: false, children: items, position: pos(at, at + len) },
          hast: { type: 'element', tagName: 'ul', properties: {}, children: lis },
          len,
        };
      }
      case 'jsx': {
        const attributes: Json[] = [];
        let o = at + 1 + n.name.length;
        for (const [k, v] of n.attrs) {
          o += 1;
          attributes.push({ type: 'mdxJsxAttribute', name: k, value: v, position: pos(o, o + k.length + 3 + v.length) });
          o += k.length + 3 + v.length;
        }
        const properties: Record<string, string> = Object.fromEntries(n.attrs);
        if (n.name === 'Talk') properties.talkIndex = String(talkIndex++);
        const children: Json[] = [];
        const hastChildren: Json[] = [];
        if (n.children) {
          let c = at + openTag(n).length + 1 + 2;
          for (const child of n.children) {
            const b = block(child, c);
            children.push(b.tree);
            hastChildren.push(b.hast);
            c += b.len + 2;
          }
        }
        return {
          tree: { type: 'mdxJsxFlowElement', name: n.name, attributes, children, position: pos(at, at + len) },
          hast: { type: 'element', tagName: n.name, properties, children: hastChildren },
          len,
        };
      }
    }
  };

  const tree: Json[] = [];
  const hast: Json[] = [];
  let at = 0;
  for (const [i, n] of nodes.entries()) {
    const b = block(n, at);
    tree.push(b.tree);
    if (i > 0) hast.push(NL);
    hast.push(b.hast);
    at += b.len + 2;
  }
  return { tree: { type: 'root', children: tree, position: pos(0, src.length) }, hast: { type: 'root', children: hast } };
}

const NL = { type: 'text', value: '\n' };
