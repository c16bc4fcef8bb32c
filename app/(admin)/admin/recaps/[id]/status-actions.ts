'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';

import type { FormState } from '@/lib/form-state';
import type { RecapFields } from '@/lib/recaps/editor-fields';
import { deleteRecapDraft, discardRecapChanges, publishRecap, RecapInputError, scheduleRecap, unpublishRecap, updateLivePage } from '@/lib/recaps/mutations';
import { createPreviewLink, revokePreviewLinks } from '@/lib/recaps/preview-links';
import { parseScheduleInput } from '@/lib/recaps/schedule-input';
import { describeProblems } from '@/lib/recaps/publish-gate';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from '@/lib/sql/errors';
import { env } from '@/lib/env';
import { getEditorRecap } from '@/lib/recaps/admin-queries';

const recapIdSchema = z.coerce.number().int().positive();

/** The bound id, checked: an attacker can call an action with anything. */
function recapId(value: unknown): number | null {
  const parsed = recapIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const NO_RECAP: FormState = { message: 'This recap no longer exists.' };

/** A publish, update or discard outcome: `problems` lists every reason the gate refused, one line each. */
export interface LiveState extends FormState {
  problems?: string[];
}

const baseVersionSchema = z.number().int().positive();

/** Turns the lib's refusals into messages for the person; anything else is a bug and propagates. */
async function attempt(run: () => Promise<unknown>, done: string, refused = 'Nothing was published.'): Promise<LiveState> {
  try {
    await run();
    return { ok: true, message: done };
  } catch (error) {
    if (error instanceof RecapInputError) {
      const problems = describeProblems(error);
      return { message: `${refused} Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} first:`, problems };
    }
    if (error instanceof StaleVersionError)
      return { message: `${refused} The text changed since you looked at it (someone saved meanwhile). Reload the page and try again.` };
    if (error instanceof InvalidTransitionError || error instanceof NotFoundError) return { message: error.message };
    const denied = refusalMessage(error);
    if (denied) return { message: denied };
    throw error;
  }
}

export async function publishAction(id: number): Promise<LiveState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  return attempt(() => publishRecap(user, parsed), 'Published. The public page is live.');
}

export async function scheduleAction(id: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  // The browser sends local time with its UTC offset in minutes, so the schedule is exact.
  const input = parseScheduleInput(form, new Date());
  if (!input.ok) return { fieldErrors: input.fieldErrors, values: input.values };
  const { when } = input;
  return attempt(() => scheduleRecap(user, parsed, when), `Scheduled for ${when.toUTCString()}.`);
}

export async function unpublishAction(id: number): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  return attempt(() => unpublishRecap(user, parsed), 'Unpublished. The recap is a draft again and its page answers 404.');
}

/**
 * Update live page: the working copy at `baseVersion` (the saved text the
 * organizer is looking at) becomes the public page, if the publish gate
 * passes it; otherwise every problem is listed and nothing public changes.
 */
export async function updateLiveAction(id: number, baseVersion: unknown): Promise<LiveState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  const version = baseVersionSchema.safeParse(baseVersion);
  if (!version.success) return { message: 'Invalid request: reload the page.' };
  return attempt(() => updateLivePage(user, parsed, version.data), 'Updated. The public page now shows this text.', 'The live page was not changed.');
}

export type DiscardState = { ok: true; message: string; version: number; fields: RecapFields; body: string } | { ok?: false; message: string };

/** Discard changes: the working copy goes back to the live text, as a new version (the discarded text stays in the history). */
export async function discardChangesAction(id: number, baseVersion: unknown): Promise<DiscardState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return { message: NO_RECAP.message! };
  const version = baseVersionSchema.safeParse(baseVersion);
  if (!version.success) return { message: 'Invalid request: reload the page.' };
  try {
    const result = await discardRecapChanges(user, parsed, version.data);
    if (!result.ok) return { message: 'Someone saved this recap meanwhile, so nothing was discarded. Reload the page and try again.' };
    // Read back rather than rebuilt: the editor continues from exactly what is stored.
    const now = await getEditorRecap(parsed);
    if (!now) return { message: NO_RECAP.message! };
    return { ok: true, message: 'Changes discarded. The editor shows the live text again.', version: now.version, fields: now.fields, body: now.body };
  } catch (error) {
    if (error instanceof InvalidTransitionError || error instanceof NotFoundError) return { message: error.message };
    const denied = refusalMessage(error);
    if (denied) return { message: denied };
    throw error;
  }
}

export async function deleteAction(id: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  if (!(form instanceof FormData) || form.get('confirm') !== 'delete') return { fieldErrors: { confirm: 'type "delete" to confirm' } };
  const result = await attempt(() => deleteRecapDraft(user, parsed), 'Deleted.');
  if (!result.ok) return result;
  redirect('/admin');
}

export async function createPreviewLinkAction(id: number): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  let token: string | null;
  try {
    token = parsed === null ? null : await createPreviewLink(user, parsed);
  } catch (error) {
    const denied = refusalMessage(error);
    if (denied) return { message: denied };
    throw error;
  }
  if (!token) return NO_RECAP;
  return { ok: true, result: `${env.siteUrl}/preview/${token}`, message: 'Preview link created. It expires in 7 days.' };
}

export async function revokePreviewLinksAction(id: number): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  let count: number;
  try {
    count = await revokePreviewLinks(user, parsed);
  } catch (error) {
    const denied = refusalMessage(error);
    if (denied) return { message: denied };
    throw error;
  }
  return { ok: true, message: count ? `Revoked ${count} preview link${count === 1 ? '' : 's'}.` : 'There was no active preview link.' };
}
