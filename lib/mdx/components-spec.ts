/**
 * The allow-list: the only components a recap may use, and the string
 * attributes each accepts. Anything else is refused by `validateTree`.
 */
export interface ComponentSpec {
  attributes: readonly string[];
  required: readonly string[];
  /** Attributes whose value is a URL and must pass `isSafeUrl`. */
  urls: readonly string[];
  /** Attributes written without a value (`<Figure … decorative />`). */
  flags?: readonly string[];
  /** Where the component may appear: at the top level only, or anywhere. */
  topLevelOnly?: boolean;
}

export const COMPONENTS: Record<string, ComponentSpec> = {
  // `start` (HH:MM, the event's zone): the talk's place in an announced agenda.
  Talk: { attributes: ['title', 'speakers', 'slides', 'video', 'start'], required: ['title', 'speakers'], urls: ['slides', 'video'], topLevelOnly: true },
  // `decorative` marks an image that adds nothing for a screen reader: only then may `alt` be empty.
  Figure: { attributes: ['src', 'alt', 'caption', 'width', 'height', 'decorative'], required: ['src', 'alt'], urls: ['src'], flags: ['decorative'] },
  Gallery: { attributes: ['caption'], required: [], urls: [] },
  Video: { attributes: ['src', 'title'], required: ['src', 'title'], urls: ['src'] },
  Callout: { attributes: ['type', 'title'], required: [], urls: [] },
};

/** Harmless inline HTML that authors reach for; no attributes except `title` on abbr. */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  mark: [],
  small: [],
  abbr: ['title'],
  details: [],
  summary: [],
};

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

export const COMPONENT_NAMES = Object.keys(COMPONENTS);
