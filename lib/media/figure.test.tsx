import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Figure } from '@/components/mdx/figure';

const upload = `/media/${'ab'.repeat(32)}.jpg`;

describe('Figure', () => {
  it('renders uploads with known size through next/image, keeping the caption', () => {
    const html = renderToStaticMarkup(<Figure src={upload} alt="The hall" caption="Full house" width="1200" height="800" />);
    expect(html).toContain('src="/_next/image?url=%2Fmedia%2F');
    expect(html).toContain('width="1200" height="800"');
    expect(html).toContain('sizes="(min-width: 768px) 720px, 100vw"');
    expect(html).toContain('<figcaption');
    expect(html).toContain('Full house');
  });

  it('keeps a plain <img> for other images, uploads of unknown size, and odd sizes', () => {
    for (const props of [
      { src: '/covers/x.svg', width: '10', height: '5' },
      { src: upload },
      { src: upload, width: '1200', height: '0' },
      { src: `${upload}?x=1`, width: '10', height: '10' },
      { src: '/media/../api/health', width: '10', height: '10' },
    ]) {
      const html = renderToStaticMarkup(<Figure alt="a" {...props} />);
      expect(html, props.src).not.toContain('/_next/image');
      expect(html).toContain(`src="${props.src.replace(/&/g, '&amp;')}"`);
    }
    expect(renderToStaticMarkup(<Figure src="javascript:alert(1)" alt="x" />)).toBe('');
  });
});
