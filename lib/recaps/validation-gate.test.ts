import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS } from './editor-fields';
import { checkRecap, checkTrustedRecap, describeProblems } from './validation-gate';

const fields = {
  ...EMPTY_FIELDS,
  title: 'A meetup',
  slug: 'a-meetup',
  date: '2024-05-01',
  city: 'Shenzhen',
  community: 'Community',
  description: 'What happened.',
  tags: 'Cloud, web',
  locale: 'en',
  author: 'Organizer',
};
const yaml = [
  'title: A meetup',
  'date: 2024-05-01',
  'city: Shenzhen',
  'community: Community',
  'description: What happened.',
  'tags: [cloud, web]',
  'locale: en',
  'published: 2024-05-03',
  'author: Organizer',
];
const BODY = '<Talk title="Opening" speakers="Ada (Engineer, Acme)">\n\nHello.\n\n</Talk>\n';
const file = (lines: string[], body = BODY) => `---\n${lines.join('\n')}\n---\n\n${body}`;

describe('checkRecap, the one validation gate', () => {
  it('gives the same front matter and talks for a file and for the same recap in the database', async () => {
    const fromFile = await checkRecap({ source: 'file', text: file(yaml) });
    const fromDb = await checkRecap({ source: 'db', fields, body: BODY, publishedOn: '2024-05-03' });
    expect(fromFile.ok && fromDb.ok).toBe(true);
    expect(fromDb.frontMatter).toEqual(fromFile.frontMatter);
    expect(fromDb.body?.talks).toEqual(fromFile.body?.talks);
    const trusted = checkTrustedRecap({ source: 'file', text: file(yaml) });
    expect([trusted.ok, trusted.frontMatter, trusted.body?.talks]).toEqual([true, fromFile.frontMatter, fromFile.body?.talks]);
  });

  it('points at file:line:column for a file, by field for the form', async () => {
    const broken = file(
      yaml.map((l) => (l.startsWith('city') ? 'city: ""' : l)),
      'Hi.\n\n<Carousel />\n',
    );
    const fromFile = await checkRecap({ source: 'file', text: broken });
    expect(fromFile.ok).toBe(false);
    expect(fromFile.fieldErrors).toEqual({ city: 'city is required' });
    // city is line 4 of the file; the body starts after the closing fence and a blank line (line 13).
    expect(fromFile.diagnostics.map((d) => [d.line, d.column, d.field])).toEqual([
      [4, 1, 'city'],
      [15, 1, undefined],
    ]);
    expect(describeProblems(fromFile)).toEqual(['city is required', expect.stringMatching(/^line 15, column 1: .*Carousel/)]);
    const fromDb = await checkRecap({ source: 'db', fields: { ...fields, city: '' }, body: 'Hi.\n\n<Carousel />\n', publishedOn: '2024-05-03' });
    expect(fromDb.fieldErrors).toEqual({ city: 'city is required' });
    expect(fromDb.diagnostics.map((d) => d.line)).toEqual([3]);
  });

  it('refuses an event after the day the recap goes live, in the words each source can act on', async () => {
    const fromFile = await checkRecap({ source: 'file', text: file(yaml.map((l) => (l.startsWith('date') ? 'date: 2024-05-04' : l))) });
    expect(fromFile.fieldErrors).toEqual({ published: 'published must be on or after the event date (or mark the recap as an announcement)' });
    const fromDb = await checkRecap({ source: 'db', fields: { ...fields, date: '2024-05-04' }, body: BODY, publishedOn: '2024-05-03' });
    expect(fromDb.fieldErrors).toEqual({ date: expect.stringMatching(/^date: the event \(2024-05-04\) is after the day this recap goes live \(2024-05-03\)/) });
  });

  it('reads an empty cover or venue as none in a file, as the editor does', async () => {
    const checked = await checkRecap({ source: 'file', text: file([...yaml, 'cover: ""', 'venue: ""']) });
    expect(checked.ok).toBe(true);
    expect(checked.frontMatter).not.toHaveProperty('cover');
    expect(checked.frontMatter).not.toHaveProperty('venue');
  });
});
