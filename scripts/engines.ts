import semver from 'semver';

// What `npm ci` checks as EBADENGINE, done ahead of time from the lockfile:
// every package's `engines.node` must accept the oldest Node.js the README
// names (package.json `engines.node`) and the one running now. No exceptions:
// a dependency that declares a newer Node.js is pinned to an older release,
// replaced, or the README and `engines` move together.

export interface EngineProblem {
  name: string;
  version: string;
  range: string;
  node: string;
}

interface LockEntry {
  version?: string;
  engines?: Record<string, string> | string[];
  os?: string[];
  cpu?: string[];
}

interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** npm installs (and checks) a platform-specific optional package only on its own os and cpu. */
function installedOn(entry: LockEntry, platform: string, arch: string): boolean {
  const allows = (list: string[] | undefined, value: string) =>
    !list || (list.some((x) => !x.startsWith('!')) ? list.includes(value) : !list.includes(`!${value}`));
  return allows(entry.os, platform) && allows(entry.cpu, arch);
}

/** The package name of a lockfile key: `node_modules/a/node_modules/@s/b` → `@s/b`. */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Packages of the lockfile, as installed on this platform, whose `engines.node` refuses one of `nodeVersions`. */
export function engineProblems(lock: Lockfile, nodeVersions: string[], platform: string = process.platform, arch: string = process.arch): EngineProblem[] {
  const problems: EngineProblem[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || !installedOn(entry, platform, arch)) continue; // the project itself, or another platform's binary
    const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
    if (!range) continue;
    for (const node of nodeVersions) {
      if (!semver.satisfies(node, range, { includePrerelease: true })) problems.push({ name: nameOf(key), version: entry.version ?? '?', range, node });
    }
  }
  return problems;
}

/** The oldest version a range like `>=20.9` allows, as `20.9.0`. */
export function oldestSupported(range: string): string {
  const oldest = semver.minVersion(range);
  if (!oldest) throw new Error(`package.json engines.node "${range}" allows no version`);
  return oldest.version;
}
