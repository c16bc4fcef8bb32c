import { slug } from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { parseSpeakers, type Speaker } from '@/lib/recaps/speakers';

export interface TalkInfo {
  /** Anchor id of the talk's section, unique within its recap. */
  id: string;
  title: string;
  speakers: Speaker[];
  slides?: string;
  video?: string;
  /** Local start time in the event's zone (HH:MM), when the agenda gives one. */
  start?: string;
  /** Plain-text summary, for search and structured data. */
  summary: string;
}

/**
 * Ids the recap page uses itself (site shell, contents nav, event facts,
 * search box, GFM footnotes); a talk titled "Contents" gets `contents-1`.
 */
const RESERVED_IDS = ['main', 'contents', 'talks', 'top', 'event', 'speakers', 'site-search', 'footnote-label'];
/** GFM footnotes and their back references use `user-content-fn-1`, `user-content-fnref-1`. */
const RESERVED_PREFIX = 'user-content-';

/** Turns talk titles into stable, unique anchor ids (Unicode kept, so Chinese titles stay readable). */
export function talkAnchorIds(titles: string[]): string[] {
  // A talk also gives its heading `<id>-title`, so both must be free: talks
  // "X" and "X Title" would otherwise share `x-title`, as would a talk
  // "Contents Title" and the contents nav's heading.
  const taken = new Set(RESERVED_IDS.flatMap((id) => [id, `${id}-title`]));
  return titles.map((title, i) => {
    const slugged = slug(title.normalize('NFKC'));
    const stem = slugged && !/^-+$/.test(slugged) && !slugged.startsWith(RESERVED_PREFIX) ? slugged : `talk-${i + 1}`;
    let id = stem;
    for (let n = 1; taken.has(id) || taken.has(`${id}-title`); n++) id = `${stem}-${n}`;
    taken.add(id);
    taken.add(`${id}-title`);
    return id;
  });
}

/**
 * Reads the talk list from a validated tree without rendering it: the
 * recap's index data for listings, speaker pages, JSON-LD and search.
 */
export function extractTalks(tree: Root): TalkInfo[] {
  const nodes = tree.children.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Talk');
  const attr = (node: MdxJsxFlowElement, name: string) => {
    const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    return found && typeof found.value === 'string' ? found.value.trim() : undefined;
  };
  const ids = talkAnchorIds(nodes.map((n) => attr(n, 'title') ?? ''));
  return nodes.map((node, i) => ({
    id: ids[i],
    title: attr(node, 'title') ?? '',
    speakers: parseSpeakers(attr(node, 'speakers') ?? ''),
    slides: attr(node, 'slides') || undefined,
    video: attr(node, 'video') || undefined,
    start: attr(node, 'start') || undefined,
    summary: plainText(node).slice(0, 2000),
  }));
}

/** Concatenated text of a subtree, iteratively. */
export function plainText(node: { children?: unknown[] }): string {
  const out: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length) {
    const current = stack.pop() as { type?: string; value?: string; children?: unknown[] };
    if ((current.type === 'text' || current.type === 'inlineCode') && current.value) out.push(current.value);
    if (current.type === 'paragraph' || current.type === 'listItem') out.push(' ');
    if (current.children) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}
