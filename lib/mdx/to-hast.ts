import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { defaultHandlers, toHast, type Handler } from 'mdast-util-to-hast';
import type { Element as HastElement, Root as HastRoot } from 'hast';

const MDX_NODE_TYPES: Array<'mdxJsxFlowElement' | 'mdxJsxTextElement'> = ['mdxJsxFlowElement', 'mdxJsxTextElement'];

type HastParent = { children: Array<HastElement | { type: string }> };

/**
 * Converts a validated mdast tree to hast, the plain-data tree the renderer
 * maps onto React: `<Talk>` elements get their position in the talk list, MDX
 * JSX becomes elements named after the component, positions are dropped (the
 * tree is cloned out of a worker and cached; nothing reads them after
 * validation). Linear in the size of the tree.
 */
export function bodyToHast(tree: Root): HastRoot {
  let talkIndex = 0;
  const annotated: Root = {
    ...tree,
    children: tree.children.map((node) => {
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Talk') return node;
      // Pass the extracted talk (anchor id, parsed speakers) by position.
      const index = String(talkIndex++);
      return { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'talkIndex', value: index }] } as MdxJsxFlowElement;
    }),
  };
  const hast = toHast(annotated, { passThrough: MDX_NODE_TYPES, allowDangerousHtml: false, handlers: { listItem: linearListItem() } });
  return jsxToElements(hast as HastRoot);
}

/**
 * mdast-util-to-hast decides for every list item whether its list is loose by
 * scanning all the item's siblings: quadratic in a tight list of thousands of
 * items. Decide once per list and hand the default handler a stand-in parent
 * that carries the answer in `spread` and has no children to scan.
 */
function linearListItem(): Handler {
  const looseness = new WeakMap<object, { type: 'list'; spread: boolean; children: [] }>();
  return (state, node, parent) => {
    if (!parent || parent.type !== 'list') return defaultHandlers.listItem(state, node, parent);
    let standIn = looseness.get(parent);
    if (!standIn) {
      const loose = Boolean(parent.spread) || parent.children.some((item) => item.spread ?? item.children.length > 1);
      standIn = { type: 'list', spread: loose, children: [] };
      looseness.set(parent, standIn);
    }
    return defaultHandlers.listItem(state, node, standIn as unknown as typeof parent);
  };
}

/**
 * Rewrites validated MDX JSX nodes into plain hast elements whose tag name is
 * the component name and whose properties are the string attributes. The JSX
 * runtime then maps them onto `components` by name, as it does for `a` or
 * `img`, and never needs an expression evaluator.
 */
function jsxToElements(tree: HastRoot): HastRoot {
  const stack: HastParent[] = [tree as HastParent];
  delete tree.position;
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children = parent.children.map((child) => {
      const node = child as unknown as MdxJsxFlowElement & { children: HastElement['children'] };
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
        delete (child as { position?: unknown }).position;
        return child;
      }
      const properties: Record<string, string | boolean> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && (typeof attribute.value === 'string' || attribute.value === null)) {
          properties[attribute.name] = attribute.value ?? true;
        }
      }
      return { type: 'element', tagName: node.name ?? 'div', properties, children: node.children } as HastElement;
    });
    for (const child of parent.children) if ('children' in child) stack.push(child as HastParent);
  }
  return tree;
}
