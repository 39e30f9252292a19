// Vitest global set-up: one PostgreSQL server for the whole run, a migrated template database
// and a demo one (migrated and seeded with the demo data), which each test file clones in
// milliseconds (CREATE DATABASE … TEMPLATE) instead of migrating or seeding its own.
// The server is TEST_DATABASE_SERVER_URL (set by scripts/test.ts), else DATABASE_URL's server,
// else a throwaway embedded PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/db/embedded";
import { deployMigrations } from "../../scripts/migrate/engine";
import { createDbClient } from "../../lib/db-client";
import { seedDatabase } from "../../prisma/seed/index";
import { adminQuery, uniqueDatabaseName, withDatabase } from "./pg";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
    demoTemplateDatabase: string;
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
  const demoTemplate = uniqueDatabaseName("minka_demo_tpl");
  await adminQuery(serverUrl, `create database "${demoTemplate}" template "${template}"`);
  const seedClient = createDbClient(withDatabase(serverUrl, demoTemplate), 4);
  try {
    await seedDatabase(seedClient, { demo: true });
  } finally {
    // A template cannot be copied while anyone is connected to it.
    await seedClient.$disconnect();
  }
  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("demoTemplateDatabase", demoTemplate);

  return async () => {
    await adminQuery(serverUrl, `drop database if exists "${demoTemplate}" with (force)`);
    await adminQuery(serverUrl, `drop database if exists "${template}" with (force)`);
    if (embedded) await embedded.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}
