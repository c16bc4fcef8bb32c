import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { addressIdentity, siteIdentity } from './site-identity';

// What to import from a path: a Hugo site (its config names the languages
// and their content folders), a Jekyll or plain Markdown folder, or one file.
// Each post gets its language from the site's layout when it has one, and
// the URL it had on the old site, which relative links and images resolve against.

export interface SitePost {
  /** Absolute path. */
  absolute: string;
  /** Relative to the imported path, with `/`: how reports and the import records name it. */
  file: string;
  locale?: 'en' | 'zh';
  pageUrl: string;
  pathSlug: string;
}

export interface Site {
  kind: 'hugo' | 'folder' | 'file';
  root: string;
  /** Which site this is, for the import records (site-identity.ts): `url:…`, `title:…` or `name:…`. */
  identity: string;
  title?: string;
  author?: string;
  city?: string;
  /** Hugo's `static/` (and the like): where site-absolute image paths live. */
  staticDirs: string[];
  /** The default language first, so that its posts keep the plain slugs. */
  posts: SitePost[];
  /** Files skipped, with why (list pages, other languages). */
  skipped: { file: string; reason: string }[];
}

// Paths here are the imported site's, known only at run time: the turbopackIgnore
// comments keep Next's output tracing (the admin upload bundles this) from following them.
const CONFIG_NAMES = [
  'hugo.toml',
  'config.toml',
  'hugo.yaml',
  'config.yaml',
  'hugo.yml',
  'config.yml',
  'config/_default/hugo.toml',
  'config/_default/config.toml',
];
const SKIP_DIRS = new Set(['node_modules', '.git', 'public', 'resources', 'themes', '_site', 'vendor']);

/**
 * Reads what to import from `input`. `name`: what the site is called when its
 * config gives no address or title (site-identity.ts; the folder's name by
 * default, an uploaded archive's name for the admin's upload).
 */
export function readSite(input: string, options: { name?: string } = {}): Site {
  const absolute = path.resolve(input);
  const stat = fs.statSync(absolute);
  if (stat.isFile()) {
    const base = path.basename(absolute);
    const root = path.dirname(absolute);
    const identity = siteIdentity({}, options.name ?? path.basename(root));
    return { kind: 'file', root, identity, staticDirs: [], posts: [post(absolute, root, base, undefined, '/')], skipped: [] };
  }
  const name = options.name ?? path.basename(absolute);
  const configFile = CONFIG_NAMES.map((name) => path.join(/*turbopackIgnore: true*/ absolute, name)).find((file) =>
    fs.existsSync(/*turbopackIgnore: true*/ file),
  );
  return configFile ? hugoSite(absolute, configFile, name) : folderSite(absolute, name);
}

function readConfig(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  const data = file.endsWith('.toml') ? parseToml(text) : parseYaml(text);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function localeOf(code: string): 'en' | 'zh' | undefined {
  const lower = code.toLowerCase();
  return lower.startsWith('zh') ? 'zh' : lower.startsWith('en') ? 'en' : undefined;
}

function hugoSite(root: string, configFile: string, name: string): Site {
  const config = readConfig(configFile);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const params = (config.params ?? {}) as Record<string, unknown>;
  const defaultLanguage = text(config.defaultContentLanguage) ?? 'en';
  const languages = (config.languages ?? {}) as Record<string, Record<string, unknown>>;
  const contentDir = text(config.contentDir) ?? 'content';
  const codes = Object.keys(languages).length ? Object.keys(languages) : [defaultLanguage];
  const posts: SitePost[] = [];
  const skipped: Site['skipped'] = [];
  // Each language in its own folder, or one folder where `post.en.md` names the language (Hugo's two layouts).
  const dirs = new Map<string, string>();
  for (const code of codes) {
    const dir = path.resolve(/*turbopackIgnore: true*/ root, text(languages[code]?.contentDir) ?? contentDir);
    // A site's config names its own folders: one that leads out of the site (`../../..`) is never read.
    if (!isInside(root, dir)) {
      skipped.push({
        file: path.relative(root, configFile) || configFile,
        reason: `contentDir "${text(languages[code]?.contentDir) ?? contentDir}" is outside the site: not read`,
      });
      continue;
    }
    if (![...dirs.values()].includes(dir)) dirs.set(code, dir);
  }
  for (const [dirCode, dir] of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const file of markdownFiles(dir)) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
      const suffix = /\.([a-z]{2}(?:-[a-z]+)?)\.(md|markdown)$/i.exec(rel)?.[1];
      const code = suffix && codes.includes(suffix) ? suffix : dirCode;
      if (/(^|\/)_index\.(md|markdown)$/.test(rel)) {
        skipped.push({ file: path.relative(root, file), reason: 'a list page (_index.md), not a post' });
        continue;
      }
      const locale = localeOf(code);
      if (!locale) {
        skipped.push({ file: path.relative(root, file), reason: `language "${code}" is neither English nor Chinese` });
        continue;
      }
      const url = `${code === defaultLanguage ? '' : `/${code}`}/${rel.replace(/(\/index)?(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i, '')}/`;
      posts.push(post(file, root, rel, locale, url));
    }
  }
  // The default language first: its posts keep the plain slugs.
  posts.sort((a, b) => Number(a.locale !== localeOf(defaultLanguage)) - Number(b.locale !== localeOf(defaultLanguage)));
  const staticDirs = ['static', 'assets'].map((d) => path.join(/*turbopackIgnore: true*/ root, d)).filter((d) => fs.existsSync(/*turbopackIgnore: true*/ d));
  const author = params.author;
  const title = text(config.title) ?? text(languages[defaultLanguage]?.title);
  return {
    kind: 'hugo',
    root,
    identity: siteIdentity({ address: addressIdentity(config.baseURL ?? config.baseurl), title }, name),
    title,
    author: text(author) ?? (author && typeof author === 'object' ? text((author as Record<string, unknown>).name) : undefined),
    city: text(params.city),
    staticDirs,
    posts,
    skipped,
  };
}

function folderSite(root: string, name: string): Site {
  // Jekyll keeps posts in _posts/; any other folder: every Markdown file in it.
  const postsDir = fs.existsSync(path.join(root, '_posts')) ? path.join(root, '_posts') : root;
  const config = ['_config.yml', '_config.yaml']
    .map((n) => path.join(/*turbopackIgnore: true*/ root, n))
    .find((f) => fs.existsSync(/*turbopackIgnore: true*/ f));
  const data = config ? readConfig(config) : {};
  const posts = markdownFiles(postsDir).map((file) => {
    const rel = path.relative(root, file).split(path.sep).join('/');
    return post(file, root, rel, undefined, `/${path.dirname(rel) === '.' ? '' : `${path.dirname(rel)}/`}`);
  });
  const title = typeof data.title === 'string' ? data.title : undefined;
  return {
    kind: 'folder',
    root,
    identity: siteIdentity({ address: addressIdentity(data.url, data.baseurl), title }, name),
    title,
    author: typeof data.author === 'string' ? data.author : undefined,
    staticDirs: [root],
    posts,
    skipped: [],
  };
}

function post(absolute: string, root: string, rel: string, locale: 'en' | 'zh' | undefined, pageUrl: string): SitePost {
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const parts = rel.split('/');
  const base =
    /^index(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i.test(parts[parts.length - 1]) && parts.length > 1 ? parts[parts.length - 2] : parts[parts.length - 1];
  const pathSlug = base
    .replace(/(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .toLowerCase();
  return { absolute, file, ...(locale ? { locale } : {}), pageUrl, pathSlug };
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|markdown)$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Whether `target` is `root` or below it, after resolving `..` (symbolic links are not followed by the walk). */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(/*turbopackIgnore: true*/ root), target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
