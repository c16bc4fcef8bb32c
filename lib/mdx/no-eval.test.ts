import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the recap pipeline and its components, tests excepted. */
function sources(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  for (const dir of ['lib/mdx', 'components/mdx']) {
    for (const name of fs.readdirSync(path.join(process.cwd(), dir))) {
      // The generated worker bundle is these sources plus their dependencies: the sources are scanned here.
      if (!/\.(?:ts|tsx|js|mjs)$/.test(name) || /\.test\.tsx?$/.test(name) || /\.bundle\.mjs$/.test(name)) continue;
      files.push([`${dir}/${name}`, fs.readFileSync(path.join(process.cwd(), dir, name), 'utf8')]);
    }
  }
  return files;
}

/** Comments removed, so that a comment explaining what is *not* done does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the recap pipeline never evaluates author content', () => {
  const files = sources();

  it('scans the pipeline and its components', () => {
    expect(files.map(([file]) => file)).toEqual(expect.arrayContaining(['lib/mdx/compile.ts', 'lib/mdx/render.tsx', 'components/mdx/mdx-components.tsx']));
  });

  it.each(files)('%s uses no eval, Function constructor or string timers', (_, text) => {
    const source = code(text);
    expect(source).not.toMatch(/\beval\s*\(/);
    expect(source).not.toMatch(/\bnew\s+Function\b/);
    expect(source).not.toMatch(/(?<![\w.])Function\s*\(/);
    expect(source).not.toMatch(/\b(?:setTimeout|setInterval)\s*\(\s*['"`]/);
    expect(source).not.toMatch(/\bvm\b.*\b(?:runIn\w*Context|Script)\b/);
    expect(source).not.toMatch(/from\s+['"](?:node:)?vm['"]/);
    expect(source).not.toMatch(/createEvaluater|\bdangerouslySetInnerHTML\b/);
  });

  it.each(files)('%s takes nothing from @mdx-js/mdx but createProcessor (no run, evaluate, compile)', (_, text) => {
    const source = code(text);
    for (const match of source.matchAll(/import\s+([\s\S]*?)\s+from\s+['"]@mdx-js\/mdx(?:\/[^'"]*)?['"]/g)) {
      const names = /^\{([\s\S]*)\}$/.exec(match[1].trim());
      expect(names, `namespace or default import of @mdx-js/mdx: ${match[0]}`).not.toBeNull();
      const imported = names![1]
        .split(',')
        .map((n) => n.trim().split(/\s+as\s+/)[0])
        .filter(Boolean);
      expect(imported.filter((n) => n !== 'createProcessor' && n !== 'type')).toEqual([]);
    }
    expect(source).not.toMatch(/require\s*\(\s*['"]@mdx-js\/mdx/);
    expect(source).not.toMatch(/import\s*\(\s*['"]@mdx-js\/mdx/);
    expect(source).not.toMatch(/@mdx-js\/mdx\/(?:lib\/)?(?:run|evaluate|compile)/);
    expect(source).not.toMatch(/\b(?:evaluate|evaluateSync|runSync|compileSync)\s*\(/);
    expect(source).not.toMatch(/\.(?:process|processSync|run|runSync|compile)\s*\(/);
  });

  it('the scan would notice an eval', () => {
    expect(code('const x = eval("1")')).toMatch(/\beval\s*\(/);
    expect(code('// eval("1") is never used')).not.toMatch(/\beval\s*\(/);
  });
});
