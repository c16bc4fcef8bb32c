import { describe, expect, it } from 'vitest';
import { checkRender } from '@/lib/mdx/check-render';
import { EMPTY_FIELDS } from './editor-fields';
import { checkPublishable, describeProblems } from './publish-gate';
import { checkRecapBody } from './validation-gate';

const fields = {
  ...EMPTY_FIELDS,
  title: 'A meetup',
  slug: 'a-meetup',
  date: '2024-05-01',
  city: 'Shenzhen',
  community: 'Community',
  description: 'What happened.',
  tags: 'cloud-native',
  locale: 'en',
  author: 'Organizer',
};
const GOOD = '<Talk title="Opening" speakers="Ada Lovelace (Engineer, Analytical Engines)">\n\nHello.\n\n</Talk>\n';

describe('the publish gate', () => {
  it('lets a valid recap through, with its compiled body', async () => {
    expect(await checkPublishable(fields, GOOD)).toEqual({ fieldErrors: {}, diagnostics: [] });
    const body = await checkRecapBody(GOOD, { render: checkRender });
    expect(body.diagnostics).toEqual([]);
    expect(body.body?.talks.map((t) => t.title)).toEqual(['Opening']);
  });

  it('lists front matter problems by field and body problems at line and column', async () => {
    const result = await checkPublishable({ ...fields, title: '', city: '' }, `Intro.\n\n${GOOD}\n<Talk title="Unclosed" speakers="B (C, D)">\n`);
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['city', 'title']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(result.diagnostics[0].line).toBeGreaterThanOrEqual(8);
    const lines = describeProblems(result);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^line \d+, column \d+: /);
  });

  it('refuses a talk without a speaker, like content:check does for files', async () => {
    const { diagnostics } = await checkPublishable(fields, '<Talk title="Lonely" speakers="">\n\nHi.\n\n</Talk>\n');
    expect(diagnostics.map((d) => d.message).join(' ')).toMatch(/speaker/);
  });

  it('reports positions in the file when given the lines before the body, and uses the render it is given', async () => {
    const refused = await checkRecapBody(GOOD, {
      lineOffset: 10,
      render: (_, offset) => [{ line: offset + 1, column: 1, message: 'recap failed to render: boom' }],
    });
    expect(refused).toEqual({ diagnostics: [{ line: 11, column: 1, message: 'recap failed to render: boom' }] });
  });
});
