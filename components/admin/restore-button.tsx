'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormError } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';

export function RestoreButton({ action, baseVersion }: { action: (state: FormState, form: FormData) => Promise<FormState>; baseVersion: number }) {
  const t = useTranslations('editor.history');
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" disabled={pending} className="btn-link text-sm">
        {t('restore')}
      </button>
      <FormError message={state.message} />
    </form>
  );
}
