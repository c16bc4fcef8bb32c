import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import type { DraftContent, PreviewFn, PreviewState } from './types';

export const PREVIEW_DELAY = 300;

export interface PreviewView {
  result: PreviewState | null;
  /**
   * The last render that succeeded. While the body has errors the server
   * sends no render; the pane keeps showing this one, marked out of date,
   * rather than going blank.
   */
  lastGood: ReactNode | null;
  pending: boolean;
  /** Why the last preview failed (the client's error, '' when it has none); the pane words it. */
  error: string | null;
}

/**
 * Renders the draft on the server 300 ms after the last change. Responses can
 * arrive out of order; one older than what is already shown is dropped, so
 * the preview never jumps back to stale text. A body that does not compile
 * keeps the last good render on screen (see `PreviewView.lastGood`).
 */
export function usePreview(preview: PreviewFn, content: DraftContent, onResult: (result: PreviewState) => void): PreviewView {
  const [view, setView] = useState<PreviewView>({ result: null, lastGood: null, pending: true, error: null });
  const sent = useRef(0);
  const shown = useRef(0);
  const report = useEffectEvent((result: PreviewState) => onResult(result));

  useEffect(() => {
    const timer = setTimeout(() => {
      const id = ++sent.current;
      setView((v) => ({ ...v, pending: true }));
      preview(content).then(
        (result) => {
          if (id <= shown.current) return;
          shown.current = id;
          setView((v) => ({ result, lastGood: result.node ?? v.lastGood, pending: id !== sent.current, error: null }));
          report(result);
        },
        (error: unknown) => {
          if (id < shown.current) return;
          const message = error instanceof Error ? error.message : '';
          setView((v) => ({ ...v, pending: id !== sent.current, error: message }));
        },
      );
    }, PREVIEW_DELAY);
    return () => clearTimeout(timer);
  }, [preview, content]);

  return view;
}
