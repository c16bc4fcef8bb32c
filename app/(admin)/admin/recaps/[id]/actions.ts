'use server';

import type { ReactNode } from 'react';
import { z } from 'zod';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { draftInputSchema, recapFieldsSchema, MAX_DRAFT_BODY, type RecapFields } from '@/lib/recaps/editor-fields';
import { saveRecapDraft } from '@/lib/recaps/mutations';
import { renderDraftPreview } from '@/lib/recaps/preview';
import { getEditorRecap } from '@/lib/recaps/admin-queries';
import { getTranslations } from 'next-intl/server';
import { localizeErrors, localizeMessage } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

export interface ConflictCopy {
  version: number;
  fields: RecapFields;
  body: string;
  updatedByName: string;
  updatedAt: string;
}

export type SaveState =
  | { status: 'saved'; version: number; savedAt: string; fieldErrors: Record<string, string>; diagnostics: Diagnostic[] }
  | { status: 'conflict'; current: ConflictCopy; fieldErrors: Record<string, string>; diagnostics: Diagnostic[] }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string> };

function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path.at(-1) ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Autosave and explicit save. `id` is bound on the server page; the version
 * the editor started from travels with every save, so a save based on an
 * older version is refused as a conflict and neither text is lost.
 */
export async function saveDraftAction(id: number, input: unknown): Promise<SaveState> {
  const user = await requireOrganizerForAction();
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'editor.errors' });
  if (!Number.isInteger(id) || id <= 0) return { status: 'error', message: t('noRecap') };
  const parsed = draftInputSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', message: t('invalidFields'), fieldErrors: localizeErrors(zodFieldErrors(parsed.error), locale) };
  let outcome: Awaited<ReturnType<typeof saveRecapDraft>>;
  try {
    outcome = await saveRecapDraft(user, id, parsed.data);
  } catch (error) {
    const denied = refusalMessage(error);
    if (denied) return { status: 'error', message: localizeMessage(denied, locale) };
    throw error;
  }
  if (outcome.kind === 'missing') return { status: 'error', message: t('deleted') };
  const { result, diagnostics } = outcome;
  const fieldErrors = localizeErrors(outcome.fieldErrors, locale);
  if (result.ok) return { status: 'saved', version: result.version, savedAt: new Date().toISOString(), fieldErrors, diagnostics };
  const current = await getEditorRecap(result.conflict.current.id);
  return {
    status: 'conflict',
    current: {
      version: result.conflict.current.version,
      fields: current?.fields ?? parsed.data.fields,
      body: result.conflict.current.body,
      updatedByName: current?.updatedByName ?? t('someone'),
      updatedAt: result.conflict.current.updatedAt,
    },
    fieldErrors,
    diagnostics,
  };
}

const previewInputSchema = z.object({ fields: recapFieldsSchema, body: z.string().max(MAX_DRAFT_BODY) });

export interface PreviewState {
  node: ReactNode;
  diagnostics: Diagnostic[];
  fieldErrors: Record<string, string>;
  renderMs: number;
  /** "Link ‘Zhang Shanyou’ to 张善友?", with its strings: linked only when the organizer clicks (linkAliasAction). */
  speakerSuggestions?: SpeakerSuggestionView[];
}

export interface SpeakerSuggestionView {
  name: string;
  slug: string;
  question: string;
  button: string;
  linked: string;
  notLinked: string;
}

/** Live preview: the draft rendered by the public page's own pipeline and components. */
export async function previewAction(input: unknown): Promise<PreviewState> {
  await requireOrganizerForAction();
  const locale = await getAdminLocale();
  const parsed = previewInputSchema.safeParse(input);
  if (!parsed.success) return { node: null, diagnostics: [], fieldErrors: localizeErrors(zodFieldErrors(parsed.error), locale), renderMs: 0 };
  const { speakerSuggestions, ...rendered } = await renderDraftPreview(parsed.data.fields, parsed.data.body);
  const t = await getTranslations({ locale, namespace: 'speakerRegistry' });
  return {
    ...rendered,
    fieldErrors: localizeErrors(rendered.fieldErrors, locale),
    speakerSuggestions: speakerSuggestions.map((s) => ({
      name: s.name,
      slug: s.slug,
      question: t('suggestion', { name: s.name, person: s.match }),
      button: t('suggestionButton'),
      linked: t('linked', { name: s.name, person: s.match }),
      notLinked: t('notLinked'),
    })),
  };
}
