/**
 * `npm start`: the embedded Fashion AI (API + web app) on http://localhost:8080 by default.
 * Configuration comes from the environment (see README); a bad value stops here with its name.
 */
import { ConfigError, loadConfig, type Config } from './config.ts';
import { startServer } from './server.ts';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`Fashion AI cannot start: ${err.message}`);
  process.exit(1);
}

const server = await startServer(config).catch((err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `Fashion AI cannot start: port ${config.port} is in use (set PORT to another one)`
      : `Fashion AI cannot start: ${err.message}`,
  );
  process.exit(1);
});

console.log(
  `Fashion AI listening on ${server.url} (data in ${config.dataDir}, ` +
    `${config.auth0 ? 'Auth0 login' : 'anonymous single user'}, ` +
    `${server.web ? 'web app at /' : 'API only: apps/web/dist not built'})`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) process.exit(1); // a second Ctrl-C does not wait
  stopping = true;
  console.log(`${signal}: shutting down`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
