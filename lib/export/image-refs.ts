import fs from 'node:fs';
import path from 'node:path';
import { isMediaSrc } from '@/lib/media/file-name';
import { isSiteRelativePath } from '@/lib/mdx/safe-url';

// The site-relative images a recap's text names (its cover and every `src`),
// so that the export can carry the files a site's public/ folder serves.

const COVER = /^cover:\s*["']?([^"'\s#]+)/m;
const SRC = /\bsrc\s*=\s*(?:\{\s*)?["']([^"']+)["']/g;

/** Site-relative image paths in a recap file's text (`/covers/x.svg`), query and fragment removed, each once. */
export function siteImagePaths(text: string): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    const clean = value?.trim().split(/[?#]/)[0];
    if (clean && isSiteRelativePath(clean)) found.add(clean);
  };
  add(COVER.exec(text)?.[1]);
  for (const match of text.matchAll(SRC)) add(match[1]);
  return [...found];
}

/** Uploaded images (`/media/<hash>.<ext>`) come from the media store; these paths from the site's public/ folder. */
export const isPublicFilePath = (src: string) => !isMediaSrc(src);

/** The file under `publicDir` a site path names, or null when it is missing or would leave the folder. */
export function publicFileFor(publicDir: string, src: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return null;
  }
  const root = path.resolve(/*turbopackIgnore: true*/ publicDir);
  const file = path.resolve(/*turbopackIgnore: true*/ root, `.${decoded}`);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(/*turbopackIgnore: true*/ file).isFile() ? file : null;
  } catch {
    return null;
  }
}
