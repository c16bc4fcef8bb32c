// Generates enough recaps for the list to have several pages (20 per page).
// Used only by the `paged` project's server, through CONTENT_DIR.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Recaps per year: 25 in 2021 (2 pages when filtered) and 16 in 2022; 41 in all (3 pages). */
export const PAGED_YEARS = { 2021: 25, 2022: 16 };

const TEMPLATE = new URL('../../content/recaps/shanghai-wasm-night-2025.mdx', import.meta.url);

/** Writes the recaps into `<dir>/recaps` and returns `dir`. */
export function writePagedContent(dir) {
  const template = readFileSync(TEMPLATE, 'utf8');
  const recapsDir = path.join(dir, 'recaps');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(recapsDir, { recursive: true });
  for (const [year, count] of Object.entries(PAGED_YEARS)) {
    for (let i = 1; i <= count; i++) {
      const n = String(i).padStart(2, '0');
      const month = String(((i - 1) % 12) + 1).padStart(2, '0');
      const day = String(Math.ceil(i / 12) + 1).padStart(2, '0');
      const city = i % 2 ? 'Shanghai' : 'Hangzhou';
      const source = template
        .replace(/^title: .*$/m, `title: "Paged Meetup ${year} No. ${n}"`)
        .replace(/^date: .*$/m, `date: ${year}-${month}-${day}`)
        .replace(/^city: .*$/m, `city: ${city}`)
        .replace(/^published: .*$/m, `published: ${year}-${month}-${day}`)
        .replace(/^updated: .*$/m, '');
      writeFileSync(path.join(recapsDir, `paged-meetup-${year}-${n}.mdx`), source);
    }
  }
  return dir;
}
