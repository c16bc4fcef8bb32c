'use server';

import { redirect } from 'next/navigation';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';

import { formValues, readForm, zodErrors, type FormState } from '@/lib/form-state';
import { changeOwnPassword, UserInputError } from '@/lib/users/mutations';
import { changePasswordInputSchema } from '@/lib/users/schema';

const FIELDS = ['current', 'password', 'confirm'];

/**
 * Changes the signed-in person's own password. Every session of the account
 * ends with it (this one too), so success goes to sign-in with the email
 * filled in. Any signed-in organizer or admin, for themselves only.
 */
export async function changePasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  // All three are secrets: nothing typed is echoed back (the kept form keeps them in the browser).
  const values = formValues(form, FIELDS, FIELDS);
  const data = readForm(form);
  const parsed = changePasswordInputSchema.safeParse({ current: data.get('current'), password: data.get('password'), confirm: data.get('confirm') });
  if (!parsed.success) return { fieldErrors: zodErrors(parsed.error), values };
  try {
    await changeOwnPassword(user, parsed.data.current, parsed.data.password);
  } catch (error) {
    if (error instanceof UserInputError) return { fieldErrors: error.fieldErrors, values };
    const denied = refusalMessage(error);
    if (denied) return { fieldErrors: { form: denied }, values };
    throw error;
  }
  redirect(`/signin?email=${encodeURIComponent(user.email)}&changed=password`);
}
