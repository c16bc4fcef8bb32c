import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, validateFields } from './editor-fields';

const fields = {
  ...EMPTY_FIELDS,
  title: 'Meetup',
  slug: 'meetup',
  date: '2025-03-01',
  city: 'Berlin',
  community: 'JS',
  description: 'Talks.',
  tags: 'js',
  author: 'Ann',
};

describe('validateFields: cover', () => {
  it.each(['/covers/a.png', 'https://cdn.example.org/a.png'])('accepts %s', (cover) => {
    expect(validateFields({ ...fields, cover }, '2025-03-02').ok).toBe(true);
  });

  it.each(['/\\evil.example/x.png', '//evil.example/x.png', '/\t/evil.example/x.png', 'javascript:alert(1)', 'https://', 'covers/a.png'])(
    'refuses %j at the cover field',
    (cover) => {
      const result = validateFields({ ...fields, cover }, '2025-03-02');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.cover).toMatch(/site-relative path/);
    },
  );
});
