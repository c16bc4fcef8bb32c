import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

export type OgFont = { name: string; data: ArrayBuffer; weight: 400; style: 'normal' };

/**
 * Geist for Latin text, from the @fontsource/geist-sans package (SIL Open
 * Font License), whose job is to ship these files: WOFF, which satori reads
 * (it cannot read WOFF2). A fixed string, not a resolved module path: a
 * computed path makes Next's file tracing match every file it could be
 * (~17,000 under node_modules, with a build warning). next.config.js lists
 * this file in outputFileTracingIncludes so a standalone build ships it.
 */
export const LATIN_FONT_FILE = 'node_modules/@fontsource/geist-sans/files/geist-sans-latin-400-normal.woff';

let cached: OgFont[] | undefined;

function read(file: string, name: string): OgFont | null {
  try {
    const buffer = fs.readFileSync(/*turbopackIgnore: true*/ file);
    return { name, data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight: 400, style: 'normal' };
  } catch {
    return null;
  }
}

/**
 * The fonts social cards are drawn with, all read from local files: Geist for
 * Latin text, then OG_FONT_PATH (default: Debian's fonts-droid-fallback) for
 * Chinese and most other scripts. No npm package ships a CJK font small
 * enough to depend on. A glyph in neither font is drawn as an empty box, never
 * fetched (lib/og/render-card.ts). Read once per process. lib/og only.
 */
export function ogFonts(): OgFont[] {
  if (cached) return cached;
  const latin = read(path.join(/*turbopackIgnore: true*/ process.cwd(), LATIN_FONT_FILE), 'Geist');
  const fallback = read(env.ogFontPath, 'Fallback');
  if (!latin) console.error(`[og] ${LATIN_FONT_FILE} is missing: social cards use OG_FONT_PATH only`);
  if (!fallback) console.error(`[og] OG_FONT_PATH (${env.ogFontPath}) is not readable: Chinese text on social cards is left out`);
  cached = [latin, fallback].filter((f): f is OgFont => f !== null);
  return cached;
}
