/** Starts the API (and the web app when built) on Node from a validated configuration. */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '@fashion/api';
import type { Config } from './config.ts';
import { mountWeb } from './web.ts';
import { createDeps } from './wiring.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** Whether the web build is served at `/`. */
  web: boolean;
  /** Stops accepting connections, finishes open requests and the running cut-out, closes the store. */
  close(): Promise<void>;
}

/** Idle keep-alive connections stay open this long (longer than the 60 s most clients use). */
const KEEP_ALIVE_MS = 65_000;

export async function startServer(config: Config): Promise<RunningServer> {
  const deps = await createDeps(config);
  const app = createApp(deps);
  const web = mountWeb(app, config.webDist);
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () =>
        resolve(s),
      );
      s.once('error', reject);
    });
  } catch (err) {
    await deps.close();
    throw err;
  }
  // Node closes an idle keep-alive connection after 5 s; a client (a proxy, a browser, a test's
  // request pool) that reuses it at that moment gets ECONNRESET. Keep idle connections longer
  // than the usual client and load-balancer idle timeouts (60 s) instead.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1000;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    web,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      // Queued cut-outs would run against a closed store; their garments get them on a later list.
      await app.stopBackgroundWork();
      await deps.close();
    },
  };
}
