import "server-only";
import { createDbClient, type PrismaClient } from "@/lib/db-client";

// The app's one Prisma client per server process. Several instances behind a load balancer each
// hold their own pool against the same database; nothing here is shared state.
// In development Next reloads modules, so the client is kept on globalThis to avoid a new pool
// per reload.
const globalForDb = globalThis as unknown as { minkaDb?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Minka with `npm run dev` or `npm start`.");
  return url;
}

export const db: PrismaClient =
  globalForDb.minkaDb ?? createDbClient(databaseUrl(), Number(process.env.DB_POOL_SIZE ?? 10));
if (process.env.NODE_ENV !== "production") globalForDb.minkaDb = db;
