import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'e2e/.tmp/**', 'out/**', 'build/**', 'next-env.d.ts', 'bench/tmp/**', 'data/**', 'test-results/**', 'playwright-report/**', 'lib/mdx/compile-worker.bundle.mjs']),
]);
