/** Names we issue for uploads: `<64 lower-case hex sha-256>.<ext>`. Anything else is not ours. */
export const MEDIA_FILE_NAME = /^([0-9a-f]{64})\.(jpg|png|webp|avif)$/;

/** The public URL of a stored image; content-addressed, so it never changes meaning. */
export const mediaSrc = (hash: string, ext: string) => `/media/${hash}.${ext}`;

/** True for URLs of images uploaded through the portal (re-encoded rasters of known size). */
export const isMediaSrc = (src: string) => src.startsWith('/media/') && MEDIA_FILE_NAME.test(src.slice('/media/'.length));
