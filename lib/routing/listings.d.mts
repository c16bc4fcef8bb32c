export declare const LISTINGS: { readonly home: '/'; readonly speakers: '/speakers'; readonly tags: '/tags' };
export type ListingName = keyof typeof LISTINGS;
export function listingRoute(name: ListingName): string;
export function listingRewrites(): Array<{ source: string; destination: string }>;
export function listingRedirects(): Array<{ source: string; destination: string; permanent: boolean }>;
