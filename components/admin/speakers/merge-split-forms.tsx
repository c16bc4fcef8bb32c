'use client';

import { Field } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { ConfirmedForm } from './confirmed-form';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Merge another speaker page into this one, after a confirmation. */
export function MergeForm({ action, labels }: { action: Action; labels: { from: string; button: string; question: string; confirm: string; name: string } }) {
  return (
    <ConfirmedForm action={action} labels={labels} name={labels.name}>
      {(state) => <Field name="from" label={labels.from} required defaultValue={state.values?.from ?? ''} error={state.fieldErrors?.from} />}
    </ConfirmedForm>
  );
}

/** Tick the names that are another person and give their page's slug, after a confirmation. */
export function SplitForm({
  action,
  names,
  labels,
}: {
  action: Action;
  names: string[];
  labels: { names: string; slug: string; button: string; question: string; confirm: string; name: string };
}) {
  return (
    <ConfirmedForm action={action} labels={labels} name={labels.name}>
      {(state) => (
        <>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">{labels.names}</legend>
            {names.map((n) => (
              <label key={n} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="names" value={n} /> {n}
              </label>
            ))}
            {state.fieldErrors?.names && <p className="text-sm text-red-700 dark:text-red-400">{state.fieldErrors.names}</p>}
          </fieldset>
          <Field name="newSlug" label={labels.slug} required defaultValue={state.values?.newSlug ?? ''} error={state.fieldErrors?.newSlug} />
        </>
      )}
    </ConfirmedForm>
  );
}
