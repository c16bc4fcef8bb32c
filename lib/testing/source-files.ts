import fs from 'node:fs';
import path from 'node:path';

/** Where the app's own code lives (tests, scripts, bench and e2e are not the app). */
export const APP_SOURCE_ROOTS = ['app', 'lib', 'components', 'proxy.ts', 'instrumentation.ts'];

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const NOT_APP = /\.test\.tsx?$|\.d\.m?ts$|\.bundle\.mjs$/;

/** Every app source file (repository-relative, `/`-separated) with its text: for tests that check a rule across the tree. */
export function appSourceFiles(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const visit = (rel: string) => {
    const abs = path.join(process.cwd(), rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) visit(`${rel}/${name}`);
    } else if (SOURCE.test(rel) && !NOT_APP.test(rel) && !rel.startsWith('lib/testing/')) {
      out.push({ file: rel, text: fs.readFileSync(abs, 'utf8') });
    }
  };
  for (const root of APP_SOURCE_ROOTS) visit(root);
  return out;
}
