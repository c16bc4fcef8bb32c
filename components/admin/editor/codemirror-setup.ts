import { basicSetup, EditorView } from 'codemirror';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, type DecorationSet } from '@codemirror/view';
import type { Diagnostic } from './types';
import { blockInsertion } from '@/lib/mdx/block-insertion';

/**
 * Everything that touches CodeMirror lives here and is imported dynamically
 * by BodyEditor, so the editor never runs (or ships) in the server render.
 */

export const setDiagnostics = StateEffect.define<Diagnostic[]>();

/** Server diagnostics as a red bar at the line's start plus a wavy underline from the reported column to the end of the word. */
const diagnosticsField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) if (effect.is(setDiagnostics)) next = buildDecorations(tr.state, effect.value);
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function buildDecorations(state: EditorState, diagnostics: Diagnostic[]): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const d of diagnostics) {
    if (d.field) continue;
    const line = state.doc.line(Math.min(Math.max(1, d.line), state.doc.lines));
    ranges.push(Decoration.line({ class: 'cm-diagnostic-line', attributes: { title: d.message } }).range(line.from));
    const from = line.from + Math.min(Math.max(0, d.column - 1), line.length);
    const word = /^\S+/.exec(state.doc.sliceString(from, line.to))?.[0].length ?? 0;
    const to = word ? from + word : line.to;
    if (to > from) ranges.push(Decoration.mark({ class: 'cm-diagnostic-mark', attributes: { title: d.message } }).range(from, to));
  }
  return Decoration.set(ranges, true);
}

const theme = EditorView.theme({
  '&': { minHeight: '24rem', maxHeight: '70vh', backgroundColor: 'white', color: '#18181b', fontSize: '14px' },
  '&.cm-focused': { outline: '3px solid #0d9488', outlineOffset: '2px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-content': { minHeight: '24rem' },
  // No background tints: the default token colours only just reach 4.5:1 on white.
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-diagnostic-line': { boxShadow: 'inset 3px 0 0 #dc2626' },
  '.cm-diagnostic-mark': { textDecoration: 'underline wavy #dc2626', textUnderlineOffset: '3px' },
});

interface Options {
  parent: HTMLElement;
  doc: string;
  labelledBy: string;
  describedBy: string;
  onChange: (text: string) => void;
}

export function createBodyView({ parent, doc, labelledBy, describedBy, onChange }: Options): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        // Tag completion would pop up while typing <Talk …> and swallow Enter.
        markdown({ completeHTMLTags: false }),
        EditorView.lineWrapping,
        // Keep Windows line endings if the body has them, so saving does not rewrite every line.
        doc.includes('\r\n') ? EditorState.lineSeparator.of('\r\n') : [],
        // tabindex: axe counts a bare contenteditable as unfocusable, and the scroller around it then fails scrollable-region-focusable.
        EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-describedby': describedBy, 'aria-multiline': 'true', tabindex: '0' }),
        diagnosticsField,
        theme,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Replaces only the part of the document that differs, so the cursor and undo history survive. */
export function syncDoc(view: EditorView, text: string): void {
  const current = view.state.doc.toString();
  if (current === text) return;
  let start = 0;
  while (start < current.length && start < text.length && current[start] === text[start]) start++;
  let endCur = current.length;
  let endNew = text.length;
  while (endCur > start && endNew > start && current[endCur - 1] === text[endNew - 1]) {
    endCur--;
    endNew--;
  }
  view.dispatch({ changes: { from: start, to: endCur, insert: text.slice(start, endNew) } });
}

/** Moves the cursor to a 1-based line and column, scrolls there and focuses the editor. */
export function goTo(view: EditorView, line: number, column: number): void {
  const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
  const pos = l.from + Math.min(Math.max(0, column - 1), l.length);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

/** Inserts a block (e.g. a Figure) at the nearest block boundary, never mid-paragraph (see `blockInsertion`). */
export function insertBlock(view: EditorView, text: string): void {
  const { from, insert, cursor } = blockInsertion(view.state.doc.toString(), view.state.selection.main.head, text);
  view.dispatch({ changes: { from, insert }, selection: { anchor: cursor }, scrollIntoView: true });
  view.focus();
}
