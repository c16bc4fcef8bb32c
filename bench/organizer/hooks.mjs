// Module resolve hook (see register.mjs): `server-only` becomes an empty module.
// (It throws outside the react-server condition, and that condition would break
// react-dom/server, which the preview bench needs.)
const EMPTY = 'data:text/javascript,export%20%7B%7D%3B';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
