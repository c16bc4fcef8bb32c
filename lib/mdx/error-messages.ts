import { COMPONENT_NAMES, COMPONENTS } from './components-spec';

/**
 * The wording of every slip in the error catalog, in one place, so that the
 * editor and `content:check` (which both go through `compileBody`) say the
 * same thing however the slip was detected: by the parser (`error-catalog.ts`)
 * or by the allow-list check (`validate.ts`). A message names the construct
 * and says what to change; it never quotes the parser.
 */

/** Components written `<X … />`: a missing end is `/>`, not `>`. */
const SELF_CLOSING = new Set(['Figure', 'Video', 'br']);

/** Names organizers reach for, mapped to the component that does the job. */
const ALIASES: Record<string, string> = {
  image: 'Figure',
  img: 'Figure',
  picture: 'Figure',
  photo: 'Figure',
  figure: 'Figure',
  images: 'Gallery',
  photos: 'Gallery',
  pictures: 'Gallery',
  youtube: 'Video',
  bilibili: 'Video',
  iframe: 'Video',
  embed: 'Video',
  movie: 'Video',
  note: 'Callout',
  tip: 'Callout',
  warning: 'Callout',
  alert: 'Callout',
  aside: 'Callout',
  admonition: 'Callout',
  session: 'Talk',
  presentation: 'Talk',
  speech: 'Talk',
  lecture: 'Talk',
};

/** HTML tags that have a Markdown spelling: say that instead of listing components. */
const MARKDOWN_FOR_HTML: Record<string, string> = {
  a: 'write a link as [text](https://…)',
  b: 'write **bold** in Markdown',
  strong: 'write **bold** in Markdown',
  i: 'write *italic* in Markdown',
  em: 'write *italic* in Markdown',
  p: 'separate paragraphs with a blank line',
  div: 'separate blocks with a blank line',
  span: 'write the text without it',
  ul: 'start each item of a list with "- "',
  ol: 'start each item of a list with "1. "',
  li: 'start each item of a list with "- "',
  h1: 'start a heading with "## "',
  h2: 'start a heading with "## "',
  h3: 'start a heading with "### "',
  h4: 'start a heading with "#### "',
  code: 'put code between backticks, `like this`',
  pre: 'put code between lines of three backticks (```)',
  blockquote: 'start each quoted line with "> "',
  hr: 'write a line of three dashes (---) between blank lines',
  table: 'write a Markdown table (| a | b |)',
};

/**
 * A message of the catalog: its English text (what `content:check` prints)
 * and, for the editor, its code and arguments: the editor words it again in
 * the organizer's language from `mdxErrors.<code>` in lib/i18n/messages,
 * with the same line and column.
 */
export interface Worded {
  text: string;
  code: string;
  args?: Record<string, string | number>;
}

const w = (code: string, text: string, args?: Record<string, string | number>): Worded => (args ? { text, code, args } : { text, code });

/** Why each HTML tag with a Markdown spelling is refused: the `hint` of `mdxErrors.htmlTag`. */
const HINT_IDS: Record<string, string> = {
  a: 'link',
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  p: 'paragraph',
  div: 'block',
  span: 'span',
  ul: 'list',
  ol: 'orderedList',
  li: 'list',
  h1: 'heading2',
  h2: 'heading2',
  h3: 'heading3',
  h4: 'heading4',
  code: 'code',
  pre: 'pre',
  blockquote: 'quote',
  hr: 'rule',
  table: 'table',
};

const ends = (name: string) => (SELF_CLOSING.has(name) ? '/>' : '>');
const list = (items: readonly string[]) => items.map((n) => `\`${n}\``).join(', ');

export const messages = {
  missingTagEnd: (name: string) =>
    w('missingTagEnd', `The \`<${name}\` tag is not finished: add \`${ends(name)}\` after its last attribute.`, { name, end: ends(name) }),
  unclosed: (name: string, where: 'block' | 'paragraph' | 'quote' | 'list') =>
    where === 'block'
      ? w('unclosedBlock', `\`<${name}>\` is opened here but never closed: add \`</${name}>\` on its own line where it ends.`, { name })
      : w('unclosedIn', `\`<${name}>\` is opened here but never closed: add \`</${name}>\` before the end of the ${where === 'list' ? 'list item' : where}.`, {
          name,
          where,
        }),
  closeWithoutOpen: (name: string) =>
    w('closeWithoutOpen', `\`</${name}>\` closes a \`<${name}>\` that was never opened: delete it, or add the opening \`<${name}>\` above.`, { name }),
  mismatch: (closing: string, open: string, openLine: number) =>
    w(
      'mismatch',
      `\`</${closing}>\` does not match \`<${open}>\` opened on line ${openLine}: close \`<${open}>\` first with \`</${open}>\`, or correct the name.`,
      { closing, open, openLine },
    ),
  crossing: (name: string) =>
    w('crossing', `\`<${name}>\` must be closed with \`</${name}>\` inside the same bold, italic or link text it was opened in.`, { name }),
  attributeInClosingTag: (name: string) => w('attributeInClosingTag', `A closing tag has no attributes: write just \`</${name}>\`.`, { name }),
  attributeQuotes: (attribute: string, tag: string, value: string) =>
    w('attributeQuotes', `The value of \`${attribute}\` on \`<${tag}>\` must be in double quotes: ${attribute}="${value}".`, { attribute, tag, value }),
  unclosedQuote: (attribute: string, tag: string) =>
    w('unclosedQuote', `The value of \`${attribute}\` on \`<${tag}>\` has no closing quote: add \`"\` at the end of the value.`, { attribute, tag }),
  strayQuote: (tag: string) =>
    w('strayQuote', `A quote is out of place in the \`<${tag}>\` tag: write each attribute as name="value", with one quote at each end.`, { tag }),
  badTagCharacter: (character: string, tag: string) =>
    w('badTagCharacter', `\`${character}\` is out of place in the \`<${tag}>\` tag: write attributes as name="value" and end the tag with \`${ends(tag)}\`.`, {
      character,
      tag,
      end: ends(tag),
    }),
  braces: () => w('braces', 'Curly braces `{…}` are not allowed in a recap: remove them, or write `\\{` to show a brace.'),
  attributeBraces: (attribute: string, tag: string) =>
    w('attributeBraces', `The value of \`${attribute}\` on \`<${tag}>\` must be text in double quotes, not in braces: ${attribute}="…".`, { attribute, tag }),
  spreadAttribute: (tag: string) =>
    w('spreadAttribute', `Curly braces \`{…}\` are not allowed in the \`<${tag}>\` tag: write each attribute as name="value".`, { tag }),
  esm: () => w('esm', 'A line starting with `import` or `export` is read as code, which a recap cannot contain: reword the start of the line.'),
  unknownComponent: (name: string) => {
    const lower = name.toLowerCase();
    const markdown = Object.hasOwn(MARKDOWN_FOR_HTML, lower) ? MARKDOWN_FOR_HTML[lower] : undefined;
    if (markdown) return w('htmlTag', `HTML \`<${name}>\` is not allowed in a recap: ${markdown}.`, { name, hint: HINT_IDS[lower] });
    const suggestion = suggestComponent(name);
    return suggestion
      ? w('unknownComponentSuggest', `\`<${name}>\` is not a recap component: did you mean \`<${suggestion}>\`?`, { name, suggestion })
      : w('unknownComponentList', `\`<${name}>\` is not a recap component: use one of ${COMPONENT_NAMES.map((n) => `\`<${n}>\``).join(', ')}.`, {
          name,
          list: COMPONENT_NAMES.map((n) => `\`<${n}>\``).join(', '),
        });
  },
  fragment: () => w('fragment', 'An empty tag `<>` is not allowed in a recap: remove it, or name a component.'),
  forbiddenTag: (name: string) => w('forbiddenTag', `\`<${name}>\` is not allowed in a recap: remove it.`, { name }),
  htmlImage: () => w('htmlImage', 'An HTML `<img>` is not allowed in a recap: use `<Figure src="…" alt="…" />` instead.'),
  htmlBreak: () => w('htmlBreak', 'Write a line break as `<br />`, with the slash.'),
  htmlComment: () => w('htmlComment', 'HTML comments `<!-- … -->` are not allowed in a recap: delete the comment.'),
  bareLessThan: () => w('bareLessThan', 'A `<` in text starts a tag: write `\\<` to show the character itself, as in "latency \\< 5 ms".'),
  angleLink: () => w('angleLink', 'Links in angle brackets `<…>` are not supported in a recap: write [text](https://…), or just the address.'),
  lazyLine: () => w('lazyLine', 'This line belongs to a tag opened inside a quote or a list: start it with `>` (in a quote) or indent it (in a list).'),
  missingAlt: () =>
    w('missingAlt', '`alt` on `<Figure>` is empty: describe the picture for people who cannot see it, or add `decorative` if it adds nothing to the text.'),
  flagWithValue: (attribute: string, tag: string) =>
    w('flagWithValue', `\`${attribute}\` on \`<${tag}>\` takes no value: write just \`${attribute}\`.`, { attribute, tag }),
  unknownAttribute: (attribute: string, tag: string, allowed: readonly string[]) => {
    if (!allowed.length) return w('noAttributes', `\`<${tag}>\` takes no attributes: remove \`${attribute}\`.`, { attribute, tag });
    const suggestion = suggestAttribute(attribute, allowed);
    return suggestion
      ? w('unknownAttributeSuggest', `\`${attribute}\` is not an attribute of \`<${tag}>\`: did you mean \`${suggestion}\`?`, { attribute, tag, suggestion })
      : w('unknownAttributeList', `\`${attribute}\` is not an attribute of \`<${tag}>\` (it takes ${list(allowed)}).`, { attribute, tag, list: list(allowed) });
  },
  attributeNeedsValue: (attribute: string, tag: string) =>
    w('attributeNeedsValue', `\`${attribute}\` on \`<${tag}>\` needs a value: ${attribute}="…".`, { attribute, tag }),
  eventHandler: (attribute: string) =>
    w('eventHandler', `Event handler attributes such as \`${attribute}\` are not allowed in a recap: remove it.`, { attribute }),
  nestedTalk: () => w('nestedTalk', 'A `<Talk>` cannot be inside another `<Talk>`: close the first one with `</Talk>` before this one starts.'),
  /** `parent`: the component it is inside, or the Markdown container (`blockquote`, `list`, …). */
  talkNotTopLevel: (parent: { tag: string } | { container: string }) =>
    'tag' in parent
      ? w('talkInsideTag', `\`<Talk>\` must stand on its own, not inside \`<${parent.tag}>\`: move it out.`, { tag: parent.tag })
      : w('talkInsideContainer', `\`<Talk>\` must stand on its own, not inside ${containerName(parent.container)}: move it out.`, {
          container: containerKind(parent.container),
        }),
  speakersEmpty: () => w('speakersEmpty', '`speakers` on `<Talk>` is empty: name at least one speaker, as in speakers="Ada Lovelace (Engineer, Acme)".'),
  /** `problem`: what is wrong, as a code of its own (`speakers<Problem>` in the catalog) and an English phrase. */
  speakersMalformed: (code: string, problem: string, args?: Record<string, string>) =>
    w(code, `\`speakers\` on \`<Talk>\` ${problem}: write speakers="Name (Role, Affiliation); Other Name (Role)".`, args),
  talkLink: (attribute: string, value: string) =>
    w('talkLink', `\`${attribute}\` on \`<Talk>\` must be a web address starting with https:// or http:// (found "${value}").`, { attribute, value }),
  unreadable: (character: string | null) =>
    character === null
      ? w('unreadableEnd', 'The recap ends in the middle of a tag or brace: finish the tag with `>` or close the brace.')
      : w('unreadableCharacter', `\`${character}\` cannot be read here: check the tag, \`<\` or \`{\` that comes before it on this line.`, { character }),
};

/** `blockquote` → quote, list items → list: the `container` of `mdxErrors.talkInsideContainer`. */
function containerKind(type: string): string {
  return type === 'blockquote' ? 'quote' : type === 'list' || type === 'listItem' ? 'list' : type;
}

function containerName(type: string): string {
  const kind = containerKind(type);
  return kind === 'quote' ? 'a quote' : kind === 'list' ? 'a list' : `a ${type}`;
}

/** The allowed component an unknown name most likely meant, if any. */
export function suggestComponent(name: string): string | undefined {
  const lower = name.toLowerCase();
  const byCase = COMPONENT_NAMES.find((n) => n.toLowerCase() === lower || `${n.toLowerCase()}s` === lower);
  if (byCase) return byCase;
  if (Object.hasOwn(ALIASES, lower)) return ALIASES[lower];
  return closest(name, Object.keys(COMPONENTS));
}

/** The allowed attribute a misspelt one most likely meant: `speaker` → `speakers`. */
export function suggestAttribute(attribute: string, allowed: readonly string[]): string | undefined {
  return closest(attribute, allowed);
}

/** The candidate within two edits of `name` (case aside), if any: `speaker` → `speakers`, `Figur` → `Figure`. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 2 && distance < lower.length && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  // Names are short (a tag name); the quadratic table is a few dozen cells.
  if (Math.abs(a.length - b.length) > 2 || a.length > 40) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
