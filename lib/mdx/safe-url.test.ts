import { describe, expect, it } from 'vitest';
import { isSafeUrl, isSiteRelativePath, videoEmbed } from './safe-url';

describe('isSafeUrl', () => {
  it.each(['https://example.com/slides.pdf', 'http://example.com', 'HTTPS://EXAMPLE.COM/x', 'mailto:someone@example.com', '/covers/a.svg', '/', '#talk-1'])(
    'accepts %s',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    },
  );

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['NUL inside the scheme', 'java\u0000script:alert(1)'],
    ['leading spaces and controls', ' \u0001javascript:alert(1)'],
    ['data:text/html', 'data:text/html;base64,PHNjcmlwdD4='],
    ['data: image', 'data:image/png;base64,AAAA'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['protocol-relative', '//evil.com'],
    ['protocol-relative after a tab', '/\t/evil.com'],
    ['backslash host', '/\\evil.com'],
    ['bare relative path', 'slides.pdf'],
    ['bare host', 'evil.com/x'],
    ['http without host', 'http://'],
    ['empty', ''],
    ['only whitespace', ' \t\n'],
  ])('refuses %s', (_, url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('videoEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abcdefghijk', 'youtube', 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1'],
    ['https://youtube.com/watch?feature=share&v=abc_def-hij', 'youtube', 'https://www.youtube-nocookie.com/embed/abc_def-hij?autoplay=1'],
    ['https://youtu.be/abcdefghijk', 'youtube', 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1'],
    ['https://m.youtube.com/embed/abcdefghijk', 'youtube', 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1'],
    ['https://www.bilibili.com/video/BV1Ob4y1K7oC', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1Ob4y1K7oC&autoplay=1'],
    ['https://bilibili.com/video/BV1Ob4y1K7oC/?p=2', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1Ob4y1K7oC&autoplay=1'],
  ])('embeds %s', (src, provider, embedUrl) => {
    expect(videoEmbed(src)).toEqual({ provider, embedUrl });
  });

  it.each([
    'http://www.youtube.com/watch?v=abcdefghijk',
    'https://youtube.com.evil.example/watch?v=abcdefghijk',
    'https://evil.example/?u=https://youtu.be/abcdefghijk',
    'https://www.youtube.com/watch?v=short',
    'https://vimeo.com/123456',
    'https://www.bilibili.com/video/av170001',
    'javascript:alert("https://youtu.be/abcdefghijk")',
    '//www.youtube.com/watch?v=abcdefghijk',
  ])('refuses %s', (src) => {
    expect(videoEmbed(src)).toBeNull();
  });

  it('builds the embed URL from the id only, never from the rest of the source', () => {
    expect(videoEmbed('https://youtu.be/abcdefghijk"><script>')?.embedUrl).toBe('https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1');
  });
});

describe('isSiteRelativePath', () => {
  it.each(['/covers/a.png', '/', '/a//b', '/a\\b'])('accepts %s', (path) => expect(isSiteRelativePath(path)).toBe(true));
  it.each(['//evil.example/x.png', '/\\evil.example/x.png', '/\t/evil.example', '/\n/evil.example', 'covers/a.png', '', ' /a', '\\/evil.example', '/a b'])(
    'refuses %j',
    (path) => expect(isSiteRelativePath(path)).toBe(false),
  );
});
