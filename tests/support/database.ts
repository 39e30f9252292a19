// Throwaway databases for integration tests. Every test file makes its own and drops it, so
// runs never share state, even on a server shared with other runs.
import { inject } from "vitest";
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
 * template (all migrations applied, no rows); without, it is empty.
 */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const server = serverUrl();
  const name = uniqueDatabaseName("minka_test");
  const template = opts.migrate ? ` template "${inject("templateDatabase")}"` : "";
  await adminQuery(server, `create database "${name}"${template}`);
  return {
    url: withDatabase(server, name),
    name,
    drop: () => adminQuery(server, `drop database if exists "${name}" with (force)`),
  };
}
