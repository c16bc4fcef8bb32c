import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import zh from './messages/zh.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** ICU arguments of a message (`{siteName}`, `{count, plural, …}`): both languages must use the same ones. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]).sort();
}

describe('message catalogs', () => {
  const english = leaves(en as Tree);
  const chinese = leaves(zh as Tree);

  it('every key exists in both languages', () => {
    expect(
      [...english.keys()].filter((key) => !chinese.has(key)),
      'missing in zh.json',
    ).toEqual([]);
    expect(
      [...chinese.keys()].filter((key) => !english.has(key)),
      'missing in en.json',
    ).toEqual([]);
  });

  it('no message is empty, and both languages take the same arguments', () => {
    for (const [key, message] of english) {
      expect(message.trim(), `en ${key}`).not.toBe('');
      expect(chinese.get(key)?.trim(), `zh ${key}`).not.toBe('');
      expect(argumentsOf(chinese.get(key) ?? ''), key).toEqual(argumentsOf(message));
    }
  });
});
