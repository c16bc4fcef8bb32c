'use client';

import { useState, useTransition } from 'react';
import { linkAliasAction } from '@/app/(admin)/admin/speakers/actions';
import type { SpeakerSuggestionView } from '@/app/(admin)/admin/recaps/[id]/actions';

/**
 * The review's speaker suggestions: "Link ‘Zhang Shanyou’ to 张善友?" with a
 * button. Nothing is linked until it is clicked; then the name becomes an
 * alias of that person (every talk with it moves to their page).
 */
export function SpeakerSuggestions({ suggestions }: { suggestions: SpeakerSuggestionView[] }) {
  const [done, setDone] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  if (suggestions.length === 0) return null;
  const key = (s: SpeakerSuggestionView) => `${s.name}\u0000${s.slug}`;
  return (
    <ul
      data-testid="speaker-suggestions"
      aria-live="polite"
      className="mt-2 space-y-1 rounded-md bg-sky-50 p-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100"
    >
      {suggestions.map((s) => (
        <li key={key(s)} className="flex flex-wrap items-center gap-2">
          {done[key(s)] ? (
            <span role="status">{done[key(s)]}</span>
          ) : (
            <>
              <span>{s.question}</span>
              <button
                type="button"
                disabled={pending}
                className="rounded-md border border-sky-700 px-2 py-0.5 font-semibold"
                onClick={() =>
                  startTransition(async () => {
                    const answer = await linkAliasAction(s.slug, s.name);
                    setDone((d) => ({ ...d, [key(s)]: answer.ok ? s.linked : (answer.fieldErrors?.form ?? s.notLinked) }));
                  })
                }
              >
                {s.button}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
