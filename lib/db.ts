import "server-only";
import { createDbClient, type PrismaClient } from "@/lib/db-client";
import { setting } from "@/lib/env";

// The app's one Prisma client per server process. Several instances behind a load balancer each
// hold their own pool against the same database; nothing here is shared state.
// It is kept on globalThis: in development Next reloads modules, and a new pool per reload would
// exhaust the server's connections.
const globalForDb = globalThis as unknown as { minkaDb?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Minka with `npm run dev` or `npm start`.");
  return url;
}

function client(): PrismaClient {
  if (globalForDb.minkaDb) return globalForDb.minkaDb;
  const created = createDbClient(databaseUrl(), setting("DB_POOL_SIZE"));
  globalForDb.minkaDb = created;
  return created;
}

/**
 * The client is made on first use, not when this module is imported: `next build` loads route
 * modules to read their settings, and building needs no database. A missing DATABASE_URL is
 * reported by the first query instead.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
