import { describe, expect, test } from 'vitest';
import type { ConvertedPost } from './post';
import { pairTranslations, samePerson } from './pairing';

const post = (slug: string, locale: 'en' | 'zh', published: string, date: string, imageHashes: string[] = [], talks = 0) =>
  ({ ok: true, slug, locale, frontMatter: { published, date }, imageHashes, talks: Array(talks).fill({}) }) as unknown as ConvertedPost;

describe('pairTranslations', () => {
  test('shared photos and close dates link; dates alone only propose; one partner each', () => {
    const result = pairTranslations([
      post('a-zh', 'zh', '2023-05-02', '2023-04-29', ['h1', 'h2']),
      post('b-zh', 'zh', '2023-06-10', '2023-06-03', [], 3),
      post('a-en', 'en', '2023-05-04', '2023-04-29', ['h1', 'h2']),
      post('b-en', 'en', '2023-06-12', '2023-06-03', [], 2),
      post('a-en-copy', 'en', '2023-05-05', '2023-04-29', ['h1']),
    ]);
    expect(result.pairs.map((p) => [p.first, p.second, p.key])).toEqual([[0, 2, 'a-zh']]);
    // The same event date with a different number of talks: proposed. The copy's partner is taken.
    expect(result.proposals.map((p) => [p.first, p.second])).toEqual([[1, 3]]);
  });

  test('posts far apart are not paired, whatever their names', () => {
    expect(pairTranslations([post('review', 'zh', '2023-01-05', '2023-01-05'), post('review', 'en', '2023-03-18', '2023-03-11')])).toEqual({
      pairs: [],
      proposals: [],
    });
  });
});

describe('samePerson', () => {
  test('the same name, or the same pinyin', () => {
    expect(samePerson('Michael Yuan', 'Michael Yuan')).toBe('certain');
    expect(samePerson('王小明', 'Wang Xiaoming')).toBe('likely');
    expect(samePerson('王小明', 'Li Lei')).toBeNull();
  });
});
