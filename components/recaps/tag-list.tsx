import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import type { TagSummary } from '@/lib/recaps/public-reads';

/** Topics as chips with their recap counts, linking to the topic's page in the page's language. */
export function TagList({ locale, tags }: { locale: Locale; tags: TagSummary[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {tags.map((t) => (
        <li key={t.slug}>
          <Link href={localePath(locale, `/tags/${encodeURIComponent(t.slug)}`)} className="chip">
            <span lang={otherScriptLang(t.label, locale)}>#{t.label}</span> <span className="ml-1 text-xs opacity-80">{t.recapCount}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
