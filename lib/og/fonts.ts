import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { env } from '@/lib/env';

type OgFont = { name: string; data: ArrayBuffer; weight: 400; style: 'normal' };

let cached: OgFont[] | null | undefined;

function read(file: string | undefined, name: string): OgFont | null {
  if (!file) return null;
  try {
    const buffer = fs.readFileSync(/*turbopackIgnore: true*/ file);
    return { name, data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight: 400, style: 'normal' };
  } catch {
    return null;
  }
}

/**
 * Fonts for social cards with Chinese text. next/og ships a Latin font only and
 * otherwise tries to download glyphs from Google Fonts at run time, which fails
 * offline and draws boxes. No npm package ships a CJK font small enough to
 * depend on, so the card uses a system font: OG_FONT_PATH, by default Debian's
 * fonts-droid-fallback. Returns null when none is installed (the card then
 * falls back to next/og's default behaviour).
 */
export function ogFonts(): OgFont[] | null {
  if (cached !== undefined) return cached;
  const cjk = read(env.ogFontPath, 'CJK Fallback');
  if (!cjk) return (cached = null);
  // Keep next/og's own Latin font first, so Latin text looks the same on every card.
  const geist = 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf';
  let latin = read(path.join(/*turbopackIgnore: true*/ process.cwd(), geist), 'Geist');
  try {
    latin ??= read(path.join(path.dirname(createRequire(import.meta.url).resolve('next/package.json')), geist.replace('node_modules/next/', '')), 'Geist');
  } catch {
    // Not resolvable from the bundle either: CJK font only.
  }
  // Without the Latin font, Latin text would be missing: keep next/og's default then.
  return (cached = latin ? [latin, cjk] : null);
}
