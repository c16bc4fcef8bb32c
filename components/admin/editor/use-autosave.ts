import { useEffect, useState } from 'react';
import { AutosaveController } from './autosave-controller';
import type { DraftContent, SaveFn, SaveState, SaveStatus } from './types';

interface Options {
  save: SaveFn;
  initialVersion: number;
  initialContent: DraftContent;
  onResult: (result: SaveState, current: boolean) => void;
}

/** React face of `AutosaveController`: status and version as state, plus a leave-page guard. */
export function useAutosave({ save, initialVersion, initialContent, onResult }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean' });
  const [version, setVersion] = useState(initialVersion);
  const [controller] = useState(() => new AutosaveController(save, initialVersion, initialContent, { status: setStatus, version: setVersion }));
  // Results arrive long after the render that started the save; always hand them to the latest handler.
  useEffect(() => controller.onResult(onResult));

  useEffect(() => {
    controller.attach();
    return () => controller.dispose();
  }, [controller]);

  const unsaved = hasUnsavedWork(status);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { status, version, unsaved, controller };
}

/** Statuses with text the server does not have yet: warn before leaving the page. */
export function hasUnsavedWork(status: SaveStatus): boolean {
  return status.kind !== 'clean' && status.kind !== 'saved';
}
