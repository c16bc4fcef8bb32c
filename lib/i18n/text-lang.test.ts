import { describe, expect, it } from 'vitest';
import { langIfOther, otherScriptLang } from './text-lang';

describe('otherScriptLang', () => {
  it('marks a name in the other script, and nothing in the page language', () => {
    expect(otherScriptLang('张善友', 'en')).toBe('zh-CN');
    expect(otherScriptLang('张善友', 'zh')).toBeUndefined();
    expect(otherScriptLang('Michael Yuan', 'zh')).toBe('en');
    expect(otherScriptLang('Michael Yuan', 'en')).toBeUndefined();
    expect(otherScriptLang('2023', 'zh')).toBeUndefined();
  });
});

describe('langIfOther', () => {
  it('gives the BCP 47 tag of the other language only', () => {
    expect(langIfOther('zh', 'en')).toBe('zh-CN');
    expect(langIfOther('en', 'en')).toBeUndefined();
  });
});
