'use server';

import { redirect } from 'next/navigation';
import { formValues, readForm, zodErrors, type FormState } from '@/lib/form-state';
import { localizeFormState } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { accountInputSchema } from '@/lib/users/schema';
import { acceptInvite, UserInputError } from '@/lib/users/mutations';

/** Sets up an account from an invite link; the token (bound on the server page) is the authorization. */
export async function acceptInviteAction(token: string, _state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['name', 'password', 'confirm'], ['password', 'confirm']);
  const parsed = accountInputSchema.safeParse({ name: values.name, password: readForm(form).get('password'), confirm: readForm(form).get('confirm') });
  if (!parsed.success) return localizeFormState({ fieldErrors: zodErrors(parsed.error), values }, await getAdminLocale());
  let email: string;
  try {
    email = (await acceptInvite(String(token), parsed.data)).email;
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ fieldErrors: error.fieldErrors, message: error.message, values }, await getAdminLocale());
    throw error;
  }
  redirect(`/signin?email=${encodeURIComponent(email)}&created=account`);
}
