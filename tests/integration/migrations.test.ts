// Offline migrations (scripts/migrate) against a real PostgreSQL. Every test works on its own
// database, and tests that change migrations work on a copy of prisma/migrations in os.tmpdir().
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runMigrateCommand } from "../../scripts/migrate/cli";
import { checkDrift } from "../../scripts/migrate/drift";
import {
  createMigration,
  DEPLOY_LOCK_KEY,
  deployMigrations,
  MIGRATIONS_DIR,
  MigrationError,
  migrationStatus,
  resetDatabase,
  SCHEMA_PATH,
} from "../../scripts/migrate/engine";
import { createTestDatabase, type TestDatabase } from "../support/database";

const INIT = "20261129050000_init";
const LOCAL_MIGRATIONS = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  for (const db of databases) await db.drop();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function database(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const db = await createTestDatabase(opts);
  databases.push(db);
  return db;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "minka-migrations-"));
  tempDirs.push(dir);
  return dir;
}

/** A copy of prisma/migrations to add to or edit; the real folder is never touched. */
function copyOfMigrations(): string {
  const dir = path.join(tempDir(), "migrations");
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ oid: string | null }>(url, "select to_regclass($1)::text as oid", [`public."${table}"`]);
  return row?.oid != null;
}

const migrationRows = (url: string) =>
  query(url, "select id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs, applied_steps_count from _prisma_migrations order by id");

describe("deployMigrations", () => {
  it("brings a fresh database to exactly what schema.prisma describes (no drift)", async () => {
    // The init folder also holds the schema.prisma snapshot: the extra file must not matter.
    expect(existsSync(path.join(MIGRATIONS_DIR, INIT, "schema.prisma"))).toBe(true);
    const db = await database();

    const { applied } = await deployMigrations(db.url);

    expect(applied).toEqual(LOCAL_MIGRATIONS);
    expect(applied).toContain(INIT);
    expect(await tableExists(db.url, "Region")).toBe(true);
    expect(await checkDrift(db.url)).toEqual([]);
    const status = await migrationStatus(db.url);
    expect(status).toEqual({ applied: LOCAL_MIGRATIONS, pending: [], edited: [], failed: [], missingLocally: [] });
  });

  it("is a no-op the second time", async () => {
    const db = await database();
    await deployMigrations(db.url);
    const before = await migrationRows(db.url);
    expect(before).toHaveLength(LOCAL_MIGRATIONS.length);

    const second = await deployMigrations(db.url);

    expect(second.applied).toEqual([]);
    expect(await migrationRows(db.url)).toEqual(before);
  });

  it("applies each migration once when several instances deploy at the same time", async () => {
    const db = await database();

    const results = await Promise.all([deployMigrations(db.url), deployMigrations(db.url), deployMigrations(db.url)]);

    expect(results.flatMap((r) => r.applied).sort()).toEqual(LOCAL_MIGRATIONS);
    expect(await migrationRows(db.url)).toHaveLength(LOCAL_MIGRATIONS.length);
  });

  it("waits while another deploy holds the advisory lock", async () => {
    const db = await database();
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query("select pg_advisory_lock($1)", [DEPLOY_LOCK_KEY]);
      let finished = false;
      const deploy = deployMigrations(db.url).finally(() => {
        finished = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(finished).toBe(false);
      expect(await tableExists(db.url, "_prisma_migrations")).toBe(false);

      await holder.query("select pg_advisory_unlock($1)", [DEPLOY_LOCK_KEY]);
      expect((await deploy).applied).toEqual(LOCAL_MIGRATIONS);
    } finally {
      await holder.end();
    }
  });

  it("applies a migration whose function bodies are $$-quoted", async () => {
    const dir = copyOfMigrations();
    const name = "20990101000000_dollar_quoted";
    addMigration(
      dir,
      name,
      `-- Semicolons inside the bodies must not split the script.
CREATE FUNCTION minka_probe_touch() RETURNS trigger AS $$
BEGIN
  NEW."updatedAt" := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER minka_probe_touch BEFORE UPDATE ON "Region" FOR EACH ROW EXECUTE FUNCTION minka_probe_touch();

CREATE FUNCTION minka_probe_answer() RETURNS integer LANGUAGE sql AS $fn$ SELECT 41; SELECT 42; $fn$;
`,
    );
    const db = await database({ migrate: true });

    expect((await deployMigrations(db.url, { migrationsDir: dir })).applied).toEqual([name]);

    expect(await query(db.url, "select minka_probe_answer() as answer")).toEqual([{ answer: 42 }]);
    expect(await query(db.url, "select tgname from pg_trigger where tgname = 'minka_probe_touch'")).toHaveLength(1);
  });
});

describe("a migration that fails", () => {
  it("leaves nothing behind, is not recorded as applied, and applies once fixed", async () => {
    const dir = copyOfMigrations();
    const name = "20990101000000_broken";
    const good = 'CREATE TABLE "broken_first" (id integer PRIMARY KEY);\nINSERT INTO "broken_first" VALUES (1);\n';
    addMigration(dir, name, `${good}SELECT * FROM no_such_table;\n`);
    const db = await database({ migrate: true });

    const error = await deployMigrations(db.url, { migrationsDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MigrationError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).toContain('relation "no_such_table" does not exist');
    expect(message).toContain("line 3");
    expect(message).not.toContain("\n");
    // The first statements ran, then were rolled back with the failing one.
    expect(await tableExists(db.url, "broken_first")).toBe(false);
    const rows = await query<{ finished_at: Date | null; rolled_back_at: Date | null }>(
      db.url,
      "select finished_at, rolled_back_at from _prisma_migrations where migration_name = $1",
      [name],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at === null && row.rolled_back_at !== null)).toBe(true);
    const status = await migrationStatus(db.url, { migrationsDir: dir });
    expect(status.applied).not.toContain(name);
    expect(status.pending).toEqual([name]);
    expect(status.failed).toEqual([]);

    // Once the file is fixed, the next deploy applies it.
    writeFileSync(path.join(dir, name, "migration.sql"), good);
    expect((await deployMigrations(db.url, { migrationsDir: dir })).applied).toEqual([name]);
    expect(await query(db.url, 'select id from "broken_first"')).toEqual([{ id: 1 }]);
  });
});

describe("an applied migration edited afterwards", () => {
  it("is reported by status and refused by deploy", async () => {
    const dir = copyOfMigrations();
    const db = await database();
    await deployMigrations(db.url, { migrationsDir: dir });
    appendFileSync(path.join(dir, INIT, "migration.sql"), "\n-- edited after it was applied\n");
    addMigration(dir, "20990101000000_later", 'CREATE TABLE "later_probe" (id integer);\n');

    const status = await migrationStatus(db.url, { migrationsDir: dir });
    expect(status.edited).toEqual([INIT]);
    expect(status.pending).toEqual(["20990101000000_later"]);

    const refusal = deployMigrations(db.url, { migrationsDir: dir });
    await expect(refusal).rejects.toThrow(MigrationError);
    await expect(refusal).rejects.toThrow(new RegExp(`${INIT}.*edited`));
    expect(await tableExists(db.url, "later_probe")).toBe(false);
  });
});

describe("createMigration", () => {
  const probeModel = "\nmodel MigrationProbe {\n  id    Int    @id @default(autoincrement())\n  label String @db.VarChar(40)\n}\n";

  it("returns null when schema.prisma did not change", async () => {
    const dir = copyOfMigrations();

    expect(await createMigration("nothing_new", { migrationsDir: dir })).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(readdirSync(MIGRATIONS_DIR).sort());
  });

  it("writes the diff for an added model, which applies cleanly", async () => {
    const dir = copyOfMigrations();
    const schemaPath = path.join(tempDir(), "schema.prisma");
    const schema = readFileSync(SCHEMA_PATH, "utf8") + probeModel;
    writeFileSync(schemaPath, schema);

    const folder = await createMigration("add-migration-probe", { schemaPath, migrationsDir: dir, now: new Date("2099-01-02T03:04:05Z") });

    expect(folder).toBe(path.join(dir, "20990102030405_add_migration_probe"));
    const sql = readFileSync(path.join(folder!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "MigrationProbe"');
    expect(sql).not.toContain('CREATE TABLE "Region"'); // a diff, not the whole schema again
    expect(readFileSync(path.join(folder!, "schema.prisma"), "utf8")).toBe(schema);

    const db = await database();
    expect((await deployMigrations(db.url, { migrationsDir: dir })).applied).toEqual([...LOCAL_MIGRATIONS, "20990102030405_add_migration_probe"]);
    expect(await tableExists(db.url, "MigrationProbe")).toBe(true);
    expect(await checkDrift(db.url, { schemaPath })).toEqual([]);
    expect(await checkDrift(db.url)).toEqual(['table "MigrationProbe" is in the database but not in schema.prisma']);
    // The new snapshot is the base of the next diff: nothing left to create.
    expect(await createMigration("again", { schemaPath, migrationsDir: dir, now: new Date("2099-01-03T00:00:00Z") })).toBeNull();
  });

  it("rejects names outside [a-z0-9_-]", async () => {
    const dir = copyOfMigrations();
    const schemaPath = path.join(tempDir(), "schema.prisma");
    writeFileSync(schemaPath, readFileSync(SCHEMA_PATH, "utf8") + probeModel);

    await expect(createMigration("Add Probe", { schemaPath, migrationsDir: dir })).rejects.toThrow(MigrationError);
    await expect(createMigration("../escape", { schemaPath, migrationsDir: dir })).rejects.toThrow(MigrationError);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(MIGRATIONS_DIR).sort());
  });
});

describe("checkDrift", () => {
  it("reports manual changes to the database", async () => {
    const db = await database({ migrate: true });
    await query(
      db.url,
      `alter table "Region" add column "nickname" text;
       drop index "Actor_regionId_helix_idx";
       alter type "Helix" add value 'OTHER_HELIX';
       alter table "Province" alter column "capital" drop not null`,
    );

    const drift = await checkDrift(db.url);

    expect(drift).toEqual(
      expect.arrayContaining([
        'column "Region"."nickname" is in the database but not in schema.prisma',
        'index "Actor_regionId_helix_idx" is in schema.prisma but not in the database',
        expect.stringMatching(/^enum "Helix" differs: database has .*'OTHER_HELIX'/),
        expect.stringMatching(/^column "Province"."capital" differs: database has character varying\(80\) null; schema.prisma has character varying\(80\) not null$/),
      ]),
    );
    expect(drift).toHaveLength(4);
  });
});

describe("resetDatabase", () => {
  it("drops everything in public and applies every migration again", async () => {
    const db = await database({ migrate: true });
    await query(db.url, 'create table "stray" (id integer); alter table "Region" add column "nickname" text');

    const { applied } = await resetDatabase(db.url);

    expect(applied).toEqual(LOCAL_MIGRATIONS);
    expect(await tableExists(db.url, "stray")).toBe(false);
    expect(await checkDrift(db.url)).toEqual([]);
  });
});

describe("runMigrateCommand", () => {
  it("status exits 0 on an up-to-date database and 1 once it drifts", async () => {
    const db = await database({ migrate: true });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await runMigrateCommand(["status"], db.url)).toBe(0);
      expect(log.mock.calls.flat()).toContain(`Applied: ${LOCAL_MIGRATIONS.join(", ")}`);

      await query(db.url, 'create table "stray" (id integer)');
      log.mockClear();
      expect(await runMigrateCommand(["status"], db.url)).toBe(1);
      expect(log.mock.calls.flat()).toContain('  table "stray" is in the database but not in schema.prisma');
    } finally {
      log.mockRestore();
    }
  });
});
