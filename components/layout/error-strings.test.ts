import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import { ERROR_STRINGS } from './error-strings';

describe('ERROR_STRINGS', () => {
  it('are the catalogs’ errors.failed, word for word', () => {
    expect(ERROR_STRINGS.en).toEqual(en.errors.failed);
    expect(ERROR_STRINGS.zh).toEqual(zh.errors.failed);
  });
});
