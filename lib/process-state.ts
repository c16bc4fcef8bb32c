// TypeScript resolves `@/lib/process-state` to this file, not to the .mjs
// (which the cache handler needs in plain JavaScript): one implementation,
// two ways to name it.
export { PROCESS_STATE, liveProcessStateKeys, processState, setProcessState, type ProcessStateKey } from './process-state.mjs';
