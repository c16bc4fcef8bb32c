import { describe, expect, it } from 'vitest';
import { appSourceFiles } from '@/lib/testing/source-files';

// The layering of docs/ARCHITECTURE.md, checked on the source: routes and
// components read through the domain modules, only lib/sql speaks SQL, and
// only lib/db knows the connection.

const files = appSourceFiles();
// Type-only imports carry no code: a component may name the shape of what a page read.
const importsOf = (text: string) => [...text.matchAll(/^import (?!type )[^;]*?from '(@\/[^']+)'|import\('(@\/[^']+)'\)/gms)].map((m) => m[1] ?? m[2]);
const offenders = (where: (file: string) => boolean, forbidden: (spec: string) => boolean) =>
  files
    .filter(({ file }) => where(file))
    .flatMap(({ file, text }) =>
      importsOf(text)
        .filter(forbidden)
        .map((spec) => `${file} imports ${spec}`),
    );

describe('layers', () => {
  it('routes and components never query the database themselves', () => {
    // The SQL layer's error types are the domain's vocabulary too (a stale version, a taken slug): actions may name them.
    const sql = (spec: string) => spec.startsWith('@/lib/sql') && spec !== '@/lib/sql/errors';
    expect(offenders((f) => f.startsWith('app/') || f.startsWith('components/'), sql)).toEqual([]);
  });

  it('components hold no data access at all', () => {
    const data = (spec: string) => /^@\/lib\/(sql|db|recaps\/(public-reads|admin-queries|mutations))/.test(spec);
    expect(offenders((f) => f.startsWith('components/'), data)).toEqual([]);
  });

  it('only lib/db and lib/sql reach the connection directly, besides health and readiness checks', () => {
    const connection = (spec: string) => spec === '@/lib/db/connection';
    // lib/startup-checks.ts asks only which dialect is configured.
    expect(offenders((f) => !f.startsWith('lib/db/') && !f.startsWith('lib/sql/') && f !== 'lib/startup-checks.ts', connection)).toEqual([]);
  });
});
