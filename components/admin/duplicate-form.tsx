'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';

export function DuplicateForm({ action, suggestion }: { action: (state: FormState, form: FormData) => Promise<FormState>; suggestion: string }) {
  const t = useTranslations('editor.duplicate');
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-6 space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <FormError message={state.fieldErrors?.form} />
      <Field name="slug" label={t('slug')} required defaultValue={state.values?.slug ?? suggestion} error={state.fieldErrors?.slug} />
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
