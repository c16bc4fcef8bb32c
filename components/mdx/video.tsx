import { videoEmbed } from '@/lib/mdx/safe-url';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { VideoPlayer } from './video-player';

/**
 * A YouTube or Bilibili video. The page carries only a link; the player's
 * iframe (and its third-party scripts and cookies) loads when the reader clicks.
 * The player is a client leaf: its one sentence comes translated, as a prop.
 */
export function Video({ locale, src, title }: { locale: Locale; src: string; title: string }) {
  const embed = videoEmbed(src);
  if (!embed) return null;
  const hint = translator(locale, 'talk')('playVideo', { provider: embed.provider === 'youtube' ? 'YouTube' : 'Bilibili' });
  return <VideoPlayer src={src} title={title} embedUrl={embed.embedUrl} hint={hint} />;
}
