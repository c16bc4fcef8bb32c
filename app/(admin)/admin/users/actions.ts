'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireAdminForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';

import { env } from '@/lib/env';
import { formValues, zodErrors, type FormState } from '@/lib/form-state';
import { getTranslations } from 'next-intl/server';
import { localizeFormState } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { inviteInputSchema, revokeInviteInputSchema } from '@/lib/users/schema';
import { inviteUser, revokeInvite, setPersonActive, UserInputError } from '@/lib/users/mutations';

/** Creates an invite and returns its link to copy (there is no mail server). Admins only. */
export async function inviteAction(_state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireAdminForAction();
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin.people' });
  const values = formValues(form, ['email', 'role']);
  const parsed = inviteInputSchema.safeParse(values);
  if (!parsed.success) return localizeFormState({ fieldErrors: zodErrors(parsed.error), values }, locale);
  try {
    const token = await inviteUser(admin, parsed.data.email, parsed.data.role);
    revalidatePath('/admin/users');
    return {
      ok: true,
      result: `${env.siteUrl}/invite/${token}`,
      message: t('inviteCreated', { email: parsed.data.email }),
    };
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ fieldErrors: error.fieldErrors, values }, locale);
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ fieldErrors: { form: denied }, values }, locale);
    throw error;
  }
}

/** Revokes a pending invite (its id bound on the server page); the link stops working at once. Admins only. */
export async function revokeInviteAction(inviteId: number): Promise<FormState> {
  const admin = await requireAdminForAction();
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin.people' });
  const parsed = revokeInviteInputSchema.safeParse({ inviteId });
  if (!parsed.success) return { message: t('inviteNotFound') };
  try {
    await revokeInvite(admin, parsed.data.inviteId);
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ message: error.message }, locale);
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ message: denied }, locale);
    throw error;
  }
  revalidatePath('/admin/users');
  return { ok: true };
}

const activeInput = z.object({ userId: z.number().int().positive(), active: z.boolean() });

/** Deactivates or reactivates a person; a deactivated person's session stops on its next request. Admins only. */
export async function setActiveAction(userId: number, active: boolean): Promise<FormState> {
  const admin = await requireAdminForAction();
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin.people' });
  const parsed = activeInput.safeParse({ userId, active });
  if (!parsed.success) return { message: t('personNotFound') };
  try {
    await setPersonActive(admin, parsed.data.userId, parsed.data.active);
  } catch (error) {
    if (error instanceof UserInputError) return localizeFormState({ message: error.message }, locale);
    const denied = refusalMessage(error);
    if (denied) return localizeFormState({ message: denied }, locale);
    throw error;
  }
  revalidatePath('/admin/users');
  return { ok: true };
}
