'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';
import { readForm, type FormState } from '@/lib/form-state';
import { restoreRecapRevision } from '@/lib/recaps/restore-revision';
import { getTranslations } from 'next-intl/server';
import { localizeMessage } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

const ids = z.object({ id: z.number().int().positive(), revisionId: z.number().int().positive(), baseVersion: z.coerce.number().int().positive() });

/** Restores a revision as a new version (so the restore itself can be undone). */
export async function restoreRevisionAction(id: number, revisionId: number, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const locale = await getAdminLocale();
  const parsed = ids.safeParse({ id, revisionId, baseVersion: readForm(form).get('baseVersion') });
  if (!parsed.success) return { message: (await getTranslations({ locale, namespace: 'editor.history' }))('invalid') };
  let result: Awaited<ReturnType<typeof restoreRecapRevision>>;
  try {
    result = await restoreRecapRevision(user, parsed.data.id, parsed.data.revisionId, parsed.data.baseVersion);
  } catch (error) {
    const denied = refusalMessage(error);
    if (denied) return { message: localizeMessage(denied, locale) };
    throw error;
  }
  if (!result.ok) return { message: localizeMessage(result.message, locale) };
  redirect(`/admin/recaps/${parsed.data.id}`);
}
