import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key';
import { parseRegistryFile } from './registry-file';

describe('nameKey: one key for the spellings of one name', () => {
  it('ignores the order of Latin words, case and spaces', () => {
    expect(nameKey('Cong He')).toBe(nameKey('He Cong'));
    expect(nameKey('  zhang   SHANYOU ')).toBe(nameKey('Shanyou Zhang'));
  });
  it('folds full-width letters and spaces (NFKC)', () => {
    expect(nameKey('Ｚｈａｎｇ　Ｓｈａｎｙｏｕ')).toBe(nameKey('Zhang Shanyou'));
  });
  it('drops spaces inside Han names, keeps their order', () => {
    expect(nameKey('张 善友')).toBe('张善友');
    expect(nameKey('张善友')).not.toBe(nameKey('善友张'));
  });
  it('keeps different names apart', () => {
    expect(nameKey('Zhang Xiao')).not.toBe(nameKey('Zhang Shanyou'));
  });
});

describe('parseRegistryFile', () => {
  it('reads people keyed by slug with names per language, aliases and links', () => {
    const parsed = parseRegistryFile(
      ['zhang-shanyou:', '  name: { en: Zhang Shanyou, zh: 张善友 }', '  aliases: [Shanyou Zhang]', '  links:', '    github: geffzhang', ''].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.people).toEqual([
      { slug: 'zhang-shanyou', names: { en: 'Zhang Shanyou', zh: '张善友' }, aliases: ['Shanyou Zhang'], links: { github: 'geffzhang' }, source: 'file' },
    ]);
  });

  it('an empty file is an empty registry', () => {
    expect(parseRegistryFile('')).toEqual({ people: [], problems: [] });
    expect(parseRegistryFile('# nobody yet\n')).toEqual({ people: [], problems: [] });
  });

  it('refuses an unknown field, at its line and column', () => {
    const parsed = parseRegistryFile(['he-cong:', '  name: { en: He Cong }', '  homepage: https://x.example', ''].join('\n'));
    expect(parsed.people).toBeNull();
    expect(parsed.problems).toEqual([{ line: 3, column: 3, message: 'he-cong: unknown field "homepage" (expected name, aliases, links)' }]);
  });

  it('refuses a name two people share, also spelled in another order', () => {
    const parsed = parseRegistryFile(['he-cong:', '  name: { en: He Cong, zh: 何聪 }', 'cong-he:', '  name: { en: Cong He }', ''].join('\n'));
    expect(parsed.people).toBeNull();
    expect(parsed.problems).toEqual([{ line: 4, column: 15, message: '"Cong He" is already a name of he-cong (line 2)' }]);
  });

  it('refuses a person without a display name, a bad slug, a bad link and broken YAML', () => {
    const parsed = parseRegistryFile(['Bad Slug:', '  aliases: [X]', '  links: { homepage: ftp://x }', ''].join('\n'));
    expect(parsed.problems.map((p) => `${p.line}:${p.message}`)).toEqual([
      '1:"Bad Slug" is not a speaker slug (lower-case words joined by "-")',
      '1:Bad Slug: a person needs name.en or name.zh',
      '2:Bad Slug.links.homepage: expected an http(s) URL',
    ]);
    expect(parseRegistryFile('a:\n  name: [\n').problems[0].line).toBeGreaterThan(0);
    expect(parseRegistryFile('a:\n  name: { en: A }\na:\n  name: { en: B }\n').problems[0]).toMatchObject({ line: 3 });
  });
});
