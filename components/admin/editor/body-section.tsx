import { useMemo, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { BodyEditor, type BodyEditorHandle } from './body-editor';
import { DiagnosticsList } from './diagnostics-list';
import { InsertImage } from './insert-image';
import { useWordedDiagnostics } from './mdx-message';
import type { Diagnostic } from './types';
import { blockInsertion } from '@/lib/mdx/block-insertion';

interface Props {
  body: string;
  onChange: (body: string) => void;
  diagnostics: Diagnostic[];
  uploadUrl: string;
}

function appendBlock(body: string, tag: string): string {
  const { from, insert } = blockInsertion(body, body.length, tag);
  return body.slice(0, from) + insert + body.slice(from);
}

const DIAGNOSTICS_ID = 'body-diagnostics';
const BODY_LABEL_ID = 'body-label';

/** The MDX source: CodeMirror, image insertion at the cursor, and the server's diagnostics. */
export function BodySection({ body, onChange, diagnostics: found, uploadUrl }: Props) {
  const t = useTranslations('editor.body');
  const word = useWordedDiagnostics();
  // Said in the admin locale, in the list and on the editor's marks alike.
  const diagnostics = useMemo(() => word(found), [word, found]);
  const editor = useRef<BodyEditorHandle | null>(null);
  return (
    <section aria-labelledby={BODY_LABEL_ID} className="mt-8">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={BODY_LABEL_ID} className="text-lg font-semibold">
          {t('title')}
        </h2>
        <InsertImage
          uploadUrl={uploadUrl}
          // Before CodeMirror has loaded there is no cursor: append, at a block boundary too.
          onInsert={(tag) => (editor.current ? editor.current.insertBlock(tag) : onChange(appendBlock(body, tag)))}
        />
      </div>
      <BodyEditor
        value={body}
        onChange={onChange}
        diagnostics={diagnostics}
        labelId={BODY_LABEL_ID}
        describedById={DIAGNOSTICS_ID}
        onReady={(handle) => {
          editor.current = handle;
        }}
      />
      <DiagnosticsList id={DIAGNOSTICS_ID} diagnostics={diagnostics} onGoTo={(line, column) => editor.current?.goTo(line, column)} />
    </section>
  );
}
