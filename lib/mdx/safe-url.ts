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
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
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
