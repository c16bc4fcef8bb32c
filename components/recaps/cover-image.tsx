/** The frame every recap cover is shown in, 40:21 like a 1200×630 social card, cropped to fill. */
export const COVER_CLASS = 'aspect-[40/21] w-full bg-zinc-100 object-cover dark:bg-zinc-900';

/**
 * A recap's cover as the cards show it: the editor previews it through the same frame.
 * `priority` is for the first cover of a page, which is above the fold and usually its
 * largest paint: fetched at once and first, never lazily (a lazy image waits for layout).
 */
export function CoverImage({ src, className = '', lazy = true, priority = false }: { src: string; className?: string; lazy?: boolean; priority?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- covers are small SVGs or uploads served as-is
    <img
      src={src}
      alt=""
      width={1200}
      height={630}
      loading={lazy && !priority ? 'lazy' : undefined}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
      className={`${COVER_CLASS} ${className}`}
    />
  );
}
