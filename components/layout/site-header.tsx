import Link from 'next/link';

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
        <form action="/search" method="get" role="search" className="ml-auto flex w-full sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search recaps
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search talks, speakers…"
            maxLength={200}
            className="w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900 sm:w-56"
          />
        </form>
      </div>
    </header>
  );
}
