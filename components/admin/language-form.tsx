'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { useKeptForm } from './use-kept-form';

/** The Account page's language choice: English, Chinese, or the browser's language (""). */
export function LanguageForm({
  action,
  current,
  saved,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  current: '' | 'en' | 'zh';
  saved: boolean;
}) {
  const t = useTranslations('admin.account');
  const { state, pending, form } = useKeptForm(action);
  const e = state.fieldErrors ?? {};
  // A full load, not a client-side navigation: the root layout (html lang, this provider's catalog) must change language too.
  useEffect(() => {
    if (state.ok && state.result?.startsWith('/admin/')) window.location.assign(state.result);
  }, [state]);
  return (
    <form {...form} aria-describedby="language-note" className="mt-4 space-y-3" data-testid="language-form">
      <FormError message={e.form} />
      <div className="space-y-1">
        <label htmlFor="field-locale" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {t('languageLabel')}
        </label>
        <select
          id="field-locale"
          name="locale"
          defaultValue={current}
          aria-invalid={e.locale ? true : undefined}
          aria-describedby={e.locale ? 'field-locale-error' : undefined}
          className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value="">{t('languageBrowser')}</option>
          <option value="en" lang="en">
            {t('languageEn')}
          </option>
          <option value="zh" lang="zh-CN">
            {t('languageZh')}
          </option>
        </select>
        <p id="field-locale-error" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
          {e.locale}
        </p>
      </div>
      <SubmitButton pending={pending}>{t('languageSave')}</SubmitButton>
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {saved && !state.fieldErrors ? t('languageSaved') : ''}
      </p>
    </form>
  );
}
