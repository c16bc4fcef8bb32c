import type { Diagnostic } from '@/lib/mdx/diagnostic';

// Versions of one event share a translation key (front matter
// `translationKey`), one version per language. Two files with the same key
// and the same locale would leave a listing to choose between them:
// content:check refuses it, naming both files.

export interface TranslatedFile {
  /** The file as shown to the person (relative path). */
  file: string;
  /** Its text, to point at the `translationKey:` line. */
  text: string;
  translationKey?: string;
  locale: string;
}

/** One problem per file whose translation key and locale another file has too; pure. */
export function findDuplicateTranslations(files: TranslatedFile[]): { file: string; diagnostic: Diagnostic }[] {
  const byVersion = new Map<string, TranslatedFile[]>();
  for (const f of files) {
    if (!f.translationKey) continue;
    const id = `${f.translationKey}\u0000${f.locale}`;
    byVersion.set(id, [...(byVersion.get(id) ?? []), f]);
  }
  const problems: { file: string; diagnostic: Diagnostic }[] = [];
  for (const group of byVersion.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const others = group.filter((o) => o !== f).map((o) => o.file);
      problems.push({
        file: f.file,
        diagnostic: {
          ...keyPosition(f.text),
          message: `translationKey "${f.translationKey}" with locale "${f.locale}" is also used by ${others.join(', ')}: an event has one version per language (give one of them another locale or another translationKey)`,
        },
      });
    }
  }
  return problems;
}

function keyPosition(text: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => /^translationKey\s*:/.test(l));
  return { line: at >= 0 ? at + 1 : 1, column: 1 };
}
