'use client';

import type { ReactNode } from 'react';
import { FormError } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { ConfirmButton } from '../confirm-button';
import { useKeptForm } from '../use-kept-form';

export interface ConfirmLabels {
  button: string;
  question: string;
  confirm: string;
}

/**
 * A form that asks before it submits (merge, split: they move talks between
 * pages and add redirects). The fields are `children`; what was typed stays
 * on an error.
 */
export function ConfirmedForm({
  action,
  labels,
  children,
  name,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: ConfirmLabels;
  children: (state: FormState) => ReactNode;
  name: string;
}) {
  const { state, pending, form } = useKeptForm(action);
  return (
    <form {...form} aria-label={name} className="space-y-3">
      <FormError message={state.fieldErrors?.form} />
      {children(state)}
      <ConfirmButton
        label={labels.button}
        question={labels.question}
        confirmLabel={labels.confirm}
        pending={pending}
        onConfirm={() => form.ref.current?.requestSubmit()}
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold dark:border-zinc-700"
        confirmClassName="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white"
      />
    </form>
  );
}
