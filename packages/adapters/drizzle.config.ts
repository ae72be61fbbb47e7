// `npx drizzle-kit generate` (run in packages/adapters) writes SQL migrations for SQLite and D1.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/sqlite/schema.ts',
  out: './src/sqlite/drizzle',
});
