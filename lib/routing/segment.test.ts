import { describe, expect, it } from 'vitest';
import { decodeSegment } from './segment';

describe('decodeSegment', () => {
  it('decodes well-formed escapes', () => {
    expect(decodeSegment('%E6%9D%8E%E8%93%89')).toBe('李蓉');
    expect(decodeSegment('%25')).toBe('%');
    expect(decodeSegment('meetup-1')).toBe('meetup-1');
  });

  it.each(['%E4%B8', '%', '%zz', '%C0%AF', 'a%E4'])('names nothing for %s', (raw) => expect(decodeSegment(raw)).toBe(''));
});
