import { describe, expect, it } from 'vitest';
import { draftInputSchema, EMPTY_FIELDS } from './editor-fields';
import { bodySizeProblem, MAX_DRAFT_BODY_BYTES, utf8Length } from './draft-size';

describe('draft size in bytes', () => {
  it('counts UTF-8 bytes like Buffer.byteLength', () => {
    for (const text of ['', 'abc', 'é', '李蓉', '🦀', 'a\ud800b', `mixed 北京 🎉 ${'x'.repeat(100)}`]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('refuses a Chinese draft within the character count but over the byte limit, with the reason', () => {
    const chinese = '中'.repeat(Math.floor(MAX_DRAFT_BODY_BYTES / 3) + 1);
    expect(chinese.length).toBeLessThan(MAX_DRAFT_BODY_BYTES);
    expect(bodySizeProblem(chinese)).toMatch(/over the 500 KB limit \(measured in UTF-8 bytes/);
    const parsed = draftInputSchema.safeParse({ baseVersion: 1, fields: EMPTY_FIELDS, body: chinese });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['body'] });
    expect(parsed.error?.issues[0].message).toMatch(/UTF-8 bytes/);
  });

  it('accepts a body of exactly the limit', () => {
    const body = '中'.repeat(Math.floor(MAX_DRAFT_BODY_BYTES / 3)) + 'a'.repeat(MAX_DRAFT_BODY_BYTES % 3);
    expect(utf8Length(body)).toBe(MAX_DRAFT_BODY_BYTES);
    expect(bodySizeProblem(body)).toBeNull();
    expect(draftInputSchema.safeParse({ baseVersion: 1, fields: EMPTY_FIELDS, body }).success).toBe(true);
  });
});
