import 'server-only';
import { createElement } from 'react';
import { compileDraftBody } from './compile-cache';
import { renderBody } from '@/lib/mdx/render';
import { reviewDraft } from './mutations';
import type { RecapFields } from './editor-fields';
import { RecapPreview, draftLocale } from '@/components/recaps/recap-preview';
import { suggestSpeakerAliases, type SpeakerSuggestion } from '@/lib/speakers/suggestions';
import { publicDb } from './read-model-sync';

/**
 * Renders a draft exactly as the public page would (same pipeline, same
 * components), plus the problems that would block publishing and the
 * speakers its talks may name under another spelling. For editors.
 * The body is compiled off the request thread within the compile budget; only
 * the bounded hast-to-React step runs here.
 */
export async function renderDraftPreview(fields: RecapFields, body: string) {
  const started = performance.now();
  const [review, compiled] = await Promise.all([reviewDraft(fields, body), compileDraftBody(body)]);
  const node = compiled.ok
    ? createElement(RecapPreview, { fields, talks: compiled.value.talks }, renderBody(compiled.value.hast, compiled.value.talks, draftLocale(fields)))
    : null;
  const speakerSuggestions = compiled.ok ? await suggestionsFor(compiled.value.talks.flatMap((t) => t.speakers.map((s) => s.name))) : [];
  return {
    node,
    diagnostics: review.diagnostics,
    fieldErrors: review.fieldErrors,
    renderMs: Math.round((performance.now() - started) * 10) / 10,
    speakerSuggestions,
  };
}

/** Names the draft's talks write that may be a known speaker (lib/speakers/suggestions.ts); none when the database cannot say. */
async function suggestionsFor(names: string[]): Promise<SpeakerSuggestion[]> {
  try {
    return await suggestSpeakerAliases(await publicDb(), names);
  } catch (error) {
    console.error('[speakers] suggestions failed:', error instanceof Error ? error.message : error);
    return [];
  }
}
