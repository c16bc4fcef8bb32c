'use client';

import { useTranslations } from 'next-intl';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { useKeptForm } from './use-kept-form';

export function ChangePasswordForm({
  action,
  email,
  minLength,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  email: string;
  minLength: number;
}) {
  const t = useTranslations('admin.account');
  const { state, pending, form } = useKeptForm(action);
  const e = state.fieldErrors ?? {};
  return (
    <form {...form} aria-describedby="change-password-note" className="mt-4 space-y-4">
      <FormError message={e.form ?? state.message} />
      {/* For password managers: which account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="current" label={t('currentPassword')} type="password" autoComplete="current-password" required error={e.current} />
      <Field
        name="password"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        error={e.password}
        hint={t('passwordHint', { min: minLength })}
      />
      <Field name="confirm" label={t('repeatPassword')} type="password" autoComplete="new-password" required error={e.confirm} />
      <SubmitButton pending={pending}>{t('changePassword')}</SubmitButton>
    </form>
  );
}
