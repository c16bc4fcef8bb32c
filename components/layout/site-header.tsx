import Link from 'next/link';
import { HeaderSearch } from '@/components/search/header-search';

const NAV = [
  { href: '/recaps', label: 'Recaps' },
  { href: '/speakers', label: 'Speakers' },
  { href: '/tags', label: 'Tags' },
];

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-zinc-900 dark:text-zinc-50">
          {siteName}
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="text-zinc-700 hover:text-teal-700 dark:text-zinc-300 dark:hover:text-teal-300">
              {item.label}
            </Link>
          ))}
        </nav>
        {/* A plain GET form; its live search loads on first focus or input. */}
        <HeaderSearch />
      </div>
    </header>
  );
}
