import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { wordedDiagnostic, type Diagnostic } from './diagnostic';
import { CALLOUT_TYPES, COMPONENTS, HTML_ELEMENTS } from './components-spec';
import { isSafeUrl, videoEmbed } from './safe-url';
import { MAX_NESTING } from './limits';
import { messages, suggestAttribute, type Worded } from './error-messages';
import { speakersProblem } from './speakers-check';

const DANGEROUS_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'meta',
  'form',
  'svg',
  'math',
  'template',
]);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Checks a parsed body against the allow-list. Returns every problem found,
 * positioned in the file (`lineOffset` = lines before the body). `source`,
 * the body text the tree was parsed from, lets it see how attribute values
 * were quoted, which the tree does not record.
 */
export function validateTree(tree: Root, lineOffset = 0, source?: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (node: { position?: Nodes['position'] }, message: string | Worded) => {
    const start = node.position?.start;
    const line = (start?.line ?? 1) + lineOffset;
    const column = start?.column ?? 1;
    problems.push(typeof message === 'string' ? { line, column, message } : wordedDiagnostic(line, column, message));
  };
  // Iterative walk: depth is bounded, but the stack of the process is never at risk.
  // `container` is the type of the parent node: a Talk inside a quote or a list has no JSX parent but is not top level either.
  const stack: Array<{ node: Nodes; depth: number; parents: string[]; container: string }> = [{ node: tree, depth: 0, parents: [], container: '' }];
  while (stack.length) {
    const { node, depth, parents, container } = stack.pop()!;
    if (depth > MAX_NESTING) {
      report(node, `content is nested deeper than ${MAX_NESTING} levels`);
      continue;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, messages.esm());
        continue;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, messages.braces());
        continue;
      case 'html':
        report(node, messages.htmlComment());
        continue;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url)) report(node, `URL "${truncate(node.url)}" is not allowed: use http(s), mailto or a site-relative path`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parents, container, report, source);
        break;
    }
    if ('children' in node) {
      const name = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? '') : '';
      const next = name ? [...parents, name] : parents;
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push({ node: node.children[i] as Nodes, depth: depth + 1, parents: next, container: node.type });
      }
    }
  }
  return problems;
}

type Reporter = (node: { position?: Nodes['position'] }, message: string | Worded) => void;

function checkElement(node: JsxElement, parents: string[], container: string, reportAt: Reporter, source?: string) {
  const report = reportAt;
  const name = node.name;
  if (!name) return report(node, messages.fragment());
  const lower = name.toLowerCase();
  if (DANGEROUS_TAGS.has(lower)) return report(node, messages.forbiddenTag(name));
  // Own keys only: `<constructor>` or `<toString>` must not find Object.prototype's members.
  const spec = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
  const htmlAttributes = Object.hasOwn(HTML_ELEMENTS, name) ? HTML_ELEMENTS[name] : undefined;
  if (!spec && !htmlAttributes) {
    return report(node, lower === 'img' ? messages.htmlImage() : messages.unknownComponent(name));
  }
  const allowed = spec ? spec.attributes : htmlAttributes!;
  const seen = new Set<string>();
  const misspelt = new Set<string>();
  for (const attribute of node.attributes) {
    // Attributes carry their own position: point at the attribute, not the tag.
    const report = (_: JsxElement, message: string | Worded) => reportAt(attribute.position ? attribute : node, message);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, messages.spreadAttribute(name));
      continue;
    }
    const attr = attribute.name;
    seen.add(attr);
    if (/^on/i.test(attr)) {
      report(node, messages.eventHandler(attr));
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, messages.attributeBraces(attr, name));
    } else if (!allowed.includes(attr)) {
      report(node, messages.unknownAttribute(attr, name, allowed));
      // `speaker="…"` already says "did you mean `speakers`": not also "needs a `speakers` attribute".
      const meant = suggestAttribute(attr, allowed);
      if (meant) misspelt.add(meant);
    } else if (spec?.flags?.includes(attr)) {
      if (attribute.value !== null) report(node, messages.flagWithValue(attr, name));
    } else if (typeof attribute.value !== 'string') {
      report(node, messages.attributeNeedsValue(attr, name));
    } else if (source && attribute.position && singleQuoted(source, attribute.position)) {
      report(node, messages.attributeQuotes(attr, name, attribute.value));
    } else if (name === 'Talk' && spec?.urls.includes(attr) && !/^https?:\/\/[^/\s]/i.test(attribute.value.trim())) {
      // Slides and videos live elsewhere: a site path or mailto there is a slip, not a link.
      report(node, messages.talkLink(attr, truncate(attribute.value)));
    } else if (name === 'Talk' && attr === 'speakers' && speakersProblem(attribute.value)) {
      report(node, speakersProblem(attribute.value)!);
    } else if (spec?.urls.includes(attr) && !isSafeUrl(attribute.value)) {
      report(node, `URL "${truncate(attribute.value)}" in \`${attr}\` is not allowed: use http(s), mailto or a site-relative path`);
    }
  }
  if (!spec) return;
  for (const required of spec.required) {
    if (!seen.has(required) && !misspelt.has(required)) report(node, `\`<${name}>\` needs a \`${required}\` attribute: add ${required}="…".`);
  }
  // Only top-level talks are extracted and rendered; one in a quote or list would silently vanish.
  if (spec.topLevelOnly && container !== 'root') {
    if (parents.includes('Talk')) report(node, messages.nestedTalk());
    else report(node, messages.talkNotTopLevel(parents.length ? { tag: parents.at(-1)! } : { container }));
  }
  const value = (key: string) => {
    const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
    return found && typeof found.value === 'string' ? found.value : undefined;
  };
  if (name === 'Figure' && value('alt')?.trim() === '' && !seen.has('decorative')) report(node, messages.missingAlt());
  if (name === 'Video' && value('src') && !videoEmbed(value('src')!)) {
    report(node, '`<Video>` src must be a YouTube (youtube.com/watch?v=…, youtu.be/…) or Bilibili (bilibili.com/video/BV…) URL');
  }
  if (name === 'Talk' && value('start') !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(value('start')!.trim())) {
    report(node, '`start` on `<Talk>` must be a time written HH:MM (24-hour), e.g. "14:30"');
  }
  if (name === 'Callout' && value('type') && !(CALLOUT_TYPES as readonly string[]).includes(value('type')!)) {
    report(node, `\`<Callout>\` type must be one of ${CALLOUT_TYPES.join(', ')}`);
  }
  for (const size of ['width', 'height']) {
    const v = value(size);
    if (v !== undefined && !/^\d{1,5}$/.test(v)) report(node, `\`${size}\` on \`<${name}>\` must be a whole number of pixels`);
  }
}

/** `title='Intro'`: valid JSX, but an apostrophe in the value breaks it, so recaps use double quotes only. */
function singleQuoted(source: string, position: NonNullable<Nodes['position']>): boolean {
  const { start, end } = position;
  if (start.offset === undefined || end.offset === undefined) return false;
  return /^[^=]+=\s*'/.test(source.slice(start.offset, end.offset));
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
