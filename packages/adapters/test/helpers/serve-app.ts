/** Serves a Hono app on 127.0.0.1 (random port) for tests that go over real HTTP. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export async function serveApp(app: { fetch: (req: Request) => Response | Promise<Response> }) {
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
        resolve({ server: s, port: info.port }),
      );
    },
  );
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
