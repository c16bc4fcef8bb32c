/** One problem found in a recap, positioned in the original file (1-based). */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  /** Front-matter key the problem belongs to, when there is one. */
  field?: string;
  /**
   * For the error catalog's messages (error-messages.ts): which one, and its
   * arguments, so the editor can say it in the organizer's language
   * (`mdxErrors.<code>`); `message` stays the English `content:check` prints.
   */
  code?: string;
  args?: Record<string, string | number>;
}

/** A diagnostic at `line:column` saying a catalog message: its English text, code and arguments. */
export function wordedDiagnostic(line: number, column: number, worded: { text: string; code: string; args?: Record<string, string | number> }): Diagnostic {
  return { line, column, message: worded.text, code: worded.code, ...(worded.args ? { args: worded.args } : {}) };
}

/** `file:line:column: message`, the format editors and CI annotate. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}
