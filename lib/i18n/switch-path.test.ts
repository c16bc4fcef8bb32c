import { describe, expect, it } from 'vitest';
import { samePageIn } from './switch-path';

describe('samePageIn', () => {
  it('adds and removes the prefix of the non-default locale', () => {
    expect(samePageIn('/', 'en', 'zh', 'en')).toBe('/zh');
    expect(samePageIn('/zh', 'zh', 'en', 'en')).toBe('/');
    expect(samePageIn('/speakers/zhang-shanyou', 'en', 'zh', 'en')).toBe('/zh/speakers/zhang-shanyou');
    expect(samePageIn('/zh/tags/kubernetes', 'zh', 'en', 'en')).toBe('/tags/kubernetes');
  });

  it('works the other way round when Chinese is the default', () => {
    expect(samePageIn('/recaps', 'zh', 'en', 'zh')).toBe('/en/recaps');
    expect(samePageIn('/en/recaps', 'en', 'zh', 'zh')).toBe('/recaps');
    expect(samePageIn('/en', 'en', 'zh', 'zh')).toBe('/');
  });

  it('does not strip a prefix that is only the start of a word', () => {
    expect(samePageIn('/zhongguo', 'zh', 'en', 'en')).toBe('/zhongguo');
  });
});
