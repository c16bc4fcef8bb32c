import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslations } from 'next-intl';
import { IMAGE_TYPES, uploadImage, type UploadedImage } from './upload';

interface Props {
  uploadUrl: string;
  label: string;
  /** Stable in every language: `file-input-<testId>` names the hidden input for tests. */
  testId: string;
  onUploaded: (image: UploadedImage) => void;
  /** Tells the user what happens after a successful upload; null to say nothing (the caller takes over). */
  successText: string | null;
}

/**
 * A real `<button>` that opens the file picker of a hidden file input: it is
 * a button to the pointer, the keyboard (Enter, Space) and assistive
 * technology alike (`getByRole('button', { name })`), which a label dressed
 * as a button is not. The input is out of the tab order and the
 * accessibility tree; tests may still `setInputFiles` on it.
 */
export function ImageUpload({ uploadUrl, label, testId, onUploaded, successText }: Props) {
  const t = useTranslations('editor');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const target = event.currentTarget;
    const file = target.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const result = await uploadImage(uploadUrl, file, {
      unreachable: t('upload.unreachable'),
      httpError: (status) => t('upload.httpError', { status }),
    });
    setBusy(false);
    // Clearing lets the same file be chosen again after fixing a problem.
    target.value = '';
    if (result.ok) {
      onUploaded(result.image);
      if (successText) setMessage({ error: false, text: successText });
    } else setMessage({ error: true, text: result.error });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className="btn-link text-sm" disabled={busy} aria-disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('image.uploading') : label}
      </button>
      <input ref={input} type="file" accept={IMAGE_TYPES} hidden tabIndex={-1} aria-hidden="true" data-testid={`file-input-${testId}`} onChange={onChange} />
      {message?.error ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message.text}
        </span>
      ) : (
        <span aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
          {message?.text ?? ''}
        </span>
      )}
    </span>
  );
}
