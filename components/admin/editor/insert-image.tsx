import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { ImageUpload } from './image-upload';
import { INPUT_CLASS } from './form-field';
import { figureTag, type UploadedImage } from './upload';

interface Props {
  uploadUrl: string;
  /** Receives the finished `<Figure />` tag to place at a block boundary. */
  onInsert: (tag: string) => void;
}

/**
 * *Insert image*: upload, then a small form for the alt text and caption
 * before anything is written into the body. Alt text is required unless the
 * organizer marks the image decorative, the same rule the publish check applies.
 */
export function InsertImage({ uploadUrl, onInsert }: Props) {
  const t = useTranslations('editor.image');
  const [image, setImage] = useState<UploadedImage | null>(null);
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const altInput = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (image) altInput.current?.focus();
  }, [image]);

  function reset() {
    setImage(null);
    setAlt('');
    setCaption('');
    setDecorative(false);
    setError(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!image) return;
    if (!decorative && !alt.trim()) {
      setError(t('altMissing'));
      altInput.current?.focus();
      return;
    }
    onInsert(figureTag(image, { alt, caption, decorative }));
    reset();
    setDone(t('inserted'));
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <ImageUpload
        uploadUrl={uploadUrl}
        testId="insert-image"
        label={t('insert')}
        successText={null}
        onUploaded={(uploaded) => (setDone(''), setImage(uploaded))}
      />
      <span aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {done}
      </span>
      {image && (
        // A form of its own (not nested in another): Enter in a field inserts, Escape cancels.
        <form
          aria-labelledby={`${id}-title`}
          onSubmit={submit}
          onKeyDown={(e) => e.key === 'Escape' && reset()}
          className="w-full max-w-md space-y-3 rounded-md border border-zinc-300 p-3 text-left dark:border-zinc-700"
        >
          <p id={`${id}-title`} className="text-sm font-semibold">
            {t('describe')}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a just-uploaded image, shown small to describe it */}
          <img src={image.src} alt="" className="max-h-32 rounded border border-zinc-200 dark:border-zinc-800" />
          <div>
            <label htmlFor={`${id}-alt`} className="block text-sm font-medium">
              {t('alt')}
            </label>
            <input
              ref={altInput}
              id={`${id}-alt`}
              value={alt}
              disabled={decorative}
              onChange={(e) => (setAlt(e.target.value), setError(null))}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-error` : `${id}-hint`}
              className={INPUT_CLASS}
            />
            <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {t('altHint')}
            </p>
            {error && (
              <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
                {error}
              </p>
            )}
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={decorative} onChange={(e) => (setDecorative(e.target.checked), setError(null))} />
            {t('decorative')}
          </label>
          <div>
            <label htmlFor={`${id}-caption`} className="block text-sm font-medium">
              {t('caption')}
            </label>
            <input id={`${id}-caption`} value={caption} onChange={(e) => setCaption(e.target.value)} className={INPUT_CLASS} />
          </div>
          <div className="flex gap-3">
            <button type="submit" className="btn-link text-sm">
              {t('insertButton')}
            </button>
            <button type="button" className="btn-link text-sm" onClick={reset}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
