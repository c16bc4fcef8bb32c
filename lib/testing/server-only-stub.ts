// Empty stand-in for 'server-only' in unit tests, which run outside Next's server bundle.
export {};
