/**
 * First-load JS of a page: every external `<script src>` in its HTML, fetched
 * and gzipped at level 9 so the figure does not depend on how the server
 * compresses. `gzipKB` leaves out the nomodule polyfills, which a current
 * browser never downloads; `allGzipKB` counts them too (the figure the issue
 * and a bare Next.js page's 174 KB were quoted in).
 */
import zlib from 'node:zlib';

export interface ScriptSize {
  src: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstLoadJs {
  scripts: ScriptSize[];
  skippedNomodule: string[];
  /** The nomodule scripts, counted only in allGzipKB. */
  nomodule: ScriptSize[];
  rawKB: number;
  gzipKB: number;
  allGzipKB: number;
}

export function scriptSources(html: string): { module: string[]; nomodule: string[] } {
  const modules: string[] = [];
  const nomodule: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1];
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (!src) continue;
    const value = (src[1] ?? src[2] ?? src[3]).replace(/&amp;/g, '&');
    const list = /\bnomodule\b/i.test(attrs) ? nomodule : modules;
    if (!list.includes(value)) list.push(value);
  }
  return { module: modules, nomodule };
}

export async function firstLoadJs(pageUrl: string): Promise<FirstLoadJs> {
  const html = await (await fetch(pageUrl)).text();
  const { module, nomodule } = scriptSources(html);
  const sizes = async (list: string[]) => {
    const out: ScriptSize[] = [];
    for (const src of list) {
      const res = await fetch(new URL(src, pageUrl), { headers: { 'accept-encoding': 'identity' } });
      if (!res.ok) throw new Error(`script ${src}: HTTP ${res.status}`);
      const raw = Buffer.from(await res.arrayBuffer());
      out.push({ src, rawBytes: raw.length, gzipBytes: zlib.gzipSync(raw, { level: 9 }).length });
    }
    return out;
  };
  const scripts = await sizes(module);
  const polyfills = await sizes(nomodule);
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const gzip = (list: ScriptSize[]) => list.reduce((s, x) => s + x.gzipBytes, 0);
  return {
    scripts,
    skippedNomodule: nomodule,
    nomodule: polyfills,
    rawKB: kb(scripts.reduce((s, x) => s + x.rawBytes, 0)),
    gzipKB: kb(gzip(scripts)),
    allGzipKB: kb(gzip(scripts) + gzip(polyfills)),
  };
}
