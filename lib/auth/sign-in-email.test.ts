import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_LENGTH, signInEmail } from './sign-in-email';

describe('signInEmail', () => {
  it('gives one key for every spelling of the same address', () => {
    for (const raw of ['ada@example.org', '  Ada@Example.ORG\t', '\u00a0ada@example.org\u3000', 'ＡＤＡ@example.org']) {
      expect(signInEmail(raw)).toBe('ada@example.org');
    }
  });

  it('refuses an address longer than the limit instead of cutting it', () => {
    const long = `${'a'.repeat(MAX_EMAIL_LENGTH - '@x.org'.length + 1)}@x.org`;
    expect(long.length).toBe(MAX_EMAIL_LENGTH + 1);
    expect(signInEmail(long)).toBeNull();
    expect(signInEmail(long.slice(1))).toBe(long.slice(1));
    // Padding that trims away does not count toward the length.
    expect(signInEmail(`${' '.repeat(400)}ada@example.org`)).toBe('ada@example.org');
  });

  it.each([[''], ['   '], ['ada'], ['a b@x.org'], ['ada@x.org\u200b'], ['ada@@x.org'], [undefined], [['ada@x.org']], [42]])('refuses %j', (raw) =>
    expect(signInEmail(raw)).toBeNull(),
  );
});
