'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { suggestSlug } from '@/lib/recaps/slug';
import { useKeptForm } from './use-kept-form';

export function NewRecapForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations('editor');
  const { state, pending, form } = useKeptForm(action);
  const e = state.fieldErrors ?? {};
  const [title, setTitle] = useState(state.values?.title ?? '');
  const [date, setDate] = useState(state.values?.date ?? '');
  const [slug, setSlug] = useState(state.values?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(Boolean(state.values?.slug));
  const shownSlug = slugTouched ? slug : title ? suggestSlug(title, date || undefined) : '';
  return (
    <form {...form} className="mt-6 space-y-4">
      <FormError message={e.form ?? state.message} />
      <Field name="title" label={t('fields.title')} required value={title} onChange={(ev) => setTitle(ev.target.value)} error={e.title} />
      <Field name="date" label={t('fields.date')} type="date" required value={date} onChange={(ev) => setDate(ev.target.value)} error={e.date} />
      <Field
        name="slug"
        label={t('fields.slug')}
        required
        value={shownSlug}
        onChange={(ev) => {
          setSlugTouched(true);
          setSlug(ev.target.value);
        }}
        error={e.slug}
        hint={t('newRecap.slugHint')}
      />
      <div className="space-y-1">
        <label htmlFor="field-locale" className="block text-sm font-medium">
          {t('newRecap.language')}
        </label>
        <select
          id="field-locale"
          name="locale"
          defaultValue={state.values?.locale ?? 'en'}
          className="rounded-md border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value="en">{t('form.localeEn')}</option>
          <option value="zh">{t('form.localeZh')}</option>
        </select>
      </div>
      <div>
        <label className="flex items-start gap-2 text-sm font-medium">
          <input
            type="checkbox"
            id="field-announcement"
            name="announcement"
            value="true"
            defaultChecked={state.values?.announcement === 'true'}
            aria-describedby="field-announcement-hint"
            className="mt-0.5"
          />
          {t('event.newRecap.announcement')}
        </label>
        <p id="field-announcement-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {t('event.newRecap.announcementHint')}
        </p>
      </div>
      <SubmitButton pending={pending}>{t('newRecap.create')}</SubmitButton>
    </form>
  );
}
