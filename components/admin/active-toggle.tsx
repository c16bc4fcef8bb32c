'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/form-state';

export function ActiveToggle({ action, label, text }: { action: () => Promise<FormState>; label: string; text: string }) {
  const [state, formAction, pending] = useActionState<FormState>(async () => action(), {});
  return (
    <form action={formAction} className="ml-2 inline">
      <button type="submit" disabled={pending} aria-label={label} className="rounded border border-zinc-300 px-2 py-0.5 text-xs dark:border-zinc-700">
        {text}
      </button>
      {state.message && !state.ok && (
        <span role="alert" className="ml-2 text-xs text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
