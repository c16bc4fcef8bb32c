export declare const LISTINGS: { readonly home: '/'; readonly recaps: '/recaps'; readonly speakers: '/speakers'; readonly tags: '/tags' };
export declare const RECAP_FILTER_PARAMS: string[];
export type ListingName = keyof typeof LISTINGS;
export function listingRoute(name: ListingName): string;
export function listingRewrites(): Array<{ source: string; destination: string; missing?: Array<{ type: 'query'; key: string }> }>;
export function listingRedirects(): Array<{ source: string; destination: string; permanent: boolean }>;
