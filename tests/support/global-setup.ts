// Vitest global set-up: one PostgreSQL server for the whole run, and a migrated template
// database that each test file clones in milliseconds (CREATE DATABASE … TEMPLATE).
// The server is TEST_DATABASE_SERVER_URL (set by scripts/test.ts), else DATABASE_URL's server,
// else a throwaway embedded PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/db/embedded";
import { deployMigrations } from "../../scripts/migrate/engine";
import { adminQuery, uniqueDatabaseName, withDatabase } from "./pg";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | null = null;
  let tmp: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "minka-vitest-"));
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "postgres"), ephemeral: true });
    serverUrl = embedded.url;
  }
  const template = uniqueDatabaseName("minka_tpl");
  await adminQuery(serverUrl, `create database "${template}"`);
  await deployMigrations(withDatabase(serverUrl, template));
  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await adminQuery(serverUrl, `drop database if exists "${template}" with (force)`);
    if (embedded) await embedded.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}
