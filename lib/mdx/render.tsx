import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import type { Root as HastRoot } from 'hast';
import { mdxComponents } from '@/components/mdx/mdx-components';
import type { Locale } from '@/lib/i18n/locales';
import type { TalkInfo } from './talks';

/**
 * Renders a validated body (its hast, from `compileBody` or
 * `compileBodyBudgeted`) to React elements. The tree is interpreted as data
 * (element names looked up in the allow-listed components, string attributes
 * passed as props); no author code is compiled or run. Expression nodes cannot
 * reach here: `validateTree` refuses them, and without `createEvaluater` the
 * runtime would throw rather than evaluate. Linear in the tree, whose size the
 * compile step bounds (MAX_NODES), so it is cheap enough for the request thread.
 * `locale`: the recap's language, which the components' own words follow ("Slides", "Speakers").
 */
export function renderBody(hast: HastRoot, talks: TalkInfo[], locale: Locale): ReactNode {
  return toJsxRuntime(hast, {
    Fragment,
    jsx,
    jsxs,
    components: mdxComponents(talks, locale) as Partial<Components>,
    elementAttributeNameCase: 'react',
    stylePropertyNameCase: 'dom',
    ignoreInvalidStyle: true,
  });
}
