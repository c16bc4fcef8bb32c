/** One problem found in a recap, positioned in the original file (1-based). */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  /** Front-matter key the problem belongs to, when there is one. */
  field?: string;
}

/** `file:line:column: message`, the format editors and CI annotate. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}
