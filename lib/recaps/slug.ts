import { slug as slugify } from 'github-slugger';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a URL-safe recap slug: lowercase ASCII words joined by single hyphens. */
export function isValidSlug(value: string): boolean {
  return value.length <= 100 && SLUG_PATTERN.test(value);
}

/** Suggests a recap slug from a title; non-Latin titles fall back to `recap-<date>`. */
export function suggestSlug(title: string, date?: string): string {
  const ascii = slugify(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return ascii || `recap-${date ?? new Date().toISOString().slice(0, 10)}`;
}

/** URL segment of a tag page. */
export function tagSlug(tag: string): string {
  return slugify(tag) || 'tag';
}
