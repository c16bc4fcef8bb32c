import { messages, type Worded } from './error-messages';

/**
 * What is wrong with a Talk's `speakers` value, as a sentence, or null when
 * `parseSpeakers` will read it as the organizer meant. `parseSpeakers` is
 * lenient (it never throws); this is the strict reading the publish gate
 * applies, so "Ada (Engineer, Acme" does not quietly become a speaker
 * named "Ada (Engineer, Acme".
 */
export function speakersProblem(value: string): Worded | null {
  // The same full-width punctuation `parseSpeakers` accepts.
  const text = value.replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return messages.speakersMalformed('speakersUnmatchedClose', 'has a `)` without a matching `(`');
    if (depth > 1) return messages.speakersMalformed('speakersNested', 'has parentheses inside parentheses');
    if (ch === ';' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (depth > 0) return messages.speakersMalformed('speakersUnclosed', 'has a `(` that is never closed with `)`');
  parts.push(current.trim());
  const named = parts.filter(Boolean);
  if (named.length === 0) return messages.speakersEmpty();
  for (const part of named) {
    const open = part.indexOf('(');
    const name = open === -1 ? part : part.slice(0, open).trim();
    if (!name) return messages.speakersMalformed('speakersNoName', `has a speaker without a name before "${part}"`, { part });
    if (open !== -1 && !part.endsWith(')')) return messages.speakersMalformed('speakersTextAfter', `has text after the closing \`)\` in "${part}"`, { part });
    if (/[,、]/.test(name))
      return messages.speakersMalformed('speakersComma', `separates speakers with a comma in "${name}" (use \`;\` between speakers)`, { name });
  }
  return null;
}
