'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActionUser } from '@/lib/auth/session';
import type { FormState } from '@/lib/form-state';
import { deleteRecapDraft, publishRecap, RecapInputError, scheduleRecap, unpublishRecap } from '@/lib/recaps/mutations';
import { createPreviewLink, revokePreviewLinks } from '@/lib/recaps/preview-links';
import { parseScheduleInput } from '@/lib/recaps/schedule-input';
import { InvalidTransitionError, NotFoundError } from '@/lib/store/errors';
import { env } from '@/lib/env';

const recapIdSchema = z.coerce.number().int().positive();

/** The bound id, checked: an attacker can call an action with anything. */
function recapId(value: unknown): number | null {
  const parsed = recapIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const NO_RECAP: FormState = { message: 'This recap no longer exists.' };

/** Turns the lib's refusals into messages for the person; anything else is a bug and propagates. */
async function attempt(run: () => Promise<unknown>, done: string): Promise<FormState> {
  try {
    await run();
    return { ok: true, message: done };
  } catch (error) {
    if (error instanceof RecapInputError) {
      const problems = [...Object.values(error.fieldErrors), ...error.diagnostics.map((d) => `line ${d.line}, column ${d.column}: ${d.message}`)];
      return { message: `Fix these first: ${problems.slice(0, 5).join('; ')}` };
    }
    if (error instanceof InvalidTransitionError || error instanceof NotFoundError) return { message: error.message };
    throw error;
  }
}

export async function publishAction(id: number): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  return attempt(() => publishRecap(user, parsed), 'Published. The public page is live.');
}

export async function scheduleAction(id: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  // The browser sends local time with its UTC offset in minutes, so the schedule is exact.
  const input = parseScheduleInput(form, new Date());
  if (!input.ok) return { fieldErrors: input.fieldErrors, values: input.values };
  const { when } = input;
  return attempt(() => scheduleRecap(user, parsed, when), `Scheduled for ${when.toUTCString()}.`);
}

export async function unpublishAction(id: number): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  return attempt(() => unpublishRecap(user, parsed), 'Unpublished. The recap is a draft again and its page answers 404.');
}

export async function deleteAction(id: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  if (!(form instanceof FormData) || form.get('confirm') !== 'delete') return { fieldErrors: { confirm: 'type "delete" to confirm' } };
  const result = await attempt(() => deleteRecapDraft(user, parsed), 'Deleted.');
  if (!result.ok) return result;
  redirect('/admin');
}

export async function createPreviewLinkAction(id: number): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = recapId(id);
  const token = parsed === null ? null : await createPreviewLink(user, parsed);
  if (!token) return NO_RECAP;
  return { ok: true, result: `${env.siteUrl}/preview/${token}`, message: 'Preview link created. It expires in 7 days.' };
}

export async function revokePreviewLinksAction(id: number): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = recapId(id);
  if (parsed === null) return NO_RECAP;
  const count = await revokePreviewLinks(user, parsed);
  return { ok: true, message: count ? `Revoked ${count} preview link${count === 1 ? '' : 's'}.` : 'There was no active preview link.' };
}
