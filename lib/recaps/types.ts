import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { TalkInfo } from '@/lib/mdx/talks';
import type { EventFacts } from '@/lib/events/event-facts';
import type { FrontMatter } from './schema';

/** What listings, speaker and tag pages, the sitemap and the feed need of a recap. */
export interface RecapSummary extends FrontMatter {
  slug: string;
  talks: TalkInfo[];
  /** Date of the last change, YYYY-MM-DD or a full ISO timestamp. */
  lastModified: string;
  source: 'file' | 'db';
  /** The event: instants, status, place, series (lib/events/event-facts.ts). Public code reads this, not the front matter's event fields. */
  event: EventFacts;
}

/** A recap ready to render: its summary and the validated MDX tree. */
export interface Recap extends RecapSummary {
  tree: Root;
  /** What the page renders (`renderBody`). */
  hast: HastRoot;
}

export interface SpeakerTalk {
  recap: RecapSummary;
  talk: TalkInfo;
}
