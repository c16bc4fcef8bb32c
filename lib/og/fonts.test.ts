import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATIN_FONT_FILE, ogFonts } from './fonts';

describe('ogFonts', () => {
  it("reads the Latin font from @fontsource/geist-sans, not from Next's private files", () => {
    expect(LATIN_FONT_FILE.startsWith('node_modules/@fontsource/geist-sans/')).toBe(true);
    // WOFF 1 ('wOFF'): satori reads it; it cannot read WOFF2.
    expect(fs.readFileSync(LATIN_FONT_FILE).subarray(0, 4).toString('latin1')).toBe('wOFF');
    expect(ogFonts().map((f) => f.name)).toContain('Geist');
  });

  it('next.config.js ships the same file in a standalone build', () => {
    expect(fs.readFileSync('next.config.js', 'utf8')).toContain(`./${LATIN_FONT_FILE}`);
  });
});
