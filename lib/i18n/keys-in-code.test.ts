import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';

// `tsc` already refuses an unknown key (next-intl's typed keys, lib/i18n/app-config.d.ts);
// this catches what the types cannot see: a key read through a cast, or a file outside tsconfig.
// Each file's namespaces come from its `getTranslations({ … namespace: 'x' })` and
// `translator(locale, 'x')` calls; a literal `t('key')` (or `t.rich('key')`) must exist under one of them.

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, dotted: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const NAMESPACE = /(?:namespace:\s*|translator\([^,()]+,\s*)'([\w.]+)'/g;
const INLINE = /translator\([^,()]+,\s*'([\w.]+)'\)\(\s*'([\w.]+)'/g;
const CALL = /\b(?:t|tr)(?:\.rich)?\(\s*'([\w.]+)'/g;

describe('translation keys used in app/ and components/', () => {
  const files = ['app', 'components', 'lib'].flatMap((dir) => sources(path.resolve(dir)));

  it('finds the files that translate', () => {
    expect(files.filter((file) => NAMESPACE.test(readFileSync(file, 'utf8'))).length).toBeGreaterThan(20);
  });

  it('every literal key exists in the catalog, under one of its file’s namespaces', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const namespaces = [...text.matchAll(NAMESPACE)].map((m) => m[1]);
      if (namespaces.length === 0) continue;
      const keys = [...text.matchAll(CALL)].map((m) => m[1]);
      checked += keys.length;
      for (const key of keys) if (!namespaces.some((ns) => has(en as Tree, `${ns}.${key}`))) missing.push(`${path.relative('.', file)}: ${key}`);
      for (const [, ns, key] of text.matchAll(INLINE)) if (!has(en as Tree, `${ns}.${key}`)) missing.push(`${path.relative('.', file)}: ${ns}.${key}`);
    }
    expect(missing).toEqual([]);
    // The patterns still match how the code translates.
    expect(checked).toBeGreaterThan(80);
  });
});
