// Throwaway databases for integration tests. Every test file makes its own and drops it, so
// runs never share state, even on a server shared with other runs.
import { inject } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import { adminQuery, uniqueDatabaseName, withDatabase } from "./pg";

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  return inject("databaseServerUrl");
}

/**
 * A new database on the test server. With `migrate: true` it is a copy of the migrated
 * template (all migrations applied, no rows); with `demo: true`, of the demo template (migrated
 * and seeded with the demo data); without either, it is empty.
 */
export async function createTestDatabase(opts: { migrate?: boolean; demo?: boolean } = {}): Promise<TestDatabase> {
  const server = serverUrl();
  const name = uniqueDatabaseName("minka_test");
  const from = opts.demo ? inject("demoTemplateDatabase") : opts.migrate ? inject("templateDatabase") : null;
  const template = from ? ` template "${from}"` : "";
  await adminQuery(server, `create database "${name}"${template}`);
  return {
    url: withDatabase(server, name),
    name,
    drop: () => adminQuery(server, `drop database if exists "${name}" with (force)`),
  };
}

/**
 * This test file's own copy of the demo database (see createTestDatabase), with DATABASE_URL
 * pointing at it before the app's modules are first imported (lib/db reads it then), and a
 * Prisma client of the test's own for set-up and checks.
 */
export async function openDemoDatabase(): Promise<{ tdb: TestDatabase; db: PrismaClient }> {
  const tdb = await createTestDatabase({ demo: true });
  process.env.DATABASE_URL = tdb.url;
  const { createDbClient } = await import("@/lib/db-client");
  return { tdb, db: createDbClient(tdb.url, 4) };
}

/** Ends what openDemoDatabase opened (afterAll): the app's client, the test's, the database. */
export async function closeDemoDatabase(tdb: TestDatabase | undefined, db: PrismaClient | undefined): Promise<void> {
  const app = await import("@/lib/db");
  await app.db.$disconnect();
  await db?.$disconnect();
  await tdb?.drop();
}
