import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { KNOWN_MESSAGES, localizeFormState, localizeMessage } from './admin-errors';
import { messagesFor } from './messages';

const english = createTranslator({ locale: 'en', messages: messagesFor('en') }) as unknown as (key: string, values?: Record<string, number>) => string;

describe('lib sentences in the admin locale', () => {
  it('each known sentence has an English catalog message that says the same', () => {
    for (const known of KNOWN_MESSAGES) {
      for (const n of [1, 7]) {
        // Words the catalog chooses by (a schema key, a status, an action); every other argument is a count.
        const words: Record<string, string> = { field: 'title', from: 'draft', action: 'publish', kind: 'gif' };
        const names = known.args ?? (!known.values ? [] : known.key.endsWith('.transition') ? ['action', 'from'] : ['kind']);
        const values = Object.fromEntries(names.map((name) => [name, words[name] ?? n])) as unknown as Record<string, number>;
        const text = english(known.key, values);
        expect(text, known.key).toMatch(known.pattern);
        const chinese = localizeMessage(text, 'zh');
        expect(chinese, known.key).not.toBe(text);
        expect(chinese, known.key).toMatch(/[\u4e00-\u9fff]/);
        for (const v of Object.values(values)) if (typeof v === 'number') expect(chinese).toContain(String(v));
      }
    }
  });

  it('translates a form answer, and leaves English and unknown sentences alone', () => {
    const state = { fieldErrors: { current: 'Too many wrong passwords. Wait 3 minutes and try again.', x: 'Something new.' }, values: { a: 'typed' } };
    expect(localizeFormState(state, 'en')).toBe(state);
    expect(localizeFormState(state, 'zh')).toEqual({
      fieldErrors: { current: '密码错误次数过多。请等待 3 分钟后再试。', x: 'Something new.' },
      values: { a: 'typed' },
    });
    // A schema key the catalog names is said in Chinese; one it does not know stays generic.
    expect(localizeMessage('title is required', 'zh')).toBe('标题为必填项');
    expect(localizeMessage('venue has at most 160 characters', 'zh')).toBe('场地最多 160 个字符');
    expect(localizeMessage('zzz is required', 'zh')).toBe('此项为必填项');
    expect(localizeMessage('Cannot update the live page of a recap that is draft', 'zh')).toBe('这篇回顾是草稿，无法更新线上页面。');
    expect(localizeMessage('Cannot unpublish a recap that is draft', 'zh')).toBe('这篇回顾是草稿，无法取消发布。');
    expect(localizeMessage('PDF files are not accepted. Upload a JPEG, PNG, WebP or AVIF image.', 'zh')).toBe(
      '不接受 PDF 文件。请上传 JPEG、PNG、WebP 或 AVIF 格式的图片。',
    );
    expect(localizeMessage('The image is 9000×9000 pixels; the limit is 50 megapixels. Scale it down and try again.', 'zh')).toContain('9000×9000');
  });
});
