// Which site an import comes from, so that two sites whose posts share a path
// (`content/posts/meetup.md`) keep apart in the import records (table
// `imports`, keyed by site and path since migration 0011). The rule, first
// that applies:
// 1. `--site <identity>` (the command line), as given;
// 2. the site's address from its config: Hugo's `baseURL`, Jekyll's `url` +
//    `baseurl`, as `url:host/path` (lower-case host, no scheme, no `www.`,
//    no trailing slash), unless it is a placeholder (example.org, localhost, `/`);
// 3. the site's title from its config, as `title:<title>`;
// 4. a name: the imported folder's (the folder of a single file), or for an
//    upload the archive's one top folder, else the archive's file name without `.zip`,
//    as `name:<name>`.
// So a site keeps its identity across re-imports as long as its address (or
// title, or folder name) stays; `--site` pins one when it does not.

const PLACEHOLDER_HOSTS = new Set(['example.org', 'example.com', 'example.net', 'localhost', '127.0.0.1']);

/** A site's address as its identity, or undefined when the config names none (or a placeholder). */
export function addressIdentity(url: unknown, basePath?: unknown): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim().replace(/^\/\//, '')}`);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (!host.includes('.') || PLACEHOLDER_HOSTS.has(host)) return undefined;
  const extra = typeof basePath === 'string' ? basePath.trim() : '';
  const pathname = `${parsed.pathname}/${extra}`.replace(/\/{2,}/g, '/').replace(/\/$/, '');
  return `url:${host}${pathname}`;
}

/** The identity of a site by the rule above, from what its config says and the name to fall back on. */
export function siteIdentity(config: { address?: string; title?: string }, name: string): string {
  if (config.address) return config.address;
  if (config.title?.trim()) return `title:${config.title.trim()}`;
  return `name:${name}`;
}
