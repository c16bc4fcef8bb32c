import Link from 'next/link';

/** The helpful 404: say what happened and offer the ways on. */
export function NotFoundContent() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-teal-700 dark:text-teal-300">404</p>
      <h1 className="mt-2 text-3xl font-bold text-zinc-900 dark:text-zinc-50">This page isn’t here</h1>
      <p className="mx-auto mt-4 max-w-md text-zinc-600 dark:text-zinc-400">
        The recap, speaker or topic you followed may have been renamed or unpublished. Try one of these instead:
      </p>
      <ul className="mt-6 flex flex-wrap justify-center gap-3">
        <li>
          <Link className="btn-link" href="/recaps">
            All recaps
          </Link>
        </li>
        <li>
          <Link className="btn-link" href="/speakers">
            Speakers
          </Link>
        </li>
        <li>
          <Link className="btn-link" href="/search">
            Search
          </Link>
        </li>
        <li>
          <Link className="btn-link" href="/">
            Home
          </Link>
        </li>
      </ul>
    </div>
  );
}
