import { sortDiagnostics } from '@/lib/mdx/diagnostic';
import { useTranslations } from 'next-intl';
import { useFieldLabel } from './field-labels';
import { fieldId, type Diagnostic } from './types';

interface Props {
  id: string;
  diagnostics: Diagnostic[];
  onGoTo: (line: number, column: number) => void;
}

/** The server's findings as a list; each item jumps to the place (or front matter field) it is about. */
export function DiagnosticsList({ id, diagnostics, onGoTo }: Props) {
  const t = useTranslations('editor.diagnostics');
  const label = useFieldLabel();
  const sorted = sortDiagnostics(diagnostics);
  const title = sorted.length === 0 ? t('none') : t('count', { count: sorted.length });
  return (
    <section id={id} data-testid="diagnostics" aria-labelledby={`${id}-title`} className="mt-3">
      <div role="status" aria-live="polite">
        <h3 id={`${id}-title`} className={`text-sm font-semibold ${sorted.length ? 'text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-400'}`}>
          {title}
        </h3>
      </div>
      {sorted.length > 0 && (
        <ul className="mt-1 space-y-1 text-sm">
          {sorted.map((d, i) => (
            <li key={`${d.line}:${d.column}:${i}`}>
              <button
                type="button"
                className="text-left text-red-800 underline decoration-dotted underline-offset-2 hover:decoration-solid dark:text-red-300"
                onClick={() => (d.field ? document.getElementById(fieldId(d.field))?.focus() : onGoTo(d.line, d.column))}
              >
                {d.field
                  ? t('field', { field: label(d.field), message: d.message })
                  : t('at', { line: String(d.line), column: String(d.column), message: d.message })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
