import { describe, expect, it } from 'vitest';
import { compileBody } from '@/lib/mdx/compile';
import { describeProblems } from '@/lib/recaps/validation-gate';
import { localizeProblems } from './admin-problems';

describe('localizeProblems', () => {
  const compiled = compileBody('Intro.\n\n<Talk title="T" speakers="Ada"\n\nText.\n', 10);
  const result = { fieldErrors: { city: 'city is required' }, diagnostics: compiled.ok ? [] : compiled.diagnostics };

  it('says in English exactly what the publish gate says', () => {
    expect(localizeProblems(result, 'en')).toEqual(describeProblems(result));
  });

  it('says it in Chinese with the same line and column', () => {
    expect(localizeProblems(result, 'zh')).toEqual(['城市为必填项', '第 13 行，第 1 列：`<Talk` 标签没有写完：请在最后一个属性后加上 `>`。']);
  });
});
