import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from './schema';
import { findDuplicateTranslations } from './translation-groups';

const fm = {
  title: 'T',
  date: '2024-05-01',
  city: 'Shanghai',
  community: 'C',
  description: 'D',
  locale: 'en',
  published: '2024-05-02',
  author: 'A',
};

describe('translationKey in the front matter', () => {
  it('is optional and slug-like', () => {
    expect(frontMatterSchema.safeParse(fm).success).toBe(true);
    expect(frontMatterSchema.parse({ ...fm, translationKey: 'shanghai-2024-05' }).translationKey).toBe('shanghai-2024-05');
  });

  it.each(['Shanghai', 'a b', 'a--b', '-a', '', 'x'.repeat(81)])('refuses %j with a message naming the field', (key) => {
    const result = frontMatterSchema.safeParse({ ...fm, translationKey: key });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['translationKey']);
    expect(result.error!.issues[0].message).toMatch(/^translationKey /);
  });
});

describe('findDuplicateTranslations', () => {
  const text = (key: string) => `---\ntitle: T\ntranslationKey: ${key}\n---\n`;
  it('accepts one version per language and recaps without a key', () => {
    expect(
      findDuplicateTranslations([
        { file: 'a.mdx', text: text('k'), translationKey: 'k', locale: 'en' },
        { file: 'b.mdx', text: text('k'), translationKey: 'k', locale: 'zh' },
        { file: 'c.mdx', text: '', locale: 'zh' },
        { file: 'd.mdx', text: '', locale: 'zh' },
      ]),
    ).toEqual([]);
  });

  it('reports each file of a language used twice, at its translationKey line, naming the other', () => {
    const problems = findDuplicateTranslations([
      { file: 'a.mdx', text: text('k'), translationKey: 'k', locale: 'zh' },
      { file: 'b.mdx', text: text('k'), translationKey: 'k', locale: 'zh' },
    ]);
    expect(problems.map((p) => [p.file, p.diagnostic.line, p.diagnostic.message.includes(p.file === 'a.mdx' ? 'b.mdx' : 'a.mdx')])).toEqual([
      ['a.mdx', 3, true],
      ['b.mdx', 3, true],
    ]);
  });
});
