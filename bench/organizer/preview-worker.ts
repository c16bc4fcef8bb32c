/**
 * Child process of bench/organizer.ts: times lib/recaps/preview.ts
 * renderDraftPreview on a 20-talk draft (2 speakers and a 150-word summary per
 * talk). Reports the function's own `renderMs` (review + compile + element
 * tree, what the editor shows), the wall time of the call, and the call plus
 * react-dom/server renderToString of the returned node (the React render the
 * server action does when it serialises the preview).
 *   tsx --import ./bench/organizer/register.mjs bench/organizer/preview-worker.ts <out.json>
 * Env: ORG_PREVIEWS (100), ORG_PREVIEW_WARMUP (10).
 */
import fs from 'node:fs';
import { renderToString } from 'react-dom/server';
import { compileBody } from '@/lib/mdx/compile';
import { reviewDraft } from '@/lib/recaps/mutations';
import { renderDraftPreview } from '@/lib/recaps/preview';
import { benchFields, draftBody } from './fixtures';
import { summarize } from './stats';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const N = num('ORG_PREVIEWS', 100);
const WARMUP = num('ORG_PREVIEW_WARMUP', 10);

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: preview-worker.ts <out.json>');
  const fields = benchFields('bench-preview-20-talks', 'Twenty Talks Platform Day 2025');
  const body = draftBody(20, { speakersPerTalk: 2, wordsPerTalk: 150, seed: 20 });

  const first = await renderDraftPreview(fields, body);
  if (!first.node || first.diagnostics.length || Object.keys(first.fieldErrors).length) {
    throw new Error(`the 20-talk body should preview cleanly: ${JSON.stringify([first.fieldErrors, first.diagnostics]).slice(0, 300)}`);
  }
  const html = renderToString(first.node);
  const talksShown = (html.match(/<section\b[^>]*class="talk\b/g) ?? []).length;

  for (let i = 0; i < WARMUP; i++) renderToString((await renderDraftPreview(fields, body)).node);
  const renderMs: number[] = [];
  const callMs: number[] = [];
  const withReactMs: number[] = [];
  const reactOnlyMs: number[] = [];
  for (let i = 0; i < N; i++) {
    // A new body every time, as while typing: the editor's compile cache must not answer.
    const edited = `${body}\nEdit number ${i}.\n`;
    const t0 = performance.now();
    const r = await renderDraftPreview(fields, edited);
    const t1 = performance.now();
    renderToString(r.node);
    const t2 = performance.now();
    renderMs.push(r.renderMs);
    callMs.push(t1 - t0);
    reactOnlyMs.push(t2 - t1);
    withReactMs.push(t2 - t0);
  }
  // Attribution: renderDraftPreview reviews the body (compile + trial tree) and then compiles it again.
  const compileMs: number[] = [];
  const reviewMs: number[] = [];
  for (let i = 0; i < Math.min(N, 50); i++) {
    const t0 = performance.now();
    compileBody(body);
    const t1 = performance.now();
    await reviewDraft(fields, `${body}\nReview ${i}.\n`);
    reviewMs.push(performance.now() - t1);
    compileMs.push(t1 - t0);
  }
  fs.writeFileSync(
    out,
    JSON.stringify({
      talks: 20,
      speakersPerTalk: 2,
      wordsPerTalk: 150,
      bodyBytes: Buffer.byteLength(body),
      htmlBytes: Buffer.byteLength(html),
      talksShown,
      iterations: N,
      warmup: WARMUP,
      renderMs: summarize(renderMs),
      callMs: summarize(callMs),
      reactRenderToStringMs: summarize(reactOnlyMs),
      callPlusRenderToStringMs: summarize(withReactMs),
      compileBodyMs: summarize(compileMs),
      reviewDraftMs: summarize(reviewMs),
    }),
  );
}

// lib modules imported along the way (the compile workers) may hold handles open; the work is done.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
