import { describe, expect, it } from 'vitest';
import { literalizeMalformedEscapes } from './literal-escapes';

describe('literalizeMalformedEscapes', () => {
  it('leaves decodable paths alone', () => {
    for (const url of ['/', '/recaps/a', '/speakers/%E6%9D%8E%E8%93%89', '/recaps/%25', '/search?q=%E4']) expect(literalizeMalformedEscapes(url)).toBeNull();
  });

  it.each([
    ['/recaps/%E4%B8', '/recaps/%25E4%25B8'],
    ['/tags/%', '/tags/%25'],
    ['/speakers/%ZZ?x=%E4', '/speakers/%25ZZ?x=%E4'],
    ['/recaps/%E4%B8/opengraph-image', '/recaps/%25E4%25B8/opengraph-image'],
    ['/speakers/%E6%9D%8E/%C0%AF', '/speakers/%E6%9D%8E/%25C0%25AF'],
  ])('%s → %s', (url, expected) => {
    const fixed = literalizeMalformedEscapes(url)!;
    expect(fixed).toBe(expected);
    const path = fixed.split('?')[0];
    expect(() => decodeURIComponent(path)).not.toThrow();
  });
});
