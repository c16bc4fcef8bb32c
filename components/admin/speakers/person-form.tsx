'use client';

import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { useKeptForm } from '../use-kept-form';

export interface PersonFormLabels {
  nameEn: string;
  nameZh: string;
  aliases: string;
  homepage: string;
  github: string;
  save: string;
}

export interface PersonFormValues {
  en: string;
  zh: string;
  aliases: string;
  homepage: string;
  github: string;
  version: number;
}

/** A person's names per language, other spellings and links; what was typed stays on an error. */
export function PersonForm({
  action,
  initial,
  labels,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: PersonFormValues;
  labels: PersonFormLabels;
}) {
  const { state, pending, form } = useKeptForm(action);
  const v = (key: keyof PersonFormValues) => state.values?.[key] ?? String(initial[key]);
  return (
    <form {...form} className="space-y-3" aria-label={labels.save}>
      <FormError message={state.fieldErrors?.form} />
      <input type="hidden" name="version" value={initial.version} />
      <Field name="en" label={labels.nameEn} defaultValue={v('en')} error={state.fieldErrors?.['names.en'] ?? state.fieldErrors?.names} />
      <Field name="zh" label={labels.nameZh} lang="zh-CN" defaultValue={v('zh')} error={state.fieldErrors?.['names.zh']} />
      <div className="space-y-1">
        <label htmlFor="field-aliases" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {labels.aliases}
        </label>
        <textarea
          id="field-aliases"
          name="aliases"
          rows={3}
          defaultValue={v('aliases')}
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      <Field name="homepage" type="url" label={labels.homepage} defaultValue={v('homepage')} error={state.fieldErrors?.['links.homepage']} />
      <Field name="github" label={labels.github} defaultValue={v('github')} error={state.fieldErrors?.['links.github']} />
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
    </form>
  );
}
