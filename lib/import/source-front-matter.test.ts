import { describe, expect, test } from 'vitest';
import { dayOf, readSourceFrontMatter } from './source-front-matter';

describe('readSourceFrontMatter', () => {
  test('TOML between +++, with the line of each key', () => {
    const fm = readSourceFrontMatter('+++\ntitle = "见面会"\ndate = 2023-07-20T20:30:00-07:00\ntags = ["rust"]\n+++\nbody\n');
    expect(fm.data.title).toBe('见面会');
    expect(fm.lines).toEqual({ title: 2, date: 3, tags: 4 });
    expect(fm.body).toBe('body\n');
    expect(fm.bodyLineOffset).toBe(5);
    // 20:30 in California is the next morning in Shanghai.
    expect(dayOf(fm.data.date, 'Asia/Shanghai')).toBe('2023-07-21');
  });

  test('YAML between ---; a broken one is a problem, not a crash', () => {
    expect(readSourceFrontMatter('---\ntitle: A\ndate: 2023-07-20\n---\nx').data).toEqual({ title: 'A', date: '2023-07-20' });
    const broken = readSourceFrontMatter('---\ntitle: [A\n---\nx');
    expect(broken.problem).toMatch(/YAML front matter does not parse/);
    expect(broken.body).toBe('x');
    expect(readSourceFrontMatter('---\ntitle: A\n').problem).toBe('the front matter is never closed');
  });

  test('post dates: a plain day stays, an offset becomes the day in the zone', () => {
    expect(dayOf('2023-07-20', 'Asia/Shanghai')).toBe('2023-07-20');
    expect(dayOf('2023-07-20T23:30:00Z', 'Asia/Shanghai')).toBe('2023-07-21');
    expect(dayOf('2023-07-20 10:00:00', 'Asia/Shanghai')).toBe('2023-07-20');
    expect(dayOf('soon', 'Asia/Shanghai')).toBeNull();
  });
});
