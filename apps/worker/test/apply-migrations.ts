// Setup file (inside workerd): brings the local D1 database to the schema of the SQLite store.
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
