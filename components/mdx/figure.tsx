import { getImageProps } from 'next/image';
import { isMediaSrc } from '@/lib/media/file-name';
import { isSafeUrl } from '@/lib/mdx/safe-url';

interface FigureProps {
  src: string;
  alt: string;
  caption?: string;
  width?: string;
  height?: string;
  /** Set by the organizer for an image that adds nothing to the text: screen readers skip it (empty alt). */
  decorative?: boolean | string;
}

const IMAGE_CLASS = 'h-auto w-full rounded-lg border border-zinc-200 dark:border-zinc-800';

/**
 * An uploaded image through the optimiser, as a plain `<img>` rendered on the
 * server: `getImageProps` gives the same srcset and sizes as `<Image>` without
 * its client component, whose 6 KB of JavaScript every recap page would ship
 * whether or not it has a figure (bench/README.md, Page speed).
 */
function OptimisedImage({ src, alt, width, height }: { src: string; alt: string; width: number; height: number }) {
  const { props } = getImageProps({ src, alt, width, height, sizes: '(min-width: 768px) 720px, 100vw', className: IMAGE_CLASS });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the props above carry alt; getImageProps is next/image's own
  return <img {...props} />;
}

/** A positive whole number of pixels from an MDX string attribute, or null. */
const pixels = (value: string | undefined) => (value && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null);

/** An image with an optional caption. Width and height, when given, reserve space and avoid layout shift. */
export function Figure({ src, alt: written, caption, width, height, decorative }: FigureProps) {
  if (!isSafeUrl(src)) return null;
  // The validator refuses an empty alt without `decorative`; a decorative image gets alt="" whatever was written.
  const alt = decorative ? '' : written;
  const w = pixels(width);
  const h = pixels(height);
  return (
    <figure className="my-6">
      {/* Uploaded images (always raster, with known size) go through the optimiser; the rest, often SVG, are served as-is. */}
      {isMediaSrc(src) && w && h ? (
        <OptimisedImage src={src} alt={alt} width={w} height={h} />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- author images, often SVG, of unknown size
        <img
          src={src}
          alt={alt}
          width={width ? Number(width) : undefined}
          height={height ? Number(height) : undefined}
          loading="lazy"
          decoding="async"
          className={IMAGE_CLASS}
        />
      )}
      {caption && <figcaption className="mt-2 text-center text-sm text-zinc-600 dark:text-zinc-400">{caption}</figcaption>}
    </figure>
  );
}
