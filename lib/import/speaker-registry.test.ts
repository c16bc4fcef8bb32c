import { describe, expect, test } from 'vitest';
import { closeNames, importRegistry, resolveName } from './speaker-registry';

const registry = importRegistry([
  { slug: 'zhang-shanyou', name: '张善友' },
  { slug: 'zhang-shanyou', name: 'Zhang Shanyou' },
  { slug: 'zhang-wei', name: '张伟' },
  { slug: 'zhang-wei-2', name: '章伟' },
  // A name another person already holds (by key) stays with the first: the registry tables refuse it too.
  { slug: 'someone-else', name: 'ZHANG shanyou' },
]);

describe('the importer’s registry', () => {
  test('resolves as the portal does: exact (certain), or by normalised key (likely)', () => {
    expect(resolveName(registry, 'Zhang Shanyou')).toEqual({ slug: 'zhang-shanyou', match: 'Zhang Shanyou', confidence: 'certain' });
    expect(resolveName(registry, 'Shanyou  Zhang')).toEqual({ slug: 'zhang-shanyou', match: 'Zhang Shanyou', confidence: 'likely' });
    expect(resolveName(registry, '张 善友')).toEqual({ slug: 'zhang-shanyou', match: '张善友', confidence: 'likely' });
    expect(resolveName(registry, 'ZHANG shanyou')?.slug).toBe('zhang-shanyou');
    expect(resolveName(registry, 'Zhang Wei')).toBeNull();
  });

  test('proposes names that only sound the same, never resolving them; every candidate when several people sound alike', () => {
    expect(closeNames(registry, 'Shan-you Zhang')).toEqual([{ slug: 'zhang-shanyou', name: '张善友' }]);
    expect(closeNames(registry, 'Zhāng Shànyǒu')).toEqual([{ slug: 'zhang-shanyou', name: '张善友' }]);
    expect(resolveName(registry, 'Zhāng Shànyǒu')).toBeNull();
    expect(closeNames(registry, 'Wei Zhang')).toEqual([
      { slug: 'zhang-wei', name: '张伟' },
      { slug: 'zhang-wei-2', name: '章伟' },
    ]);
    // A name that resolves is not proposed elsewhere.
    expect(closeNames(registry, '张善友')).toEqual([]);
  });
});
