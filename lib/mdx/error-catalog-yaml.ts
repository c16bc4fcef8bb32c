/**
 * The error catalog for front matter: the YAML library's messages are
 * written for programmers ("Nested mappings are not allowed in compact
 * mappings"); these say what the organizer typed and how to write it.
 * `line` is the text of the line the error is on. Called by `parseFrontMatter`.
 */
export function describeYamlError(code: string, reason: string, line: string): string {
  const key = /^\s*([^:#\s][^:]*):/.exec(line)?.[1]?.trim();
  const value = key ? line.slice(line.indexOf(':') + 1).trim() : line.trim();
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return / :|: /.test(`${value} `) && !/^["']/.test(value)
        ? `The value of \`${key ?? 'this key'}\` contains ": ", which YAML reads as a new key: put the whole value in double quotes, as in ${key ?? 'title'}: "${value}".`
        : 'The next line is indented under this one: start every key at the beginning of its line.';
    case 'DUPLICATE_KEY':
      return `\`${key ?? 'This key'}\` appears twice in the front matter: keep one.`;
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation here: YAML needs spaces.';
    case 'MISSING_CHAR':
      return /quote/.test(reason)
        ? 'A quoted value is never closed: add the closing quote at the end of the value.'
        : 'A `[` or `{` is never closed: add the closing `]` or `}` on the same line.';
    case 'BAD_INDENT':
      return /Flow (sequence|mapping)/.test(reason)
        ? 'A list in `[…]` is never closed: end it with `]` on the same line, as in tags: [kubernetes, databases].'
        : 'This line is indented more or less than the lines around it: line the keys up.';
    case 'UNEXPECTED_TOKEN':
      return 'There is text after the closing quote: to use `"` inside a value, put the value in single quotes or write \\".';
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_TAGS':
      return `\`${(/!\S*/.exec(value) ?? ['!'])[0]}\` is a YAML tag, which is not allowed in the front matter: write a plain value.`;
    case 'BAD_SCALAR_START':
      return `A value cannot start with \`${value.charAt(0)}\`: put it in double quotes, as in ${key ?? 'author'}: "${value}".`;
    case 'MULTIPLE_DOCS':
      return 'The front matter has a second `---` inside it: remove it, or end the front matter there.';
    default:
      return 'This line is not valid YAML: write it as key: value, with text containing ": " or "#" in double quotes.';
  }
}
