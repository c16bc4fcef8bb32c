// Seeds portal A of e2e/roundtrip/roundtrip.spec.ts with database recaps, through the
// portal's own lib code (not HTTP): `npx tsx e2e/roundtrip/seed.ts` with the
// server's SQLITE_PATH and TEST_CLOCK_FILE, before the server starts.
// lib code starts with `import 'server-only'`: resolved to an empty module, as scripts/import.ts does.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: 'data:text/javascript,export%20%7B%7D%3B', shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const { seedSite } = await import('./seed-site');
await seedSite();
process.exit(0);
