// Loaded with `tsx --import ./bench/organizer/register.mjs …`: lets lib/ code that
// starts with `import 'server-only'` run in a plain Node process (as the vitest
// config's alias does for unit tests). Nothing else is redirected.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
