import { describe, expect, it } from 'vitest';
import { isValidSlug, suggestSlug, tagSlug } from './slug';

describe('isValidSlug', () => {
  it.each(['shenzhen-cloud-native-meetup-2023', 'a', 'a1-b2'])('accepts %s', (slug) => expect(isValidSlug(slug)).toBe(true));
  it.each(['', 'Upper', 'double--hyphen', '-lead', 'trail-', 'under_score', '中文', '../etc', 'a'.repeat(101)])('refuses %s', (slug) =>
    expect(isValidSlug(slug)).toBe(false),
  );
});

describe('suggestSlug', () => {
  it('slugs Latin titles, dropping accents and punctuation', () => {
    expect(suggestSlug('Café Meetup: São Paulo 2024!')).toBe('cafe-meetup-sao-paulo-2024');
  });

  it('falls back to recap-<date> for titles with no Latin letters', () => {
    expect(suggestSlug('成都云原生开发者大会', '2026-05-16')).toBe('recap-2026-05-16');
  });

  it('always returns a valid slug, at most 80 characters', () => {
    for (const title of ['a -- b', '  --x--  ', 'x'.repeat(200), `${'word '.repeat(30)}`, 'Go 1.22 & C++']) {
      const slug = suggestSlug(title, '2024-01-01');
      expect(isValidSlug(slug), `${title} -> ${slug}`).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});

describe('tagSlug', () => {
  it('slugs tags and keeps CJK', () => {
    expect(tagSlug('Cloud Native')).toBe('cloud-native');
    expect(tagSlug('云原生')).toBe('云原生');
    expect(tagSlug('!!!')).toBe('tag');
  });
});
