import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { sniffImage } from '@/lib/media/sniff';
import { attribute, isFigure, setAttribute } from './convert';
import { say, type ReportBuilder } from './report';

// The images of a post, found the way Hugo serves them: next to the page (a
// page bundle), then in the site's static folders, and as a last resort in a
// committed build folder (public/). Their real format comes from the bytes
// (extensions lie); a store (the upload pipeline, or a folder for --out)
// re-encodes them and gives the new URL. Remote images stay as they are.

export interface ImageContext {
  /** The post's file, and its URL on the old site. */
  absolute: string;
  pageUrl: string;
  root: string;
  staticDirs: string[];
}

export type StoredImage = { ok: true; src: string; width: number; height: number } | { ok: false; error: string };
/** Stores an image's bytes (re-encoded, metadata stripped, deduplicated by hash): lib/media's pipeline. */
export type ImageStore = (bytes: Buffer) => Promise<StoredImage>;

const EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

/** The file an image URL of the old site points to, or null. */
export function locateImage(src: string, context: ImageContext): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  const clean = decodeURIComponent(src.split(/[?#]/)[0]);
  const candidates: string[] = [];
  if (clean.startsWith(context.pageUrl)) candidates.push(path.join(path.dirname(context.absolute), clean.slice(context.pageUrl.length)));
  for (const dir of context.staticDirs) candidates.push(path.join(dir, clean));
  candidates.push(path.join(context.root, 'public', clean));
  // Never outside the imported folder, whatever `..` the post wrote.
  return candidates.find((file) => file.startsWith(context.root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/**
 * Resolves every <Figure> of the tree (and the cover): stored through `store`
 * when given (the src becomes the stored URL, width and height recorded),
 * otherwise only checked. Reports missing, unreadable and mislabelled images.
 * Returns the hashes of the images' bytes (translations share their photos).
 */
export async function resolveImages(
  tree: Root,
  frontMatter: Record<string, unknown>,
  context: ImageContext,
  report: ReportBuilder,
  store?: ImageStore,
): Promise<string[]> {
  const hashes: string[] = [];
  const done = new Map<string, StoredImage | null>();
  const handle = async (src: string, line: number): Promise<StoredImage | null> => {
    if (/^https?:/i.test(src)) return null;
    if (done.has(src)) return done.get(src)!;
    const file = locateImage(src, context);
    let result: StoredImage | null = null;
    if (!file) report.flag('image-missing', say('imageMissing', { src }), line);
    else {
      // A run-time path of the imported site: not for Next's output tracing to follow.
      const bytes = fs.readFileSync(/*turbopackIgnore: true*/ file);
      hashes.push(createHash('sha256').update(bytes).digest('hex'));
      const type = sniffImage(bytes);
      const ext = path.extname(file).slice(1).toLowerCase().replace('jpeg', 'jpg');
      if (!type) report.flag('image-unreadable', say('imageUnreadable', { src }), line);
      else if (ext !== EXTENSIONS[type]) report.flag('image-mislabelled', say('imageMislabelled', { src, type: type.toUpperCase(), ext }), line);
      if (type && store) {
        result = await store(bytes);
        if (!result.ok) report.flag('image-refused', say('imageRefused', { src, error: { sentence: result.error } }), line);
      }
    }
    done.set(src, result);
    return result;
  };
  const figures: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  const walk = (node: Nodes) => {
    if (isFigure(node)) figures.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  for (const figure of figures) {
    const src = attribute(figure, 'src') ?? '';
    const stored = await handle(src, figure.position?.start.line ?? 1);
    if (stored?.ok) {
      setAttribute(figure, 'src', stored.src);
      setAttribute(figure, 'width', String(stored.width));
      setAttribute(figure, 'height', String(stored.height));
    }
  }
  if (typeof frontMatter.cover === 'string') {
    const stored = await handle(frontMatter.cover, 1);
    if (stored?.ok) frontMatter.cover = stored.src;
  }
  return hashes;
}
