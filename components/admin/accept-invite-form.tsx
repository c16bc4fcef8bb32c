'use client';

import { useTranslations } from 'next-intl';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { useKeptForm } from './use-kept-form';

export function AcceptInviteForm({ action, minLength }: { action: (state: FormState, form: FormData) => Promise<FormState>; minLength: number }) {
  const t = useTranslations('auth');
  const { state, pending, form } = useKeptForm(action);
  const e = state.fieldErrors ?? {};
  return (
    <form {...form} className="mt-6 space-y-4">
      <FormError message={e.form ?? state.message} />
      <Field name="name" label={t('form.yourName')} autoComplete="name" required defaultValue={state.values?.name} error={e.name} />
      <Field
        name="password"
        label={t('form.password')}
        type="password"
        autoComplete="new-password"
        required
        error={e.password}
        hint={t('form.passwordHint', { min: minLength })}
      />
      <Field name="confirm" label={t('form.repeat')} type="password" autoComplete="new-password" required error={e.confirm} />
      <SubmitButton pending={pending}>{t('invite.submit')}</SubmitButton>
    </form>
  );
}
