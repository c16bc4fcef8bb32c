import { useId, useState, type ChangeEvent } from 'react';
import { IMAGE_TYPES, uploadImage, type UploadedImage } from './upload';

interface Props {
  uploadUrl: string;
  label: string;
  onUploaded: (image: UploadedImage) => void;
  /** Tells the user what happens after a successful upload. */
  successText: string;
}

/**
 * A file input dressed as a button. The input itself stays in the tab order
 * (visually hidden), so it is keyboard operable and labelled by the visible text.
 */
export function ImageUpload({ uploadUrl, label, onUploaded, successText }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const result = await uploadImage(uploadUrl, file);
    setBusy(false);
    // Clearing lets the same file be chosen again after fixing a problem.
    input.value = '';
    if (result.ok) {
      onUploaded(result.image);
      setMessage({ error: false, text: successText });
    } else setMessage({ error: true, text: result.error });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label
        htmlFor={id}
        className="btn-link cursor-pointer text-sm focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-teal-600"
      >
        {busy ? 'Uploading…' : label}
        <input id={id} type="file" accept={IMAGE_TYPES} className="sr-only" disabled={busy} onChange={onChange} />
      </label>
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
