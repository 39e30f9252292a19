// The launcher behind `npm run dev`, `npm start`, `npm run db:migrate` and `npm run db:seed`.
//
// It validates the environment, finds the database (DATABASE_URL, or an embedded PostgreSQL in
// .data/ when it is unset), deploys pending migrations before the server listens, seeds an empty
// database once, then runs Next.js and stops everything cleanly on Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import pg from "pg";
import { loadEnv, EnvError, type Env } from "../lib/env";
import { startEmbeddedPostgres, withDatabase, EmbeddedDbError, type EmbeddedServer } from "./db/embedded";
import { deployMigrations, MigrationError } from "./migrate/engine";
import { runMigrateCommand } from "./migrate/cli";

const ROOT = path.resolve(import.meta.dirname, "..");
// Set in main() from DATA_DIR (default .data/, git-ignored).
let DATA_DIR = path.join(ROOT, ".data");
const APP_DATABASE = "minka";

class LaunchError extends Error {}

// Ctrl-C may come at any step. Until Next runs, the launcher finishes the step it is in and
// then stops the database; once Next runs, Next is stopped first and the database last.
let shutdownRequested = false;
let appProcess: ChildProcess | null = null;
function requestShutdown(signal: NodeJS.Signals) {
  if (shutdownRequested) return;
  shutdownRequested = true;
  say(`${signal} received: stopping Minka …`);
  if (appProcess && appProcess.exitCode === null) appProcess.kill("SIGTERM");
}

function say(line: string) {
  console.log(`[minka] ${line}`);
}

/** Connects once to tell "unreachable" from "wrong password" from "too old", in one line each. */
async function checkServer(url: string) {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    const version = Number(rows[0]?.v ?? 0);
    if (version < 140000) throw new LaunchError(`The database at ${where} runs PostgreSQL ${version}; Minka needs 14 or newer.`);
  } catch (error) {
    if (error instanceof LaunchError) throw error;
    const e = error as NodeJS.ErrnoException & { message: string };
    const reason = e.code ?? e.message.split("\n")[0];
    throw new LaunchError(
      `Cannot reach the database at ${where} (${reason}). Check DATABASE_URL, start that server, or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

interface Database {
  url: string;
  embedded: EmbeddedServer | null;
}

async function openDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) {
    await checkServer(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    preferredPort: env.EMBEDDED_PG_PORT,
    ownerPidFile: path.join(DATA_DIR, "launcher.pid"),
    log: say,
  });
  if (embedded.portChanged) say(`Port ${env.EMBEDDED_PG_PORT} is taken; the embedded database uses port ${embedded.port}.`);
  await ensureDatabase(embedded.url, APP_DATABASE);
  const where = embedded.dataDir.startsWith(ROOT) ? path.relative(ROOT, embedded.dataDir) : embedded.dataDir;
  say(`Embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${where}).`);
  return { url: withDatabase(embedded.url, APP_DATABASE), embedded };
}

/** Demo data on the embedded database by default; on a server of your own only when asked. */
function wantsDemo(env: Env, embedded: boolean): boolean {
  return env.DEMO_DATA === "yes" || (env.DEMO_DATA === "auto" && embedded);
}

async function seedIfEmpty(url: string, demo: boolean) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('select count(*)::int as n from "Region"');
  await client.end();
  if ((rows[0]?.n ?? 0) === 0) await seed(url, demo);
}

async function seed(url: string, demo: boolean) {
  const { createDbClient } = await import("../lib/db-client");
  const { seedDatabase } = await import("../prisma/seed/index");
  const db = createDbClient(url, 4);
  try {
    say(demo ? "Loading reference and demo data …" : "Loading reference data (no demo data) …");
    const started = Date.now();
    await seedDatabase(db, { demo, log: say });
    say(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
  }
}

/** A signing secret for sessions. Generated once for local use; required for real deployments. */
function authSecret(env: Env, mode: string, embedded: boolean): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (mode === "start" && !embedded) {
    throw new LaunchError("AUTH_SECRET is required when running against your own database (try: openssl rand -base64 32).");
  }
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function printDemoAccounts() {
  const { DEMO_USERS, DEMO_PASSWORD } = await import("../prisma/seed/users");
  say(`Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) say(`  ${user.email.padEnd(38)} ${user.role.en}`);
}

function nextBin(): string {
  return path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
}

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin(), ...args], { cwd: ROOT, env, stdio: "inherit" });
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function serve(mode: "dev" | "start", env: Env, database: Database): Promise<number> {
  const applied = await deployMigrations(database.url);
  if (applied.applied.length) say(`Applied migrations: ${applied.applied.join(", ")}.`);
  const demo = wantsDemo(env, database.embedded !== null);
  await seedIfEmpty(database.url, demo);

  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(env, mode, database.embedded !== null),
    NEXTAUTH_URL: appUrl,
    NODE_ENV: mode === "dev" ? "development" : "production",
    // Minka runs on closed government networks: no calls home.
    NEXT_TELEMETRY_DISABLED: "1",
  };
  childEnv.NEXTAUTH_SECRET = childEnv.AUTH_SECRET;

  if (mode === "start" && !fs.existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    say("No production build yet: running `next build` first …");
    const code = await waitFor(runNext(["build"], childEnv));
    if (code !== 0) return code;
  }

  if (shutdownRequested) return 130;
  const child = runNext(mode === "dev" ? ["dev", "-p", String(env.PORT)] : ["start", "-p", String(env.PORT)], childEnv);
  appProcess = child;
  say(`Minka is starting on ${appUrl} (${mode === "dev" ? "development" : "production"}).`);
  if (demo) await printDemoAccounts();
  const code = await waitFor(child);
  // A stop the user asked for is a clean exit, whatever status Next reports for SIGTERM.
  return shutdownRequested ? 0 : code;
}

/** Reads .env when present; variables already set in the environment win. */
function loadDotEnv() {
  const file = path.join(ROOT, ".env");
  if (!fs.existsSync(file)) return;
  for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(file, "utf8")))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

async function main(): Promise<number> {
  const [command = "dev", ...rest] = process.argv.slice(2);
  process.on("SIGINT", requestShutdown);
  process.on("SIGTERM", requestShutdown);
  loadDotEnv();
  const env = loadEnv();
  DATA_DIR = path.resolve(ROOT, env.DATA_DIR);
  // `migrate create` only reads and writes files: no database needed.
  if (command === "migrate" && rest[0] === "create") return runMigrateCommand(rest, "");

  const database = await openDatabase(env);
  try {
    switch (command) {
      case "dev":
      case "start":
        return await serve(command, env, database);
      case "migrate":
        return await runMigrateCommand(rest, database.url);
      case "seed": {
        await deployMigrations(database.url);
        const demo = wantsDemo(env, database.embedded !== null);
        await seed(database.url, demo);
        if (!demo) say("Demo data is loaded only on the embedded database or with DEMO_DATA=yes.");
        return 0;
      }
      default:
        throw new LaunchError(`Unknown command "${command}". Use dev, start, migrate or seed.`);
    }
  } finally {
    if (database.embedded) {
      await database.embedded.stop();
      say("Embedded PostgreSQL stopped.");
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Expected failures get one line; anything else keeps its stack for the bug report.
    if (error instanceof EnvError) for (const problem of error.problems) console.error(`[minka] Configuration error: ${problem}`);
    else if (error instanceof LaunchError || error instanceof EmbeddedDbError || error instanceof MigrationError)
      console.error(`[minka] ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
