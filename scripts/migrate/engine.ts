// Offline migrations on Prisma's WebAssembly schema engine. See
// docs/decisions/0002-offline-migrations.md for why the Prisma CLI is not used for this.
//
// The files follow Prisma Migrate's own layout (prisma/migrations/<timestamp>_<name>/migration.sql
// plus migration_lock.toml) and the engine writes the standard `_prisma_migrations` table, so a
// connected machine's `prisma migrate deploy` agrees with what happens here. One addition: every
// migration folder also keeps `schema.prisma`, the schema that migration was made from, so the
// next migration is a schema-to-schema diff that needs no database. Prisma reads only
// migration.sql from each folder and ignores other files.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
export const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

/** A migration step went wrong. The message is one line meant for people. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

// The package's entry imports the .wasm file as an ES module, which only bundlers understand;
// in plain Node we instantiate the same WebAssembly module by hand with its JS glue.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Bindings = any;
let bindings: Promise<Bindings> | undefined;

export function loadSchemaEngineBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue: Bindings = await import(pathToFileURL(join(dir, "schema_engine_bg.js")).href);
    const wasmModule = await WebAssembly.compile(readFileSync(join(dir, "schema_engine_bg.wasm")));
    const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return bindings;
}

/** The pg adapter, with migration scripts run whole (see WholeScriptPg), bound for the engine. */
export function migrationAwareAdapter(connectionString: string) {
  return bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(connectionString));
}

// ---------------------------------------------------------------------------------------------
// Adapters
// ---------------------------------------------------------------------------------------------

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * PrismaPg with one change: `executeScript` sends the whole script as ONE simple-protocol query.
 *
 * The stock `executeScript` splits the script on ";" and runs the pieces one by one. That breaks
 * `$$`-quoted bodies (functions, triggers) and leaves a failed migration half-applied. PostgreSQL
 * runs a multi-statement simple query as one implicit transaction, so a migration now applies
 * entirely or not at all. (This holds as long as the script has no explicit COMMIT; a statement
 * that refuses to run in a transaction, such as CREATE INDEX CONCURRENTLY, fails it cleanly.)
 *
 * It also remembers the adapters the engine opens, so `close()` can end their pools: the engine
 * takes Prisma's own advisory lock on a pooled connection and never releases it, and a database
 * with open connections cannot be used as a template or dropped.
 */
class WholeScriptPg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  /** The last script that failed and PostgreSQL's error, to report them precisely. */
  lastFailure: { script: string; error: unknown } | null = null;
  private readonly inner: PrismaPg;
  private readonly open = new Set<PgAdapter>();

  constructor(connectionString: string) {
    this.inner = new PrismaPg({ connectionString });
    this.adapterName = this.inner.adapterName;
  }

  async connect() {
    return this.wrap(await this.inner.connect());
  }

  async connectToShadowDb() {
    return this.wrap(await this.inner.connectToShadowDb());
  }

  async close() {
    for (const adapter of [...this.open]) {
      this.open.delete(adapter);
      await adapter.dispose();
    }
  }

  // PrismaPgAdapter is not exported, so delegate instead of subclassing.
  private wrap(adapter: PgAdapter): SqlDriverAdapter {
    this.open.add(adapter);
    const pool = adapter.underlyingDriver();
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
      getConnectionInfo: () => adapter.getConnectionInfo(),
      executeScript: async (script) => {
        try {
          await pool.query(script); // no parameters: pg uses the simple query protocol
        } catch (error) {
          this.lastFailure = { script, error };
          throw toDriverError(error);
        }
      },
      dispose: async () => {
        if (this.open.delete(adapter)) await adapter.dispose();
      },
    };
  }
}

/** PostgreSQL's errors in the shape the engine understands (it records them in `logs`). */
function toDriverError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "",
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/**
 * A stand-in database for work that needs none (diffs between schema files). `SchemaEngine.new`
 * probes the server version as soon as it starts, so this answers that one query (as the oldest
 * PostgreSQL Minka supports) and refuses everything else.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = () => Promise.reject(new Error("This migration step works offline and has no database."));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "minka-offline",
    queryRaw: async (query) => {
      if (!query.sql.includes("server_version_num")) return refuse();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 14.0 (offline)", 140000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    dispose: async () => {},
  };
  return { provider: "postgres", adapterName: "minka-offline", connect: async () => adapter, connectToShadowDb: async () => adapter };
}

// ---------------------------------------------------------------------------------------------
// Engine plumbing
// ---------------------------------------------------------------------------------------------

const FILTERS = { externalTables: [], externalEnums: [] };
// The engine only needs the provider at start-up; deploy must not depend on schema.prisma.
const DATASOURCE_ONLY = 'datasource db {\n  provider = "postgresql"\n}\n';

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory & { close?: () => Promise<void> },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngineBindings();
  let engine: SchemaEngine | undefined;
  try {
    engine = (await SchemaEngine.new(
      { datamodels: [["schema.prisma", DATASOURCE_ONLY]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    )) as SchemaEngine;
    return await run(engine);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(engineMessage(error));
  } finally {
    engine?.free();
    await factory.close?.();
  }
}

/** The engine's errors carry a Rust span trace after the message; keep the message, on one line. */
function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s+\d+: /.test(line)) break; // start of the span trace
    if (line.trim() && line.trim() !== "external connector error") lines.push(line.trim());
  }
  return lines.join(" ") || "unknown schema engine error";
}

/** Reads a migrations folder exactly as the Prisma CLI does (every sub-folder's migration.sql). */
function readMigrations(migrationsDir: string): MigrationList {
  const lockPath = join(migrationsDir, "migration_lock.toml");
  const list: MigrationList = {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: [],
  };
  if (!existsSync(migrationsDir)) return list;
  for (const entry of readdirSync(migrationsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(migrationsDir, entry.name, "migration.sql");
    list.migrationDirectories.push({
      path: entry.name,
      migrationFile: {
        path: "migration.sql",
        content: existsSync(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: `${file} is missing` },
      },
    });
  }
  list.migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return list;
}

function readableMigrations(migrationsDir: string): MigrationList {
  const list = readMigrations(migrationsDir);
  for (const dir of list.migrationDirectories) {
    if (dir.migrationFile.content.tag === "error") throw new MigrationError(`Migration ${dir.path} has no migration.sql.`);
  }
  return list;
}

// Our own lock, distinct from the one the engine takes (Prisma's 72707369) on a pooled
// connection it never releases: reusing that key here would make the engine wait for us forever.
// Exported for tests and for tools that must wait for a running deploy.
export const DEPLOY_LOCK_KEY = 4_206_243_001;

/**
 * Runs `work` while holding a PostgreSQL advisory lock on its own connection, so app instances
 * starting together against one database deploy one after the other (the later ones find nothing
 * pending). The lock goes away with the connection, even if this process dies.
 */
async function withDeployLock<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`Cannot connect to the database to migrate it: ${(error as Error).message}`);
  }
  try {
    await client.query("select pg_advisory_lock($1)", [DEPLOY_LOCK_KEY]);
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Deploy, status, reset
// ---------------------------------------------------------------------------------------------

/** Applies pending migrations; refuses when an applied one was edited or one is marked failed. */
export async function deployMigrations(
  databaseUrl: string,
  opts: { migrationsDir?: string } = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  return withDeployLock(databaseUrl, async (client) => ({ applied: await applyPending(databaseUrl, migrationsDir, client) }));
}

async function applyPending(databaseUrl: string, migrationsDir: string, client: pg.Client): Promise<string[]> {
  const migrationsList = readableMigrations(migrationsDir);
  const factory = new WholeScriptPg(databaseUrl);
  return withEngine(factory, async (engine) => {
    // applyMigrations itself does not look at checksums: it would happily apply new migrations
    // on top of an edited one. Refuse first.
    const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS });
    if (diagnosis.editedMigrationNames.length) {
      throw new MigrationError(
        `Refusing to deploy: already-applied migration ${diagnosis.editedMigrationNames.join(", ")} was edited after it was applied (checksum differs); restore it and put the change in a new migration.`,
      );
    }
    if (diagnosis.failedMigrationNames.length) {
      throw new MigrationError(
        `Refusing to deploy: migration ${diagnosis.failedMigrationNames.join(", ")} is recorded as failed in _prisma_migrations; check the database, then mark it rolled back or applied.`,
      );
    }
    try {
      return (await engine.applyMigrations({ migrationsList, filters: FILTERS })).appliedMigrationNames;
    } catch (error) {
      const failure = factory.lastFailure;
      if (!failure) throw new MigrationError(`Deploying migrations failed: ${engineMessage(error)}`);
      // The script ran as one transaction and PostgreSQL rolled all of it back, so recording the
      // migration as rolled back (Prisma's own "resolve --rolled-back") is the truth, and lets
      // the fixed migration apply on the next deploy instead of blocking every later one.
      const { rows } = await client.query<{ migration_name: string }>(
        "select migration_name from _prisma_migrations where finished_at is null and rolled_back_at is null",
      );
      const name = rows[0]?.migration_name ?? "(unknown)";
      if (rows[0]) await engine.markMigrationRolledBack({ migrationName: name });
      throw new MigrationError(`Migration ${name} failed and was rolled back: ${describeDbError(failure.script, failure.error)}`);
    }
  });
}

/** PostgreSQL's message, with the line of the migration it points at when it says. */
function describeDbError(script: string, error: unknown): string {
  if (!(error instanceof pg.DatabaseError)) return error instanceof Error ? error.message : String(error);
  const position = Number(error.position);
  const where = position > 0 ? ` (migration.sql line ${script.slice(0, position - 1).split("\n").length})` : "";
  return `${error.message}${error.code ? ` [${error.code}]` : ""}${where}`;
}

export interface MigrationStatus {
  /** Recorded as applied in the database (edited ones included). */
  applied: string[];
  /** In the folder, not yet applied. */
  pending: string[];
  /** Applied, but the file changed since (checksum differs). */
  edited: string[];
  /** Recorded as started and never finished nor rolled back. */
  failed: string[];
  /** Applied in the database, absent from the folder (an older checkout, or a deleted file). */
  missingLocally: string[];
}

export async function migrationStatus(databaseUrl: string, opts: { migrationsDir?: string } = {}): Promise<MigrationStatus> {
  const migrationsList = readableMigrations(opts.migrationsDir ?? MIGRATIONS_DIR);
  const diagnosis = await withEngine(new WholeScriptPg(databaseUrl), (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS }),
  );
  const history = diagnosis.history;
  const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const missingLocally = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];

  let applied: string[] = [];
  if (diagnosis.hasMigrationsTable) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string }>(
        "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name",
      );
      applied = [...new Set(rows.map((row) => row.migration_name))];
    } finally {
      await client.end();
    }
  }
  return { applied, pending, edited: diagnosis.editedMigrationNames, failed: diagnosis.failedMigrationNames, missingLocally };
}

/** Development only: empties the `public` schema, then applies every migration again. */
export async function resetDatabase(databaseUrl: string, opts: { migrationsDir?: string } = {}): Promise<{ applied: string[] }> {
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  return withDeployLock(databaseUrl, async (client) => {
    // The engine drops and re-creates the schema of the connection (public), tables, types,
    // functions and _prisma_migrations included; other schemas are left alone.
    await withEngine(new WholeScriptPg(databaseUrl), (engine) => engine.reset({ filter: FILTERS }));
    return { applied: await applyPending(databaseUrl, migrationsDir, client) };
  });
}

// ---------------------------------------------------------------------------------------------
// Create (offline)
// ---------------------------------------------------------------------------------------------

/** The SQL that builds `schemaText` from nothing, computed without a database. */
export async function schemaSql(schemaText: string): Promise<string> {
  return withEngine(offlineAdapterFactory(), async (engine) => {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return result.stdout ?? "";
  });
}

/**
 * Writes `<yyyyMMddHHmmss>_<name>/migration.sql` (+ the schema.prisma snapshot) holding the diff
 * from the schema the latest migration was made from to the current schema. Returns the folder,
 * or null when the schema did not change. Needs no database.
 */
export async function createMigration(
  name: string,
  opts: { schemaPath?: string; migrationsDir?: string; now?: Date } = {},
): Promise<string | null> {
  if (!/^[a-z0-9_-]+$/.test(name)) {
    throw new MigrationError(`Invalid migration name "${name}": use lower-case letters, digits, "_" and "-" only.`);
  }
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  const schema = readFileSync(opts.schemaPath ?? SCHEMA_PATH, "utf8");
  const latest = readMigrations(migrationsDir).migrationDirectories.at(-1)?.path;

  let previous: string | null = null;
  if (latest) {
    const snapshot = join(migrationsDir, latest, "schema.prisma");
    if (!existsSync(snapshot)) {
      throw new MigrationError(`Migration ${latest} has no schema.prisma snapshot, so the next migration cannot be computed offline; add the schema it was made from there.`);
    }
    previous = readFileSync(snapshot, "utf8");
  }

  const result = await withEngine(offlineAdapterFactory(), (engine) =>
    engine.diff({
      from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: previous }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: true, // makes the engine say whether there is a change (2) or not (0)
      filters: FILTERS,
    }),
  );
  if (result.exitCode !== 2) return null;

  const folderName = `${timestamp(opts.now ?? new Date())}_${name.replaceAll("-", "_")}`;
  // Migrations apply in name order, and the snapshot chain assumes the new one comes last.
  if (latest && folderName.localeCompare(latest) <= 0) {
    throw new MigrationError(`Migration ${folderName} would not sort after the latest one (${latest}); wait a second or check the clock.`);
  }
  const folder = join(migrationsDir, folderName);
  mkdirSync(migrationsDir, { recursive: true });
  mkdirSync(folder);
  writeFileSync(join(folder, "migration.sql"), result.stdout ?? "");
  writeFileSync(join(folder, "schema.prisma"), schema);
  const lockfile = join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockfile)) {
    writeFileSync(lockfile, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  return folder;
}

/** yyyyMMddHHmmss in UTC, as Prisma names migration folders. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** A database name nobody else uses, for throwaway databases on a shared server. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}
