'use client';

import { Field, FormError, SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';
import { useKeptForm } from './use-kept-form';

export function SetupForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const { state, pending, form } = useKeptForm(action);
  const e = state.fieldErrors ?? {};
  return (
    <form {...form} className="mt-6 space-y-4">
      <FormError message={e.form ?? state.message} />
      <Field name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.values?.email} error={e.email} />
      <Field name="name" label="Name" autoComplete="name" required defaultValue={state.values?.name} error={e.name} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required error={e.password} hint="At least 10 characters." />
      <Field name="confirm" label="Repeat password" type="password" autoComplete="new-password" required error={e.confirm} />
      <SubmitButton pending={pending}>Create admin</SubmitButton>
    </form>
  );
}
