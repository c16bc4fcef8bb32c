import { videoEmbed } from '@/lib/mdx/safe-url';
import { VideoPlayer } from './video-player';

/**
 * A YouTube or Bilibili video. The page carries only a link; the player's
 * iframe (and its third-party scripts and cookies) loads when the reader clicks.
 */
export function Video({ src, title }: { src: string; title: string }) {
  const embed = videoEmbed(src);
  if (!embed) return null;
  return <VideoPlayer src={src} title={title} embedUrl={embed.embedUrl} provider={embed.provider} />;
}
