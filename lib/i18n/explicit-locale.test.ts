import { describe, expect, it } from 'vitest';
import { appSourceFiles } from '@/lib/testing/source-files';

/**
 * A server component that asks next-intl for its translations without a
 * locale makes next-intl read a request header: a public page turns dynamic
 * (never cached), and an admin page falls back to the default locale instead
 * of the organizer's. Every server-side call names its locale.
 */
describe('translations name their locale', () => {
  it('no getTranslations / getFormatter / getMessages call without { locale }', () => {
    const offenders: string[] = [];
    for (const { file, text } of appSourceFiles()) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      for (const [line, content] of text.split('\n').entries()) {
        if (/\b(getTranslations|getFormatter|getMessages|getNow|getTimeZone)\((?!\s*\{[^}]*\blocale\b)/.test(content) && !/import|function /.test(content))
          offenders.push(`${file}:${line + 1}: ${content.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
