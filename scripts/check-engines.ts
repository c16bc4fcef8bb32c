// Fails when the running Node.js is older than package.json `engines.node`,
// or when a locked dependency would make `npm ci` warn EBADENGINE on the
// oldest supported Node.js or this one (except the accepted mismatches listed
// in scripts/engines.ts, each with its reason). Run by `npm run build`.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { ACCEPTED_ENGINE_MISMATCHES, engineProblems, oldestSupported } from './engines';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const required = pkg.engines.node;

if (!semver.satisfies(process.versions.node, required)) {
  console.error(`This is Node.js ${process.versions.node}; the portal needs Node.js ${required} (package.json "engines"). Install a newer Node.js and run npm ci again.`);
  process.exit(1);
}

const problems = engineProblems(lock, [oldestSupported(required), process.versions.node]);
const unexpected = problems.filter((p) => !(p.name in ACCEPTED_ENGINE_MISMATCHES));
const accepted = new Map(problems.filter((p) => p.name in ACCEPTED_ENGINE_MISMATCHES).map((p) => [`${p.name}@${p.version}`, p]));
for (const p of accepted.values()) {
  console.warn(`[engines] ${p.name}@${p.version} declares node ${p.range} (accepted: ${ACCEPTED_ENGINE_MISMATCHES[p.name]})`);
}
if (unexpected.length) {
  for (const p of unexpected) console.error(`[engines] ${p.name}@${p.version} needs node ${p.range}, which excludes Node.js ${p.node}: npm ci warns EBADENGINE.`);
  console.error('Pin a release that supports the Node.js versions above (npm view <package> engines --json), or raise package.json "engines" and the README together.');
  process.exit(1);
}
