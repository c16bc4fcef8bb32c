import { checkRender } from '@/lib/mdx/check-render';
import { fileGate, inProcessCompile } from './gate';

/**
 * content:check's gate, with its full HTML render, in this process: what the
 * import workers run for `npm run import` (import-worker.ts), for tests that
 * check a converted file directly.
 */
export const renderGate = fileGate({ render: checkRender, compile: inProcessCompile });

export const gateImportedFile = renderGate;
