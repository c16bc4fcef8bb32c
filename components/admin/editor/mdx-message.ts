import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { mdxErrorText, type MdxErrorTranslator } from '@/lib/i18n/mdx-error-text';

/** The diagnostics with their messages in the admin locale (`mdxErrors`), at the same lines and columns. */
export function useWordedDiagnostics(): (diagnostics: Diagnostic[]) => Diagnostic[] {
  const t = useTranslations('mdxErrors') as unknown as MdxErrorTranslator;
  return useCallback((diagnostics) => diagnostics.map((d) => (d.code ? { ...d, message: mdxErrorText(t, d) } : d)), [t]);
}
