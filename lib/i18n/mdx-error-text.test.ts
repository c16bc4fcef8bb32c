import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { compileBody } from '@/lib/mdx/compile';
import { messages, type Worded } from '@/lib/mdx/error-messages';
import { messagesFor } from './messages';
import { mdxErrorText, type MdxErrorTranslator } from './mdx-error-text';
import type { Locale } from './locales';

const translator = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: 'mdxErrors' }) as unknown as MdxErrorTranslator;
const en = translator('en');
const zh = translator('zh');
const say = (t: MdxErrorTranslator, w: Worded) => mdxErrorText(t, { code: w.code, args: w.args, message: w.text });

/** Every message of the catalog, with arguments that take each of its branches. */
const EVERY: Worded[] = [
  messages.missingTagEnd('Talk'),
  messages.missingTagEnd('Figure'),
  messages.unclosed('Callout', 'block'),
  ...(['paragraph', 'quote', 'list'] as const).map((where) => messages.unclosed('Callout', where)),
  messages.closeWithoutOpen('Talk'),
  messages.mismatch('Talks', 'Talk', 1234),
  messages.crossing('Talk'),
  messages.attributeInClosingTag('Talk'),
  messages.attributeQuotes('title', 'Talk', 'Kafka'),
  messages.unclosedQuote('title', 'Talk'),
  messages.strayQuote('Talk'),
  messages.badTagCharacter('!', 'Figure'),
  messages.braces(),
  messages.attributeBraces('title', 'Talk'),
  messages.spreadAttribute('Talk'),
  messages.esm(),
  ...['a', 'b', 'strong', 'i', 'em', 'p', 'div', 'span', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'code', 'pre', 'blockquote', 'hr', 'table'].map((tag) =>
    messages.unknownComponent(tag),
  ),
  messages.unknownComponent('Image'),
  messages.unknownComponent('Zebra'),
  messages.fragment(),
  messages.forbiddenTag('script'),
  messages.htmlImage(),
  messages.htmlBreak(),
  messages.htmlComment(),
  messages.bareLessThan(),
  messages.angleLink(),
  messages.lazyLine(),
  messages.missingAlt(),
  messages.flagWithValue('decorative', 'Figure'),
  messages.unknownAttribute('class', 'Gallery', []),
  messages.unknownAttribute('speaker', 'Talk', ['title', 'speakers']),
  messages.unknownAttribute('zzz', 'Talk', ['title', 'speakers']),
  messages.attributeNeedsValue('title', 'Talk'),
  messages.eventHandler('onClick'),
  messages.nestedTalk(),
  messages.talkNotTopLevel({ tag: 'Callout' }),
  messages.talkNotTopLevel({ container: 'blockquote' }),
  messages.talkNotTopLevel({ container: 'listItem' }),
  messages.talkNotTopLevel({ container: 'table' }),
  messages.speakersEmpty(),
  messages.speakersMalformed('speakersUnmatchedClose', 'has a `)` without a matching `(`'),
  messages.speakersMalformed('speakersNoName', 'has a speaker without a name before "(Role)"', { part: '(Role)' }),
  messages.talkLink('slides', 'ftp://x'),
  messages.unreadable(null),
  messages.unreadable('}'),
];

describe('the MDX error catalog in both languages', () => {
  it('the English catalog says exactly what content:check prints', () => {
    for (const worded of EVERY) expect(say(en, worded), worded.code).toBe(worded.text);
  });

  it('the Chinese catalog words every message, keeping names, values and line numbers', () => {
    for (const worded of EVERY) {
      const text = say(zh, worded);
      expect(text, worded.code).not.toBe(worded.text);
      expect(text, worded.code).toMatch(/[\u4e00-\u9fff]/);
      // `where`, `hint` and `container` choose a wording; every other argument is quoted from the text.
      for (const [key, value] of Object.entries(worded.args ?? {})) {
        if (!['where', 'hint', 'container'].includes(key)) expect(text, `${worded.code} keeps ${key}`).toContain(String(value));
      }
    }
    expect(say(zh, messages.mismatch('Talks', 'Talk', 1234))).toContain('第 1234 行');
  });

  it('a slip in the editor reads in Chinese at the same line and column', () => {
    const result = compileBody('Intro.\n\n<Talk title="Kafka at scale" speakers="Ada"\n\nWe learned a lot.\n', 10);
    if (result.ok) expect.fail('expected a syntax error');
    const [d] = result.diagnostics;
    expect([d.line, d.column]).toEqual([13, 1]);
    expect(mdxErrorText(en, d)).toBe('The `<Talk` tag is not finished: add `>` after its last attribute.');
    expect(mdxErrorText(zh, d)).toBe('`<Talk` 标签没有写完：请在最后一个属性后加上 `>`。');
  });

  it('keeps the English of a diagnostic the catalog does not word', () => {
    expect(mdxErrorText(zh, { message: 'body is 501 KB; the limit is 500 KB' })).toBe('body is 501 KB; the limit is 500 KB');
    expect(mdxErrorText(zh, { code: 'noSuchCode', message: 'Something.' })).toBe('Something.');
  });
});
