import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCardPng } from './render-card';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('renderCardPng', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws text in any script with local fonts only, without a single network request', async () => {
    const fetch = vi.fn(async () => {
      throw new Error('network is off in this test');
    });
    vi.stubGlobal('fetch', fetch);
    // Latin, Chinese, emoji, Devanagari, Egyptian hieroglyphs, Arabic: most are in no local font.
    const text = 'Rust Night 北京 🎉🦀 नमस्ते 𓀀 مرحبا';
    const png = await renderCardPng(
      createElement('div', { style: { display: 'flex', fontSize: 64, color: 'white', background: '#115e59', width: '100%', height: '100%' } }, text),
    );
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(fetch).not.toHaveBeenCalled();
  });
});
