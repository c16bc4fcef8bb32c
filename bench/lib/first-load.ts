/**
 * First-load JS of a page: every external `<script src>` in its HTML
 * (nomodule polyfills listed apart, not counted), fetched and gzipped at
 * level 9 so the figure does not depend on how the server compresses.
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
  rawKB: number;
  gzipKB: number;
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
  const scripts: ScriptSize[] = [];
  for (const src of module) {
    const res = await fetch(new URL(src, pageUrl), { headers: { 'accept-encoding': 'identity' } });
    if (!res.ok) throw new Error(`script ${src}: HTTP ${res.status}`);
    const raw = Buffer.from(await res.arrayBuffer());
    scripts.push({ src, rawBytes: raw.length, gzipBytes: zlib.gzipSync(raw, { level: 9 }).length });
  }
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    scripts,
    skippedNomodule: nomodule,
    rawKB: kb(scripts.reduce((s, x) => s + x.rawBytes, 0)),
    gzipKB: kb(scripts.reduce((s, x) => s + x.gzipBytes, 0)),
  };
}
