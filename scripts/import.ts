// Imports a Hugo site, a Jekyll or Markdown folder, or one post:
//   npm run import -- <path> [--out <dir>] [--dry-run] [--report <file>]
//                    [--community <name>] [--city <city>] [--author <name>] [--as <email>]
// Default: drafts in the database (DATABASE_URL or SQLITE_PATH), never published.
// lib/ code starts with `import 'server-only'`, which throws outside Next's server
// bundle: here it resolves to an empty module (as the vitest config's alias does).
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: 'data:text/javascript,export%20%7B%7D%3B', shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const { main } = await import('./import-cli');
process.exit(await main(process.argv.slice(2)));
