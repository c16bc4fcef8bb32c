'use client';

import { useTranslations } from 'next-intl';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { CopyButton } from './copy-button';
import { useKeptForm } from './use-kept-form';

export function InviteForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  // Cleared after a successful invite, so the next one starts empty; kept when refused.
  const t = useTranslations('admin.people');
  const { state, pending, form } = useKeptForm(action, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form {...form} className="mt-4 space-y-3">
      <FormError message={e.form} />
      <Field name="email" label={t('email')} type="email" required defaultValue={state.ok ? '' : state.values?.email} error={e.email} />
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium">
          {t('inviteRole')}
        </label>
        <select
          id="invite-role"
          name="role"
          defaultValue={state.ok ? 'organizer' : (state.values?.role ?? 'organizer')}
          className="rounded-md border border-zinc-300 px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        >
          <option value="organizer">{t('roleOrganizer')}</option>
          <option value="admin">{t('roleAdmin')}</option>
        </select>
      </div>
      <SubmitButton pending={pending}>{t('createInvite')}</SubmitButton>
      {state.ok && state.result && (
        <div className="space-y-1 text-sm">
          <p role="status">{state.message}</p>
          <label htmlFor="invite-link" className="block text-sm font-medium">
            {t('inviteLink')}
          </label>
          <input
            id="invite-link"
            readOnly
            value={state.result}
            onFocus={(ev) => ev.currentTarget.select()}
            className="w-full rounded border border-zinc-300 px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
            data-testid="invite-link"
          />
          <CopyButton text={state.result} label={t('copyInvite')} fallbackId="invite-link" />
        </div>
      )}
    </form>
  );
}
