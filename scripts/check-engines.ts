// Fails when the running Node.js is older than package.json `engines.node`,
// or when any locked dependency would make `npm ci` warn EBADENGINE on the
// oldest supported Node.js or this one. Run by `npm run build`.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { engineProblems, oldestSupported } from './engines';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const required = pkg.engines.node;

if (!semver.satisfies(process.versions.node, required)) {
  console.error(
    `This is Node.js ${process.versions.node}; the portal needs Node.js ${required} (package.json "engines"). Install a newer Node.js and run npm ci again.`,
  );
  process.exit(1);
}

const problems = engineProblems(lock, [oldestSupported(required), process.versions.node]);
if (problems.length) {
  for (const p of problems) console.error(`[engines] ${p.name}@${p.version} needs node ${p.range}, which excludes Node.js ${p.node}: npm ci warns EBADENGINE.`);
  console.error(
    'Pin a release that supports the Node.js versions above (npm view <package> engines --json), or raise package.json "engines" and the README together.',
  );
  process.exit(1);
}
