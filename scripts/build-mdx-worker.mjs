// Bundles the MDX compile worker (lib/mdx/compile-worker.ts and everything it
// imports) into one self-contained ES module, lib/mdx/compile-worker.bundle.mjs.
// Next's bundler does not build worker_threads entries in this version: it
// copies a file referenced by `new URL('./x', import.meta.url)` verbatim into
// .next/server/assets, so what it copies must already be runnable JavaScript.
// Run before `next build` and `next dev` (package.json); Vitest and tsx load
// the TypeScript source instead (lib/mdx/worker-pool.ts).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['lib/mdx/compile-worker.ts'],
  outfile: 'lib/mdx/compile-worker.bundle.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  // CommonJS dependencies (react/jsx-runtime) call require(); give the module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('built lib/mdx/compile-worker.bundle.mjs');
