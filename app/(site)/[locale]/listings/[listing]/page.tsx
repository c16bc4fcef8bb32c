import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { ListingName } from '@/lib/routing/listings.mjs';
import { HomeListing, homeMetadata } from './home';
import { EventsListing, eventsMetadata } from './events';
import { RecapsListing, recapsMetadata } from './recaps';
import { SpeakersListing, speakersMetadata } from './speakers';
import { TagsListing, tagsMetadata } from './tags';

// The pages `/` (home.tsx), `/recaps` and `/events` without filters (recaps.tsx, events.tsx), `/speakers`
// (speakers.tsx) and `/tags` (tags.tsx), rewritten here by next.config.js
// (lib/routing/listings.mjs): rendered on first request by the running server,
// so canonical URLs follow its SITE_URL, then cached like the recap pages until
// a publish, unpublish or edit expires them. Why not app/(site)/page.tsx and
// friends: lib/workarounds/README.md ("Listing routes").

// Each renders in the locale of its URL (the [locale] segment), passed explicitly so the page stays static.
const RENDERERS: Record<
  ListingName,
  { metadata: (locale: Locale) => Promise<Metadata>; Listing: (props: { locale: Locale; page?: number }) => Promise<React.JSX.Element> }
> = {
  home: { metadata: homeMetadata, Listing: HomeListing },
  recaps: { metadata: recapsMetadata, Listing: RecapsListing },
  events: { metadata: eventsMetadata, Listing: EventsListing },
  speakers: { metadata: speakersMetadata, Listing: SpeakersListing },
  tags: { metadata: tagsMetadata, Listing: TagsListing },
};

interface Props {
  params: Promise<{ locale: string; listing: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/after-public-change.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const listing = (name: string) => (Object.hasOwn(RENDERERS, name) ? RENDERERS[name as ListingName] : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, listing: name } = await params;
  const entry = listing(name);
  return entry && isLocale(locale) ? entry.metadata(locale) : {};
}

export default async function ListingPage({ params }: Props) {
  const { locale, listing: name } = await params;
  const entry = listing(name);
  // Unreachable from outside: next.config.js redirects every /listings/… request.
  if (!entry || !isLocale(locale)) notFound();
  return <entry.Listing locale={locale} />;
}
