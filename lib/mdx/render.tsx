import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import { mdxComponents } from '@/components/mdx/mdx-components';
import type { TalkInfo } from './talks';

const MDX_NODE_TYPES: Array<'mdxJsxFlowElement' | 'mdxJsxTextElement'> = ['mdxJsxFlowElement', 'mdxJsxTextElement'];

type HastParent = { children: Array<HastElement | { type: string }> };

/**
 * Rewrites validated MDX JSX nodes into plain hast elements whose tag name is
 * the component name and whose properties are the string attributes. The JSX
 * runtime then maps them onto `components` by name, as it does for `a` or
 * `img`, and never needs an expression evaluator.
 */
function jsxToElements(tree: HastRoot): HastRoot {
  const stack: HastParent[] = [tree as HastParent];
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children = parent.children.map((child) => {
      const node = child as unknown as MdxJsxFlowElement & { children: HastElement['children'] };
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return child;
      const properties: Record<string, string | boolean> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && (typeof attribute.value === 'string' || attribute.value === null)) {
          properties[attribute.name] = attribute.value ?? true;
        }
      }
      return { type: 'element', tagName: node.name ?? 'div', properties, children: node.children, position: node.position } as HastElement;
    });
    for (const child of parent.children) if ('children' in child) stack.push(child as HastParent);
  }
  return tree;
}

/**
 * Renders a validated tree to React elements. The tree is interpreted as
 * data (element names looked up in the allow-listed components, string
 * attributes passed as props); no author code is compiled or run.
 * Expression nodes cannot reach here: `validateTree` refuses them, and
 * without `createEvaluater` the runtime would throw rather than evaluate.
 */
export function renderBody(tree: Root, talks: TalkInfo[]): ReactNode {
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
  const hast = toHast(annotated, { passThrough: MDX_NODE_TYPES, allowDangerousHtml: false });
  return toJsxRuntime(jsxToElements(hast as HastRoot), {
    Fragment,
    jsx,
    jsxs,
    components: mdxComponents(talks) as Partial<Components>,
    elementAttributeNameCase: 'react',
    stylePropertyNameCase: 'dom',
    ignoreInvalidStyle: true,
  });
}
