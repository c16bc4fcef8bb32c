'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';

/** The editor's "Add translation" button; its strings come as props (no catalog in the client). */
export function AddTranslationButton({
  action,
  labels,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: { add: string; adding: string; help: string };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{labels.help}</p>
      <SubmitButton pending={pending}>{pending ? labels.adding : labels.add}</SubmitButton>
      {state.message && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
