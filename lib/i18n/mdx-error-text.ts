import type { Diagnostic } from '@/lib/mdx/diagnostic';

/** The part of a next-intl translator for `mdxErrors` that this needs (useTranslations or createTranslator). */
export interface MdxErrorTranslator {
  (key: string, values?: Record<string, string>): string;
  has: (key: string) => boolean;
}

/**
 * A diagnostic's message in the translator's language: the catalog's
 * `mdxErrors.<code>` with the diagnostic's arguments, or the English message
 * for a diagnostic the catalog has no wording of. Arguments go in as text, so
 * a line number reads `1234`, not `1,234`.
 */
export function mdxErrorText(t: MdxErrorTranslator, diagnostic: Pick<Diagnostic, 'code' | 'args' | 'message'>): string {
  if (!diagnostic.code || !t.has(diagnostic.code)) return diagnostic.message;
  const values = Object.fromEntries(Object.entries(diagnostic.args ?? {}).map(([k, v]) => [k, String(v)]));
  try {
    return t(diagnostic.code, values);
  } catch {
    // A wording that cannot take these arguments must not hide the problem.
    return diagnostic.message;
  }
}
