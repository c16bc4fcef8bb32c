import { renderToStaticMarkup } from 'react-dom/server';
import type { Diagnostic } from './diagnostic';
import { renderBody } from './render';
import type { CompiledBody } from './compile';

/**
 * Renders a compiled body once, so that anything that would only fail at
 * render time is caught at check time rather than as a 500 for a visitor.
 * Used by `content:check` (and so by the build) and the admin's validation.
 */
export function checkRender(body: CompiledBody, lineOffset = 0): Diagnostic[] {
  try {
    renderToStaticMarkup(renderBody(body.hast, body.talks, 'en'));
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ line: lineOffset + 1, column: 1, message: `recap failed to render: ${reason}` }];
  }
}
