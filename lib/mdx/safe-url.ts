/**
 * True for a path on this site: one leading `/` followed by a path. Never
 * `//host` or `/\\host` (browsers read both as another host, since they treat
 * `\\` as `/` in http URLs), and no whitespace or control characters, which
 * browsers drop (`/\t/host` is `//host`). The one test for "site-relative"
 * used by every URL check: MDX links and images, covers, sign-in callbacks.
 */
export function isSiteRelativePath(value: string): boolean {
  return /^\/(?![/\\])/.test(value) && !/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(value);
}

/**
 * True for http(s) and mailto URLs and site-relative paths or fragments.
 * Everything else (javascript:, data:, vbscript:, protocol-relative //host,
 * relative paths that browsers could resolve surprisingly) is refused.
 */
export function isSafeUrl(raw: string): boolean {
  // Browsers ignore control characters and whitespace inside schemes: `java\tscript:`.
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url === '') return false;
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return isSiteRelativePath(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return false;
  const name = scheme[1].toLowerCase();
  if (name === 'mailto') return true;
  if (name !== 'http' && name !== 'https') return false;
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
}

const YOUTUBE = /^https:\/\/(?:www\.|m\.)?(?:youtube\.com\/watch\?(?:.*&)?v=|youtu\.be\/|youtube\.com\/embed\/)([\w-]{11})/;
const BILIBILI = /^https:\/\/(?:www\.|m\.)?bilibili\.com\/video\/(BV[0-9A-Za-z]{10})/;

/** The privacy-friendly embed URL for a YouTube or Bilibili video page, or null. */
export function videoEmbed(src: string): { provider: 'youtube' | 'bilibili'; embedUrl: string } | null {
  const yt = YOUTUBE.exec(src);
  if (yt) return { provider: 'youtube', embedUrl: `https://www.youtube-nocookie.com/embed/${yt[1]}?autoplay=1` };
  const bili = BILIBILI.exec(src);
  if (bili) return { provider: 'bilibili', embedUrl: `https://player.bilibili.com/player.html?bvid=${bili[1]}&autoplay=1` };
  return null;
}
