import { checkRender } from '@/lib/mdx/check-render';
import { fileGate, inProcessCompile } from './gate';

/**
 * The gate of `npm run import`: content:check's, with its full HTML render.
 * Command line and tests only: react-dom/server has no place in the server's bundle.
 */
export const renderGate = fileGate({ render: checkRender, compile: inProcessCompile });

export const gateImportedFile = renderGate;
