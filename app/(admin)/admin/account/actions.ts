'use server';

import { redirect } from 'next/navigation';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';
import { localizeFormState } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { formValues, readForm, zodErrors, type FormState } from '@/lib/form-state';
import { changeOwnPassword, setOwnLocale, UserInputError } from '@/lib/users/mutations';
import { changePasswordInputSchema, localeSettingInputSchema } from '@/lib/users/schema';

const FIELDS = ['current', 'password', 'confirm'];

/**
 * Changes the signed-in person's own password. Every session of the account
 * ends with it (this one too), so success goes to sign-in with the email
 * filled in. Any signed-in organizer or admin, for themselves only.
 */
export async function changePasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const locale = await getAdminLocale();
  // All three are secrets: nothing typed is echoed back (the kept form keeps them in the browser).
  const values = formValues(form, FIELDS, FIELDS);
  const data = readForm(form);
  const parsed = changePasswordInputSchema.safeParse({ current: data.get('current'), password: data.get('password'), confirm: data.get('confirm') });
  if (!parsed.success) return localizeFormState({ fieldErrors: zodErrors(parsed.error), values }, locale);
  try {
    await changeOwnPassword(user, parsed.data.current, parsed.data.password);
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ fieldErrors: error.fieldErrors, values }, locale);
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ fieldErrors: { form: denied }, values }, locale);
    throw error;
  }
  redirect(`/signin?email=${encodeURIComponent(user.email)}&changed=password`);
}

/**
 * Sets the signed-in person's admin language (`en`, `zh`, or "" to follow the
 * browser). Answers `ok`, and the form then loads the Account page afresh: a
 * redirect would be a client-side navigation, which keeps the root layout
 * (`<html lang>`, the catalog of the client provider) in the old language.
 * Any signed-in organizer or admin, for themselves only.
 */
export async function setLanguageAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const locale = await getAdminLocale();
  const parsed = localeSettingInputSchema.safeParse({ locale: readForm(form).get('locale') ?? '' });
  if (!parsed.success) return localizeFormState({ fieldErrors: zodErrors(parsed.error) }, locale);
  try {
    await setOwnLocale(user, parsed.data.locale);
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ fieldErrors: error.fieldErrors }, locale);
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ fieldErrors: { form: denied } }, locale);
    throw error;
  }
  return { ok: true, result: ACCOUNT_SAVED };
}

/** Where the form goes once the language is saved (a full page load). */
const ACCOUNT_SAVED = '/admin/account?saved=language';
