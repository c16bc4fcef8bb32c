import { useRef } from 'react';
import { BodyEditor, type BodyEditorHandle } from './body-editor';
import { DiagnosticsList } from './diagnostics-list';
import { ImageUpload } from './image-upload';
import type { Diagnostic } from './types';
import { figureTag } from './upload';

interface Props {
  body: string;
  onChange: (body: string) => void;
  diagnostics: Diagnostic[];
  uploadUrl: string;
}

const DIAGNOSTICS_ID = 'body-diagnostics';
const BODY_LABEL_ID = 'body-label';

/** The MDX source: CodeMirror, image insertion at the cursor, and the server's diagnostics. */
export function BodySection({ body, onChange, diagnostics, uploadUrl }: Props) {
  const editor = useRef<BodyEditorHandle | null>(null);
  return (
    <section aria-labelledby={BODY_LABEL_ID} className="mt-8">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={BODY_LABEL_ID} className="text-lg font-semibold">
          Body (MDX)
        </h2>
        <ImageUpload
          uploadUrl={uploadUrl}
          label="Insert image"
          successText="Image inserted; describe it in alt."
          // Before CodeMirror has loaded there is no cursor: append instead.
          onUploaded={(image) => (editor.current ? editor.current.insertBlock(figureTag(image)) : onChange(`${body}\n\n${figureTag(image)}\n`))}
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
