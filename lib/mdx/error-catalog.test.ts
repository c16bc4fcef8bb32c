import { describe, expect, it } from 'vitest';
import { compileBody } from './compile';
import { checkTrustedRecap } from '@/lib/recaps/validation-gate';

/** Lines before the body (the front matter): every expected line below includes them. */
const OFFSET = 10;

interface Slip {
  slip: string;
  body: string;
  /** File line and column of the place to act. */
  at: [number, number];
  message: string;
}

const talkWith = (attributes: string) => `<Talk title="T" ${attributes}>\n\nText.\n\n</Talk>\n`;

/** The catalog: each slip organizers make, where it is reported, and what it says. */
const SLIPS: Slip[] = [
  {
    slip: '`<Talk` whose `>` is missing: the opening tag line, not where the parser gave up',
    body: 'Intro.\n\n<Talk title="Kafka at scale" speakers="Ada"\n\nWe learned a lot.\n\nMore text.\n',
    at: [13, 1],
    message: 'The `<Talk` tag is not finished: add `>` after its last attribute.',
  },
  {
    slip: '`<Talk` whose `>` is missing, followed by words only (the parser stops at the end of the file)',
    body: 'Intro.\n\n<Talk title="T" speakers="Ada"\n\nWords without punctuation\n',
    at: [13, 1],
    message: 'The `<Talk` tag is not finished: add `>` after its last attribute.',
  },
  {
    slip: '`<Talk` whose `>` is missing, followed by text with an apostrophe',
    body: 'Intro.\n\n<Talk title="T" speakers="Ada"\n\nIt\'s a talk about Kafka.\n',
    at: [13, 1],
    message: 'The `<Talk` tag is not finished: add `>` after its last attribute.',
  },
  {
    slip: '`<Talk` whose `>` is missing, followed by text with braces',
    body: 'Intro.\n\n<Talk title="T" speakers="Ada"\n\nWe waited {sixty} minutes.\n',
    at: [13, 1],
    message: 'The `<Talk` tag is not finished: add `>` after its last attribute.',
  },
  {
    slip: 'a single-quoted value with an apostrophe in a tag written over several lines',
    body: "<Talk\n  title='Kafka's design'\n  speakers=\"Ada\">\n\nText.\n\n</Talk>\n",
    at: [12, 3],
    message: 'The value of `title` on `<Talk>` must be in double quotes: title="Kafka\'s design".',
  },
  {
    slip: '`</Talk>` missing',
    body: 'Intro.\n\n<Talk title="T" speakers="Ada">\n\nText.\n',
    at: [13, 1],
    message: '`<Talk>` is opened here but never closed: add `</Talk>` on its own line where it ends.',
  },
  {
    slip: 'a closing tag without an opening one',
    body: 'Intro.\n\nText.\n\n</Talk>\n',
    at: [15, 1],
    message: '`</Talk>` closes a `<Talk>` that was never opened: delete it, or add the opening `<Talk>` above.',
  },
  {
    slip: 'mismatched tags',
    body: '<Talk title="T" speakers="Ada">\n\nText.\n\n</Callout>\n',
    at: [15, 1],
    message: '`</Callout>` does not match `<Talk>` opened on line 11: close `<Talk>` first with `</Talk>`, or correct the name.',
  },
  {
    slip: 'an unquoted attribute value',
    body: '<Talk title=Intro speakers="Ada">\n\nText.\n\n</Talk>\n',
    at: [11, 13],
    message: 'The value of `title` on `<Talk>` must be in double quotes: title="Intro".',
  },
  {
    slip: 'a single-quoted attribute value',
    body: '<Talk title=\'Intro\' speakers="Ada">\n\nText.\n\n</Talk>\n',
    at: [11, 7],
    message: 'The value of `title` on `<Talk>` must be in double quotes: title="Intro".',
  },
  {
    slip: 'a single-quoted attribute value broken by an apostrophe',
    body: "<Talk title='Kafka's design' speakers=\"Ada\">\n\nText.\n\n</Talk>\n",
    at: [11, 7],
    message: 'The value of `title` on `<Talk>` must be in double quotes: title="Kafka\'s design".',
  },
  {
    slip: 'an attribute value in curly quotes, as word processors write them',
    body: '<Talk title=“Intro” speakers="Ada">\n\nText.\n\n</Talk>\n',
    at: [11, 13],
    message: 'The value of `title` on `<Talk>` must be in double quotes: title="Intro".',
  },
  {
    slip: '`{sixty}`: an expression that parses',
    body: 'We waited {sixty} minutes.\n',
    at: [11, 11],
    message: 'Curly braces `{…}` are not allowed in a recap: remove them, or write `\\{` to show a brace.',
  },
  {
    slip: '`{date TBD}`: an expression that does not parse reads the same',
    body: 'We waited {date TBD} minutes.\n',
    at: [11, 11],
    message: 'Curly braces `{…}` are not allowed in a recap: remove them, or write `\\{` to show a brace.',
  },
  {
    slip: '`{` never closed',
    body: 'Doors open at {7 pm.\n\nSee you.\n',
    at: [11, 15],
    message: 'Curly braces `{…}` are not allowed in a recap: remove them, or write `\\{` to show a brace.',
  },
  {
    slip: 'unknown component `<talk>` in lower case',
    body: '<talk title="T" speakers="Ada">\n\nText.\n\n</talk>\n',
    at: [11, 1],
    message: '`<talk>` is not a recap component: did you mean `<Talk>`?',
  },
  {
    slip: 'unknown component `<Talks>`',
    body: '<Talks title="T" speakers="Ada">\n\nText.\n\n</Talks>\n',
    at: [11, 1],
    message: '`<Talks>` is not a recap component: did you mean `<Talk>`?',
  },
  {
    slip: 'unknown component `<Image>`',
    body: 'Intro.\n\n<Image src="/a.png" alt="A room" />\n',
    at: [13, 1],
    message: '`<Image>` is not a recap component: did you mean `<Figure>`?',
  },
  {
    slip: 'unknown component `<Image>` left open, HTML-style',
    body: 'Intro.\n\n<Image src="/a.png" alt="A room">\n',
    at: [13, 1],
    message: '`<Image>` is not a recap component: did you mean `<Figure>`?',
  },
  {
    slip: 'unknown component with no likely meaning lists the components',
    body: '<Schedule />\n',
    at: [11, 1],
    message: '`<Schedule>` is not a recap component: use one of `<Talk>`, `<Figure>`, `<Gallery>`, `<Video>`, `<Callout>`.',
  },
  {
    slip: 'an HTML link `<a href>`: the Markdown way instead',
    body: 'See <a href="https://example.com">the slides</a>.\n',
    at: [11, 5],
    message: 'HTML `<a>` is not allowed in a recap: write a link as [text](https://…).',
  },
  {
    slip: 'HTML bold `<b>`',
    body: 'It was <b>great</b>.\n',
    at: [11, 8],
    message: 'HTML `<b>` is not allowed in a recap: write **bold** in Markdown.',
  },
  {
    slip: 'raw `<img>` written HTML-style',
    body: 'Look <img src="/a.png"> here.\n',
    at: [11, 6],
    message: 'An HTML `<img>` is not allowed in a recap: use `<Figure src="…" alt="…" />` instead.',
  },
  {
    slip: 'raw `<img />` self-closed',
    body: 'Look <img src="/a.png" /> here.\n',
    at: [11, 6],
    message: 'An HTML `<img>` is not allowed in a recap: use `<Figure src="…" alt="…" />` instead.',
  },
  {
    slip: '`<br>` written HTML-style',
    body: 'Line one<br>line two.\n',
    at: [11, 9],
    message: 'Write a line break as `<br />`, with the slash.',
  },
  {
    slip: 'an HTML comment',
    body: 'Intro.\n\n<!-- check the slides link -->\n',
    at: [13, 1],
    message: 'HTML comments `<!-- … -->` are not allowed in a recap: delete the comment.',
  },
  {
    slip: 'a bare `<` in text ("latency <5 ms")',
    body: 'Intro.\n\nWe got latency <5 ms.\n',
    at: [13, 16],
    message: 'A `<` in text starts a tag: write `\\<` to show the character itself, as in "latency \\< 5 ms".',
  },
  {
    slip: 'a bare `<` before a letter ("if a<b")',
    body: 'It holds if a<b then.\n',
    at: [11, 14],
    message: 'A `<` in text starts a tag: write `\\<` to show the character itself, as in "latency \\< 5 ms".',
  },
  {
    slip: 'a nested `<Talk>`',
    body: '<Talk title="A" speakers="Ada">\n\n<Talk title="B" speakers="Bob">\n\nText.\n\n</Talk>\n\n</Talk>\n',
    at: [13, 1],
    message: 'A `<Talk>` cannot be inside another `<Talk>`: close the first one with `</Talk>` before this one starts.',
  },
  {
    slip: 'a Talk with empty `speakers`',
    body: talkWith('speakers=" ; "'),
    at: [11, 17],
    message: '`speakers` on `<Talk>` is empty: name at least one speaker, as in speakers="Ada Lovelace (Engineer, Acme)".',
  },
  {
    slip: 'a Talk with `speakers` whose parenthesis is never closed',
    body: talkWith('speakers="Ada (Engineer, Acme"'),
    at: [11, 17],
    message: '`speakers` on `<Talk>` has a `(` that is never closed with `)`: write speakers="Name (Role, Affiliation); Other Name (Role)".',
  },
  {
    slip: 'a Talk with speakers separated by commas',
    body: talkWith('speakers="Ada Lovelace, Grace Hopper"'),
    at: [11, 17],
    message:
      '`speakers` on `<Talk>` separates speakers with a comma in "Ada Lovelace, Grace Hopper" (use `;` between speakers): write speakers="Name (Role, Affiliation); Other Name (Role)".',
  },
  {
    slip: 'a slides URL that is not http(s)',
    body: talkWith('speakers="Ada" slides="slides.pdf"'),
    at: [11, 32],
    message: '`slides` on `<Talk>` must be a web address starting with https:// or http:// (found "slides.pdf").',
  },
  {
    slip: 'a video URL that is not http(s)',
    body: talkWith('speakers="Ada" video="ftp://example.com/v.mp4"'),
    at: [11, 32],
    message: '`video` on `<Talk>` must be a web address starting with https:// or http:// (found "ftp://example.com/v.mp4").',
  },
  {
    slip: 'an image without alt text',
    body: '<Figure src="/a.png" alt="" />\n',
    at: [11, 1],
    message: '`alt` on `<Figure>` is empty: describe the picture for people who cannot see it, or add `decorative` if it adds nothing to the text.',
  },
  {
    slip: 'a misspelt attribute (`speaker` for `speakers`)',
    body: '<Talk title="T" speaker="Ada">\n\nText.\n\n</Talk>\n',
    at: [11, 17],
    message: '`speaker` is not an attribute of `<Talk>`: did you mean `speakers`?',
  },
  {
    slip: 'an attribute a component does not take',
    body: '<Callout colour="red">\n\nText.\n\n</Callout>\n',
    at: [11, 10],
    message: '`colour` is not an attribute of `<Callout>` (it takes `type`, `title`).',
  },
  {
    slip: 'a link in angle brackets',
    body: 'Slides at <https://example.com/s>.\n',
    at: [11, 11],
    message: 'Links in angle brackets `<…>` are not supported in a recap: write [text](https://…), or just the address.',
  },
  {
    slip: 'an attribute value whose closing quote is missing',
    body: '<Talk title="T speakers=Ada>\n\nText.\n',
    at: [11, 13],
    message: 'The value of `title` on `<Talk>` has no closing quote: add `"` at the end of the value.',
  },
];

/** Words of the parser's own vocabulary that must never reach an organizer. */
const INTERNALS = /acorn|micromark|mdast|U\+[0-9A-F]{4}|attribute name character|end-tag-mismatch|unexpected-|ruleId|MDX syntax error/i;

describe('error catalog', () => {
  for (const { slip, body, at, message } of SLIPS) {
    it(slip, () => {
      const result = compileBody(body, OFFSET);
      if (result.ok) expect.fail('expected the slip to be refused');
      expect(result.diagnostics[0]).toMatchObject({ line: at[0], column: at[1], message });
      for (const d of result.diagnostics) expect(d.message).not.toMatch(INTERNALS);
    });
  }

  it('a decorative image may have an empty alt', () => {
    expect(compileBody('<Figure src="/a.png" alt="" decorative />\n').ok).toBe(true);
  });

  it('`decorative` takes no value', () => {
    const result = compileBody('<Figure src="/a.png" alt="" decorative="yes" />\n');
    if (result.ok) expect.fail('expected a refusal');
    expect(result.diagnostics[0].message).toBe('`decorative` on `<Figure>` takes no value: write just `decorative`.');
  });

  it('"latency < 5 ms" with a space is plain text, not a slip', () => {
    expect(compileBody('Latency < 5 ms.\n').ok).toBe(true);
  });

  it('well-formed speakers, full-width punctuation included, are accepted', () => {
    expect(compileBody(talkWith('speakers="Ada Lovelace (Engineer, Acme); 张三（工程师，腾讯）"')).ok).toBe(true);
  });

  it('the same message reaches content:check through a whole file, at the file line', () => {
    const source = '---\ntitle: T\n---\n\nIntro.\n\n<Talk title="T" speakers="Ada"\n\nText.\n';
    const result = checkTrustedRecap({ source: 'file', text: source });
    if (result.ok) expect.fail('expected a refusal');
    expect(result.diagnostics).toContainEqual({
      line: 7,
      column: 1,
      message: 'The `<Talk` tag is not finished: add `>` after its last attribute.',
      code: 'missingTagEnd',
      args: { name: 'Talk', end: '>' },
    });
  });
});
