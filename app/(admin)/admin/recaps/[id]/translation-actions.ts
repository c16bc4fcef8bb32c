'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { z } from 'zod';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';
import type { FormState } from '@/lib/form-state';
import { addRecapTranslation, TranslationExistsError } from '@/lib/recaps/add-translation';
import { RecapInputError } from '@/lib/recaps/mutations';

const recapIdSchema = z.coerce.number().int().positive();

/** "Add translation": a linked draft in the other language (lib/recaps/add-translation.ts), then its editor. */
export async function addTranslationAction(id: number, _state: FormState, _form: FormData): Promise<FormState> {
  void _state;
  void _form;
  const user = await requireOrganizerForAction();
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'translation' });
  const parsed = recapIdSchema.safeParse(id);
  if (!parsed.success) return { message: t('gone') };
  let created: number;
  try {
    created = await addRecapTranslation(user, parsed.data);
  } catch (error) {
    if (error instanceof TranslationExistsError) return { message: t('exists', { language: t(`language.${error.locale}`), slug: error.existing.slug }) };
    if (error instanceof RecapInputError) return { message: error.message };
    const denied = refusalMessage(error);
    if (denied) return { message: denied };
    throw error;
  }
  redirect(`/admin/recaps/${created}`);
}
