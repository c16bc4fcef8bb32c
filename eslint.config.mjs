import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Layout is Prettier's (npm run format); ESLint keeps to correctness.
  prettier,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'e2e/.tmp/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'bench/tmp/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'lib/mdx/compile-worker.bundle.mjs',
    'lib/import/import-worker.bundle.mjs',
  ]),
]);
