import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS } from './editor-fields';
import { differsFromLive } from './live-text';

const live = { fields: { ...EMPTY_FIELDS, title: 'Meetup', tags: 'a, b' }, body: 'Hello.' };

describe('differsFromLive', () => {
  it('compares texts as stored, not as typed', () => {
    expect(differsFromLive(live, { fields: { ...live.fields, tags: 'A,b' }, body: 'Hello.' })).toBe(false);
    const reordered = Object.fromEntries(Object.entries(live.fields).reverse()) as typeof live.fields;
    expect(differsFromLive(live, { fields: reordered, body: 'Hello.' }), 'key order does not matter').toBe(false);
  });

  it('sees a changed field or body', () => {
    expect(differsFromLive(live, { ...live, body: 'Hello!' })).toBe(true);
    expect(differsFromLive(live, { ...live, fields: { ...live.fields, title: 'Meetup 2' } })).toBe(true);
    expect(differsFromLive(live, { ...live, fields: { ...live.fields, tags: 'a' } })).toBe(true);
  });
});
