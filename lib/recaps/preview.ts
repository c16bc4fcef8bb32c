import 'server-only';
import { createElement } from 'react';
import { compileDraftBody } from './compile-cache';
import { renderBody } from '@/lib/mdx/render';
import { reviewDraft } from './mutations';
import type { RecapFields } from './editor-fields';
import { RecapPreview, draftLocale } from '@/components/recaps/recap-preview';

/**
 * Renders a draft exactly as the public page would (same pipeline, same
 * components), plus the problems that would block publishing. For editors.
 * The body is compiled off the request thread within the compile budget; only
 * the bounded hast-to-React step runs here.
 */
export async function renderDraftPreview(fields: RecapFields, body: string) {
  const started = performance.now();
  const [review, compiled] = await Promise.all([reviewDraft(fields, body), compileDraftBody(body)]);
  const node = compiled.ok
    ? createElement(RecapPreview, { fields, talks: compiled.value.talks }, renderBody(compiled.value.hast, compiled.value.talks, draftLocale(fields)))
    : null;
  return { node, diagnostics: review.diagnostics, fieldErrors: review.fieldErrors, renderMs: Math.round((performance.now() - started) * 10) / 10 };
}
