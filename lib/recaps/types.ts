import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { TalkInfo } from '@/lib/mdx/talks';
import type { FrontMatter } from './schema';

/** What listings, speaker and tag pages, the sitemap and the feed need of a recap. */
export interface RecapSummary extends FrontMatter {
  slug: string;
  talks: TalkInfo[];
  /** Date of the last change, YYYY-MM-DD or a full ISO timestamp. */
  lastModified: string;
  source: 'file' | 'db';
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
