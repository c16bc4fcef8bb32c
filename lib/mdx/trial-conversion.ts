import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Root as HastRoot } from 'hast';
import type { Diagnostic } from './diagnostic';
import { COMPONENT_NAMES } from './components-spec';

// Same names as the real components, never called: building the element tree
// is where the hast-to-React conversion fails (an attribute React cannot
// take), and the compile worker must not load the site's components.
const standIns = Object.fromEntries([...COMPONENT_NAMES, 'a', 'img'].map((name) => [name, () => null])) as Partial<Components>;

/**
 * Builds the React element tree once, options as `renderBody`, so that a body
 * that would only fail at render time is refused while it is checked, not as
 * a 500 for a visitor. content:check goes further (check-render.ts).
 */
export function trialConversion(hast: HastRoot, lineOffset = 0): Diagnostic | null {
  try {
    toJsxRuntime(hast, {
      Fragment,
      jsx,
      jsxs,
      components: standIns,
      elementAttributeNameCase: 'react',
      stylePropertyNameCase: 'dom',
      ignoreInvalidStyle: true,
    });
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { line: lineOffset + 1, column: 1, message: `recap failed to render: ${reason}` };
  }
}
