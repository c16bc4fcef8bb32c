/**
 * The scale generator derives talks and search text without compiling each
 * body (100,000 compiles would take most of an hour here). This checks that
 * shortcut against the real pipeline: the first `count` recaps (every
 * template several times) are compiled with lib/mdx/compile.ts, and their
 * talks and the text outside the talks must equal what the generator
 * computed, or the run stops before writing anything.
 */
import { isDeepStrictEqual } from 'node:util';
import { compileBody } from '../../lib/mdx/compile';
import { introText } from '../../lib/search/documents';
import { ScaleGenerator, TEMPLATE_COUNT } from './recap-model';

export function verifyGenerator(seed: number, count = 4 * TEMPLATE_COUNT): void {
  const gen = new ScaleGenerator(seed);
  for (let i = 0; i < count; i++) {
    const recap = gen.next();
    const compiled = compileBody(recap.body);
    if (!compiled.ok) throw new Error(`generated recap ${recap.slug} (template ${recap.template}) does not compile: ${compiled.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
    const talks = JSON.parse(JSON.stringify(compiled.value.talks)) as unknown;
    const mine = JSON.parse(JSON.stringify(recap.summary.talks)) as unknown;
    if (!isDeepStrictEqual(talks, mine)) {
      throw new Error(`generated recap ${recap.slug} (template ${recap.template}): talks differ from the compiler's\n  compiler:  ${JSON.stringify(talks).slice(0, 600)}\n  generator: ${JSON.stringify(mine).slice(0, 600)}`);
    }
    const intro = introText({ tree: compiled.value.tree });
    if (intro !== recap.intro) throw new Error(`generated recap ${recap.slug} (template ${recap.template}): text outside talks differs\n  compiler:  ${intro}\n  generator: ${recap.intro}`);
  }
}
