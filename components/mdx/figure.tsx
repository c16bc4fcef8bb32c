import { isSafeUrl } from '@/lib/mdx/safe-url';

interface FigureProps {
  src: string;
  alt: string;
  caption?: string;
  width?: string;
  height?: string;
}

/** An image with an optional caption. Width and height, when given, reserve space and avoid layout shift. */
export function Figure({ src, alt, caption, width, height }: FigureProps) {
  if (!isSafeUrl(src)) return null;
  return (
    <figure className="my-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- author images, often SVG, of unknown size */}
      <img
        src={src}
        alt={alt}
        width={width ? Number(width) : undefined}
        height={height ? Number(height) : undefined}
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded-lg border border-zinc-200 dark:border-zinc-800"
      />
      {caption && <figcaption className="mt-2 text-center text-sm text-zinc-600 dark:text-zinc-400">{caption}</figcaption>}
    </figure>
  );
}
