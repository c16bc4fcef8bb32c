'use client';

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DraftContent, SaveStatus } from '@/components/admin/editor/types';

// The editor owns the working copy (its text, saved version and save status);
// the publishing panel beside it needs them to say whether the live page is
// behind, to update it from exactly the saved text, and to put the live text
// back into the editor on Discard changes. This context is their only link.

export interface WorkingCopy {
  version: number;
  content: DraftContent;
  status: SaveStatus;
}

interface Shared {
  copy: WorkingCopy | null;
  report(copy: WorkingCopy): void;
  /** Replaces the editor's text (after Discard changes). */
  replace(version: number, content: DraftContent): void;
  /** The editor registers how to replace its text. */
  setReplacer(replacer: Replacer): void;
}

type Replacer = (version: number, content: DraftContent) => void;

const Context = createContext<Shared | null>(null);

export function WorkingCopyProvider({ children }: { children: ReactNode }) {
  const [copy, setCopy] = useState<WorkingCopy | null>(null);
  const replacer = useRef<Replacer | null>(null);
  const value = useMemo<Shared>(
    () => ({
      copy,
      report: setCopy,
      replace: (version, content) => replacer.current?.(version, content),
      setReplacer: (next) => {
        replacer.current = next;
      },
    }),
    [copy],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Called by the editor on every change of its text, version or save status; no-op outside a provider. */
export function useReportWorkingCopy(copy: WorkingCopy, replace: (version: number, content: DraftContent) => void): void {
  const shared = useContext(Context);
  const report = shared?.report;
  const { version, content, status } = copy;
  useEffect(() => {
    report?.({ version, content, status });
  }, [report, version, content, status]);
  const setReplacer = shared?.setReplacer;
  useEffect(() => {
    setReplacer?.(replace);
  });
}

/** The editor's working copy as last reported (null before the editor mounted), and how to replace it. */
export function useWorkingCopy(): { copy: WorkingCopy | null; replace: (version: number, content: DraftContent) => void } {
  const shared = useContext(Context);
  return { copy: shared?.copy ?? null, replace: (version, content) => shared?.replace(version, content) };
}
