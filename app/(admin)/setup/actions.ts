'use server';

import { redirect } from 'next/navigation';
import { formValues, readForm, zodErrors, type FormState } from '@/lib/form-state';
import { localizeFormState } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { setupInputSchema } from '@/lib/users/schema';
import { createFirstAdmin, UserInputError } from '@/lib/users/mutations';

/** Creates the first admin. Needs no session, and works only while no account exists (checked in lib). */
export async function setupAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['email', 'name', 'password', 'confirm'], ['password', 'confirm']);
  const parsed = setupInputSchema.safeParse({ ...values, password: readForm(form).get('password'), confirm: readForm(form).get('confirm') });
  if (!parsed.success) return localizeFormState({ fieldErrors: zodErrors(parsed.error), values }, await getAdminLocale());
  try {
    await createFirstAdmin(parsed.data);
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ fieldErrors: error.fieldErrors, message: error.message, values }, await getAdminLocale());
    throw error;
  }
  redirect(`/signin?email=${encodeURIComponent(parsed.data.email)}&created=admin`);
}
