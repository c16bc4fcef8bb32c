import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { env } from '@/lib/env';
import { eventFactsOf } from '@/lib/events/event-facts';
import type { RecapRow } from '@/lib/sql/types';
import { fieldsFromStored, validateFields } from './editor-fields';
import type { Recap } from './types';

/**
 * The last resort for a live recap that has no version that compiles under
 * today's rules (it went live before a rule tightened, and no snapshot was
 * kept yet): its front matter as usual and its body as plain text paragraphs,
 * never parsed as MDX, so nothing in it can run or fail. Visitors see a plain
 * page instead of a 404; the admin flags the recap until it is fixed. Null
 * only when the front matter itself no longer validates (there is no title or
 * date to show). lib/recaps/db-recaps.ts only.
 */
export function plainTextStandIn(row: RecapRow): Recap | null {
  const live = row.live;
  if (!live) return null;
  const fields = validateFields(fieldsFromStored(live.frontMatter, row.slug), (row.publishedAt ?? live.updatedAt).slice(0, 10));
  if (!fields.ok) return null;
  const paragraphs = live.body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const tree: Root = { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
  const hast: HastRoot = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] })),
  };
  const updated = live.updatedAt > (row.publishedAt ?? '') ? live.updatedAt : (row.publishedAt ?? live.updatedAt);
  return {
    ...fields.data,
    updated: updated.slice(0, 10),
    slug: row.slug,
    talks: [],
    tree,
    hast,
    lastModified: updated,
    source: 'db',
    event: eventFactsOf(fields.data, env.siteTimeZone),
  };
}
