import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineProblems, oldestSupported } from './engines';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('engines', () => {
  it('every locked package supports the oldest Node.js the project names, and the newer ones', () => {
    const oldest = oldestSupported(pkg.engines.node);
    expect(oldest).toBe('20.19.0');
    expect(engineProblems(lock, [oldest, '20.20.2', '22.13.0', '24.0.0'])).toEqual([]);
  });

  it('reads nested packages and tells what refuses which version', () => {
    const problems = engineProblems(
      {
        packages: {
          '': { version: '1.0.0', engines: { node: '>=99' } },
          'node_modules/a': { version: '1.0.0', engines: { node: '>=18' } },
          'node_modules/a/node_modules/@s/b': { version: '2.0.0', engines: { node: '>=22.0.0' } },
          'node_modules/c': { version: '3.0.0', engines: ['node >= 0.4'] },
          'node_modules/@x/win': { version: '1.0.0', engines: { node: '>=99' }, os: ['win32'], cpu: ['ia32'] },
          'node_modules/@x/not-mac': { version: '1.0.0', engines: { node: '>=99' }, os: ['!darwin'] },
        },
      },
      ['20.9.0', '22.1.0'],
      'darwin',
      'arm64',
    );
    expect(problems).toEqual([{ name: '@s/b', version: '2.0.0', range: '>=22.0.0', node: '20.9.0' }]);
  });
});
