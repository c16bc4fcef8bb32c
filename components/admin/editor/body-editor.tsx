import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { EditorView } from '@codemirror/view';
import { useTranslations } from 'next-intl';
import type { Diagnostic } from './types';

export interface BodyEditorHandle {
  goTo(line: number, column: number): void;
  insertBlock(text: string): void;
  focus(): void;
}

interface Props {
  value: string;
  onChange: (text: string) => void;
  diagnostics: Diagnostic[];
  labelId: string;
  describedById: string;
  onReady: (handle: BodyEditorHandle | null) => void;
}

type Setup = typeof import('./codemirror-setup');

/**
 * Controlled wrapper around CodeMirror 6. CodeMirror owns the document while
 * the author types; `value` changes made elsewhere (the talks panel, a
 * restore, "Use theirs") are applied as a minimal edit so the cursor stays put.
 */
export function BodyEditor({ value, onChange, diagnostics, labelId, describedById, onReady }: Props) {
  const t = useTranslations('editor.body');
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const setup = useRef<Setup | null>(null);
  // The last text CodeMirror reported, to tell our own echo from an outside change.
  const emitted = useRef(value);
  const [loaded, setLoaded] = useState(false);
  const emit = useEffectEvent((text: string) => {
    emitted.current = text;
    onChange(text);
  });
  const initialValue = useEffectEvent(() => value);
  const ready = useEffectEvent((handle: BodyEditorHandle | null) => onReady(handle));

  useEffect(() => {
    let cancelled = false;
    void import('./codemirror-setup').then((cm) => {
      if (cancelled || !parent.current) return;
      const doc = initialValue();
      emitted.current = doc;
      setup.current = cm;
      const v = cm.createBodyView({ parent: parent.current, doc, labelledBy: labelId, describedBy: describedById, onChange: (t) => emit(t) });
      view.current = v;
      ready({
        goTo: (line, column) => cm.goTo(v, line, column),
        insertBlock: (text) => cm.insertBlock(v, text),
        focus: () => v.focus(),
      });
      setLoaded(true);
    });
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
      ready(null);
    };
  }, [labelId, describedById]);

  useEffect(() => {
    if (!loaded || !view.current || !setup.current || value === emitted.current) return;
    emitted.current = value;
    setup.current.syncDoc(view.current, value);
  }, [value, loaded]);

  useEffect(() => {
    if (loaded && view.current && setup.current) view.current.dispatch({ effects: setup.current.setDiagnostics.of(diagnostics) });
  }, [diagnostics, loaded]);

  return (
    <div className="overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
      {!loaded && (
        <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {t('loading')}
        </p>
      )}
      <div ref={parent} data-testid="body-editor" />
    </div>
  );
}
