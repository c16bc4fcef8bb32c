import { createTranslator } from 'next-intl';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { describeProblems } from '@/lib/recaps/validation-gate';
import { localizeMessage } from './admin-errors';
import type { Locale } from './locales';
import { messagesFor } from './messages';
import { mdxErrorText, type MdxErrorTranslator } from './mdx-error-text';

/**
 * Why the publish gate refused, one line per problem, in the admin locale:
 * field errors, then the body's diagnostics at their line and column (worded
 * from `mdxErrors` when the catalog has them). English is exactly what
 * `describeProblems` says, as `content:check` does.
 */
export function localizeProblems(result: { fieldErrors: Record<string, string>; diagnostics: Diagnostic[] }, locale: Locale): string[] {
  if (locale === 'en') return describeProblems(result);
  const messages = messagesFor(locale);
  const mdx = createTranslator({ locale, messages, namespace: 'mdxErrors' }) as unknown as MdxErrorTranslator;
  const at = createTranslator({ locale, messages, namespace: 'editor.diagnostics' });
  return [
    ...Object.values(result.fieldErrors).map((message) => localizeMessage(message, locale)),
    ...result.diagnostics
      .filter((d) => !d.field || !(d.field in result.fieldErrors))
      .map((d) => at('at', { line: String(d.line), column: String(d.column), message: d.code ? mdxErrorText(mdx, d) : localizeMessage(d.message, locale) })),
  ];
}
