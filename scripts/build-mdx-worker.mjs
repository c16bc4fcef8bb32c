// Bundles the budgeted workers, each with everything it imports, into one
// self-contained ES module: the MDX compile worker (lib/mdx/compile-worker.ts
// → compile-worker.bundle.mjs) and the import worker (lib/import/import-worker.ts
// → import-worker.bundle.mjs).
// Next's bundler does not build worker_threads entries in this version: it
// copies a file referenced by `new URL('./x', import.meta.url)` verbatim into
// .next/server/assets, so what it copies must already be runnable JavaScript.
// Run before `next build` and `next dev` (package.json); Vitest and tsx load
// the TypeScript source instead (lib/mdx/worker-pool.ts).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The import worker compiles in its own thread (lib/import/gate.ts,
 * inProcessCompile), never through the compile pool; and Next's bundler
 * scans a worker bundle it copies, so a `new Worker(new URL(…))` inside it
 * would be resolved against the wrong folder and fail the build. The compile
 * pool's module is replaced there by one that says so.
 */
const noCompilePool = {
  name: 'no-compile-pool',
  setup(b) {
    b.onLoad({ filter: /lib[\\/]mdx[\\/]budget\.ts$/ }, () => ({
      contents: "export const compileBodyBudgeted = () => { throw new Error('an import worker compiles in its own thread'); };",
      loader: 'ts',
    }));
  },
};

const WORKERS = [
  { entry: 'lib/mdx/compile-worker', plugins: [] },
  { entry: 'lib/import/import-worker', plugins: [noCompilePool] },
];

/** `import 'server-only'` guards a module from client bundles; a worker is server code. */
const serverOnly = {
  name: 'server-only',
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
  },
};

for (const { entry: worker, plugins } of WORKERS) {
  await build({
    absWorkingDir: root,
    entryPoints: [`${worker}.ts`],
    outfile: `${worker}.bundle.mjs`,
    plugins: [serverOnly, ...plugins],
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
  console.log(`built ${worker}.bundle.mjs`);
}
