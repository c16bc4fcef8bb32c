/**
 * The scale generator derives talks and search text without compiling each
 * body (100,000 compiles would take most of an hour here). This checks that
 * shortcut against the real pipeline: the first `count` recaps (every
 * template several times) are compiled with lib/mdx/compile.ts, and their
 * talks, the text outside the talks and the whole compiled body (mdast with
 * positions, hast; bench/scale/mdx-build.ts) must equal what the generator
 * computed, or the run stops before writing anything.
 */
import { isDeepStrictEqual } from 'node:util';
import { compileBody } from '../../lib/mdx/compile';
import { introText } from '../../lib/search/documents';
import { compileModel } from './mdx-build';
import { ScaleGenerator, TEMPLATE_COUNT } from './recap-model';

export function verifyGenerator(seed: number, count = 4 * TEMPLATE_COUNT): void {
  const gen = new ScaleGenerator(seed);
  for (let i = 0; i < count; i++) {
    const recap = gen.next();
    const compiled = compileBody(recap.body);
    if (!compiled.ok)
      throw new Error(
        `generated recap ${recap.slug} (template ${recap.template}) does not compile: ${compiled.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`,
      );
    const talks = JSON.parse(JSON.stringify(compiled.value.talks)) as unknown;
    const mine = JSON.parse(JSON.stringify(recap.summary.talks)) as unknown;
    if (!isDeepStrictEqual(talks, mine)) {
      throw new Error(
        `generated recap ${recap.slug} (template ${recap.template}): talks differ from the compiler's\n  compiler:  ${JSON.stringify(talks).slice(0, 600)}\n  generator: ${JSON.stringify(mine).slice(0, 600)}`,
      );
    }
    const built = compileModel(recap.nodes);
    for (const part of ['tree', 'hast'] as const) {
      const real = JSON.parse(JSON.stringify(compiled.value[part])) as unknown;
      if (!isDeepStrictEqual(real, built[part])) {
        throw new Error(
          `generated recap ${recap.slug} (template ${recap.template}): the built ${part} differs from the compiler's\n  compiler: ${JSON.stringify(real).slice(0, 800)}\n  built:    ${JSON.stringify(built[part]).slice(0, 800)}`,
        );
      }
    }
    const intro = introText({ tree: compiled.value.tree });
    if (intro !== recap.intro)
      throw new Error(
        `generated recap ${recap.slug} (template ${recap.template}): text outside talks differs\n  compiler:  ${intro}\n  generator: ${recap.intro}`,
      );
  }
}
