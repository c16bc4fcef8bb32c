'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';

import type { FormState } from '@/lib/form-state';
import type { RecapFields } from '@/lib/recaps/editor-fields';
import type { EventChange } from '@/lib/events/event-changes';
import {
  deleteRecapDraft,
  discardRecapChanges,
  EventChangeNotConfirmedError,
  publishRecap,
  RecapInputError,
  scheduleRecap,
  unpublishRecap,
  updateLivePage,
} from '@/lib/recaps/mutations';
import { createPreviewLink, revokePreviewLinks } from '@/lib/recaps/preview-links';
import { parseScheduleInput } from '@/lib/recaps/schedule-input';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from '@/lib/sql/errors';
import { env } from '@/lib/env';
import { getEditorRecap } from '@/lib/recaps/admin-queries';
import { getTranslations } from 'next-intl/server';
import { formatAdminDateTime } from '@/lib/i18n/admin-format';
import { localizeFormState, localizeMessage } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { localizeProblems } from '@/lib/i18n/admin-problems';

const recapIdSchema = z.coerce.number().int().positive();

/** The bound id, checked: an attacker can call an action with anything. */
function recapId(value: unknown): number | null {
  const parsed = recapIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The outcome sentences of these actions, in the admin locale. */
async function outcomes() {
  const locale = await getAdminLocale();
  return { locale, t: await getTranslations({ locale, namespace: 'admin.outcome' }) };
}

async function noRecap(): Promise<FormState> {
  return { message: (await outcomes()).t('noRecap') };
}

/** A publish, update or discard outcome: `problems` lists every reason the gate refused, one line each. */
export interface LiveState extends FormState {
  problems?: string[];
  /** Update live page refused until confirmed: what calendar subscribers will see (lib/events/event-changes.ts). */
  eventChanges?: EventChange[];
}

const baseVersionSchema = z.number().int().positive();
/** The second submit after the organizer saw what calendar subscribers will get (`confirmEventChange=1`). */
const confirmSchema = z.enum(['1']).optional();

/** Turns the lib's refusals into messages for the person; anything else is a bug and propagates. */
async function attempt(run: () => Promise<unknown>, done: string, refusedKey: 'nothingPublished' | 'liveUnchanged' = 'nothingPublished'): Promise<LiveState> {
  const { locale, t } = await outcomes();
  const refused = t(refusedKey);
  try {
    await run();
    return { ok: true, message: done };
  } catch (error) {
    if (error instanceof RecapInputError) {
      const problems = localizeProblems(error, locale);
      return { message: t('fixFirst', { refused, count: problems.length }), problems };
    }
    if (error instanceof StaleVersionError) return { message: t('stale', { refused }) };
    if (error instanceof EventChangeNotConfirmedError) return { message: localizeMessage(error.message, locale), eventChanges: error.changes };
    if (error instanceof InvalidTransitionError || error instanceof NotFoundError) return { message: localizeMessage(error.message, locale) };
    const denied = refusalMessage(error);
    if (denied) return { message: localizeMessage(denied, locale) };
    throw error;
  }
}

export async function publishAction(id: number): Promise<LiveState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return noRecap();
  return attempt(() => publishRecap(user, parsed), (await outcomes()).t('published'));
}

export async function scheduleAction(id: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return noRecap();
  // The browser sends local time with its UTC offset in minutes, so the schedule is exact.
  const input = parseScheduleInput(form, new Date());
  const { locale, t } = await outcomes();
  if (!input.ok) return localizeFormState({ fieldErrors: input.fieldErrors, values: input.values }, locale);
  const { when } = input;
  return attempt(
    () => scheduleRecap(user, parsed, when),
    t('scheduled', { when: locale === 'en' ? when.toUTCString() : formatAdminDateTime(when.toISOString(), locale) }),
  );
}

export async function unpublishAction(id: number): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return noRecap();
  return attempt(() => unpublishRecap(user, parsed), (await outcomes()).t('unpublished'));
}

/**
 * Update live page: the working copy at `baseVersion` (the saved text the
 * organizer is looking at) becomes the public page, if the publish gate
 * passes it; otherwise every problem is listed and nothing public changes.
 */
export async function updateLiveAction(id: number, baseVersion: unknown, confirmEventChange?: unknown): Promise<LiveState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return noRecap();
  const { t } = await outcomes();
  const version = baseVersionSchema.safeParse(baseVersion);
  const confirmed = confirmSchema.safeParse(confirmEventChange);
  if (!version.success || !confirmed.success) return { message: t('invalidRequest') };
  return attempt(() => updateLivePage(user, parsed, version.data, { confirmEventChange: confirmed.data === '1' }), t('updated'), 'liveUnchanged');
}

export type DiscardState = { ok: true; message: string; version: number; fields: RecapFields; body: string } | { ok?: false; message: string };

/** Discard changes: the working copy goes back to the live text, as a new version (the discarded text stays in the history). */
export async function discardChangesAction(id: number, baseVersion: unknown): Promise<DiscardState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  const { locale, t } = await outcomes();
  if (parsed === null) return { message: t('noRecap') };
  const version = baseVersionSchema.safeParse(baseVersion);
  if (!version.success) return { message: t('invalidRequest') };
  try {
    const result = await discardRecapChanges(user, parsed, version.data);
    if (!result.ok) return { message: t('discardConflict') };
    // Read back rather than rebuilt: the editor continues from exactly what is stored.
    const now = await getEditorRecap(parsed);
    if (!now) return { message: t('noRecap') };
    return { ok: true, message: t('discarded'), version: now.version, fields: now.fields, body: now.body };
  } catch (error) {
    if (error instanceof InvalidTransitionError || error instanceof NotFoundError) return { message: localizeMessage(error.message, locale) };
    const denied = refusalMessage(error);
    if (denied) return { message: localizeMessage(denied, locale) };
    throw error;
  }
}

export async function deleteAction(id: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return noRecap();
  const { t } = await outcomes();
  if (!(form instanceof FormData) || form.get('confirm') !== 'delete') return { fieldErrors: { confirm: t('typeDelete') } };
  const result = await attempt(() => deleteRecapDraft(user, parsed), t('deleted'));
  if (!result.ok) return result;
  redirect('/admin');
}

export async function createPreviewLinkAction(id: number): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  const { locale, t } = await outcomes();
  let token: string | null;
  try {
    token = parsed === null ? null : await createPreviewLink(user, parsed);
  } catch (error) {
    const denied = refusalMessage(error);
    if (denied) return { message: localizeMessage(denied, locale) };
    throw error;
  }
  if (!token) return { message: t('noRecap') };
  return { ok: true, result: `${env.siteUrl}/preview/${token}`, message: t('previewCreated') };
}

export async function revokePreviewLinksAction(id: number): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  const { locale, t } = await outcomes();
  if (parsed === null) return { message: t('noRecap') };
  let count: number;
  try {
    count = await revokePreviewLinks(user, parsed);
  } catch (error) {
    const denied = refusalMessage(error);
    if (denied) return { message: localizeMessage(denied, locale) };
    throw error;
  }
  return { ok: true, message: count ? t('revoked', { count }) : t('noPreview') };
}
