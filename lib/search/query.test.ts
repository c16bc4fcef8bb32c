import { describe, expect, it } from 'vitest';
import { fold, indexForm, termPattern } from './normalize';
import { checkQuery } from './query';
import { snippet } from './snippet';

describe('fold', () => {
  it('lower-cases, normalises width and accents, and keeps only words', () => {
    expect(fold('HwameiStor')).toBe('hwameistor');
    expect(fold('ＡＩ　工程')).toBe('ai 工程');
    expect(fold('Café, naïve')).toBe('cafe naive');
    expect(fold('"; DROP TABLE x; --')).toBe('drop table x');
    expect(fold('%_\\*')).toBe('');
  });

  it('separates CJK from other scripts', () => {
    expect(fold('用Rust写Wasm')).toBe('用 rust 写 wasm');
    expect(fold('第3期')).toBe('第 3 期');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(fold('a\uD800b')).toBe('ab');
    expect(fold('x\uDC00')).toBe('x');
    expect(fold('😀')).toBe('');
  });
});

describe('indexForm and termPattern', () => {
  it('appends two-character pieces of CJK runs, so a two-character term can be looked up by trigram', () => {
    const form = indexForm('云原生社区');
    expect(form).toBe(' 云原生社区 云原 原生 生社 社区 ');
    expect(form.includes(termPattern('云原'))).toBe(true);
    expect(form.includes(termPattern('云原生'))).toBe(true);
  });

  it('matches words at their start, CJK anywhere', () => {
    expect(termPattern('go')).toBe(' go');
    expect(indexForm('Golang and algorithms').includes(termPattern('go'))).toBe(true);
    expect(indexForm('algorithms').includes(termPattern('go'))).toBe(false);
    expect(indexForm('HwameiStor').includes(termPattern('hwame'))).toBe(true);
    expect(indexForm('HwameiStor').includes(termPattern('wame'))).toBe(false);
    expect(indexForm('在云原生社区').includes(termPattern('云原生'))).toBe(true);
  });
});

describe('checkQuery', () => {
  it('refuses empty, one-letter and over-long queries with a message', () => {
    expect(checkQuery('')).toMatchObject({ ok: false, message: expect.stringContaining('Type a word') });
    expect(checkQuery('   "*" ')).toMatchObject({ ok: false });
    expect(checkQuery('a')).toMatchObject({ ok: false, message: expect.stringContaining('two') });
    expect(checkQuery('x'.repeat(200))).toMatchObject({ ok: true });
    expect(checkQuery('x'.repeat(201))).toMatchObject({ ok: false, message: expect.stringContaining('200') });
    expect(checkQuery(['array'])).toMatchObject({ ok: false });
  });

  it('reads operators and syntax as plain words', () => {
    expect(checkQuery('wasm OR rust')).toMatchObject({ ok: true, terms: ['wasm', 'rust'] });
    expect(checkQuery('OR')).toMatchObject({ ok: false });
    expect(checkQuery('or')).toMatchObject({ ok: true, terms: ['or'] });
    expect(checkQuery('title:wasm*')).toMatchObject({ ok: true, terms: ['title', 'wasm'] });
  });

  it('keeps the whole query for exact matching and de-duplicates terms', () => {
    expect(checkQuery('Michael  Yuan')).toMatchObject({ ok: true, terms: ['michael', 'yuan'], phrase: 'michael yuan', patterns: [' michael', ' yuan'] });
    expect(checkQuery('go go 云原')).toMatchObject({ terms: ['go', '云原'], patterns: [' go', ' 云原 '] });
  });
});

describe('snippet', () => {
  it('cuts around the first match without splitting surrogate pairs', () => {
    const text = `${'😀'.repeat(100)} HwameiStor ${'x'.repeat(300)}`;
    const s = snippet(text, ['hwameistor'], 60);
    expect(s).toContain('HwameiStor');
    expect(s.startsWith('…')).toBe(true);
    expect(s.isWellFormed()).toBe(true);
    expect(snippet('short', ['x'])).toBe('short');
  });
});
