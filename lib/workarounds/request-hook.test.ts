import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { onEveryRequest } from './request-hook';

// What the workaround relies on: a hook installed after the server exists
// (as instrumentation runs after `next start` created its server) still runs
// before the server's own request listener, and may change the request.
describe('onEveryRequest', () => {
  it("runs before the server's listener on a server created earlier, once per hook", async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`listener ${req.url} ${req.headers['x-hooked'] ?? '-'}`);
      res.end('ok');
    });
    const hook = (req: IncomingMessage) => {
      seen.push(`hook ${req.url}`);
      req.headers['x-hooked'] = 'yes';
    };
    await onEveryRequest(hook);
    await onEveryRequest(hook); // installing twice runs it once
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await (await fetch(`http://127.0.0.1:${port}/a`)).text()).toBe('ok');
      expect(seen).toEqual(['hook /a', 'listener /a yes']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
