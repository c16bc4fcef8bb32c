import 'server-only';
import type { ReactNode } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { ogFonts } from './fonts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Draws a social card to PNG with local fonts only, and never touches the
 * network. next/og's ImageResponse cannot promise that: for any character its
 * fonts lack it downloads glyphs from Google Fonts (and emoji from a CDN)
 * through a hard-wired `loadAdditionalAsset` with no option to turn it off. So
 * this calls satori (the renderer ImageResponse wraps) with a
 * `loadAdditionalAsset` that supplies nothing: such a character is drawn as
 * the fallback font's empty box. Unlike ImageResponse, satori's default box
 * model is content-box: the card's root sets `boxSizing: 'border-box'`.
 * The SVG becomes PNG with sharp, as ImageResponse does when sharp is
 * installed. Route handlers only.
 */
export async function renderCardPng(element: ReactNode): Promise<Buffer> {
  const fonts = ogFonts();
  if (fonts.length === 0) throw new Error('no font for social cards: see OG_FONT_PATH');
  const svg = await satori(element, { ...CARD_SIZE, fonts, loadAdditionalAsset: async () => [] });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
