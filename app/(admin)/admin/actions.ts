'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';

import { formValues, zodErrors, type FormState } from '@/lib/form-state';
import { localizeFormState } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { EMPTY_FIELDS } from '@/lib/recaps/editor-fields';
import { createRecapDraft, RecapInputError } from '@/lib/recaps/mutations';
import { duplicateFileRecap } from '@/lib/recaps/duplicate';
import { NEW_RECAP_TEMPLATE } from '@/lib/recaps/new-recap-template';

const newRecapSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(160, 'Use at most 160 characters.'),
  slug: z.string().trim().min(1, 'Enter a slug.').max(100, 'Use at most 100 characters.'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the event date.'),
  locale: z.enum(['en', 'zh'], { error: 'Choose a language.' }),
  // A checkbox: "true" when checked, absent otherwise. An announcement may be dated after the day it goes live.
  announcement: z.enum(['', 'true']).catch(''),
});

/** Creates a draft and opens it in the editor. */
export async function createRecapAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const values = formValues(form, ['title', 'slug', 'date', 'locale', 'announcement']);
  const parsed = newRecapSchema.safeParse(values);
  if (!parsed.success) return localizeFormState({ fieldErrors: zodErrors(parsed.error), values }, await getAdminLocale());
  let id: number;
  try {
    id = (await createRecapDraft(user, { ...EMPTY_FIELDS, ...parsed.data, author: user.name }, NEW_RECAP_TEMPLATE)).id;
  } catch (error) {
    if (error instanceof RecapInputError) return localizeFormState({ fieldErrors: error.fieldErrors, values }, await getAdminLocale());
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ fieldErrors: { form: denied }, values }, await getAdminLocale());
    throw error;
  }
  redirect(`/admin/recaps/${id}`);
}

/** Copies a git-managed recap into a new database draft. */
export async function duplicateFileRecapAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const values = formValues(form, ['slug']);
  const newSlug = z.string().trim().min(1, 'Enter a slug.').max(100, 'Use at most 100 characters.').safeParse(values.slug);
  if (!newSlug.success) return localizeFormState({ fieldErrors: { slug: newSlug.error.issues[0].message }, values }, await getAdminLocale());
  let id: number;
  try {
    id = await duplicateFileRecap(user, String(slug), newSlug.data);
  } catch (error) {
    if (error instanceof RecapInputError) return localizeFormState({ fieldErrors: error.fieldErrors, values }, await getAdminLocale());
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ fieldErrors: { form: denied }, values }, await getAdminLocale());
    throw error;
  }
  redirect(`/admin/recaps/${id}`);
}
