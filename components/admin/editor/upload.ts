export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif';

export interface UploadedImage {
  src: string;
  width: number;
  height: number;
}

export type UploadResult = { ok: true; image: UploadedImage } | { ok: false; error: string };

/** The words for failures the server did not word itself, in the admin locale. */
export interface UploadWords {
  unreachable: string;
  httpError: (status: number) => string;
}

/** POSTs one image as multipart field `file`; the server's own message is passed on when it refuses. */
export async function uploadImage(url: string, file: File, words: UploadWords): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form });
  } catch {
    return { ok: false, error: words.unreachable };
  }
  const data = (await response.json().catch(() => null)) as (Partial<UploadedImage> & { error?: unknown }) | null;
  if (response.ok && data && typeof data.src === 'string') {
    return { ok: true, image: { src: data.src, width: Number(data.width) || 0, height: Number(data.height) || 0 } };
  }
  const error = data && typeof data.error === 'string' ? data.error : words.httpError(response.status);
  return { ok: false, error };
}

export interface FigureText {
  alt: string;
  caption: string;
  /** The image adds nothing for someone who cannot see it: `alt` stays empty, on purpose. */
  decorative: boolean;
}

/** An attribute value for `name="…"`: one line, with `"` as a character reference (MDX decodes it). */
const attributeText = (value: string) => value.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The MDX for an uploaded image, with the alt text and caption the organizer gave. */
export function figureTag(image: UploadedImage, text: FigureText): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const alt = text.decorative ? '' : attributeText(text.alt);
  const caption = text.caption.trim() ? ` caption="${attributeText(text.caption)}"` : '';
  return `<Figure src="${image.src.replace(/"/g, '%22')}" alt="${alt}"${text.decorative ? ' decorative' : ''}${size}${caption} />`;
}
