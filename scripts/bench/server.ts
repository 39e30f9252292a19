// Where benchmark databases live. With DATABASE_URL set, on that server (one database per scale,
// named minka_bench_s<scale>); without it, on an embedded PostgreSQL kept in .data/bench-postgres
// so that `npm run bench:data` and `npm run bench` find the same data. The app's own database is
// never touched.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "../db/embedded";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BenchServer {
  /** URL of the server's maintenance database. */
  serverUrl: string;
  stop(): Promise<void>;
}

export async function openBenchServer(log: (line: string) => void): Promise<BenchServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { serverUrl: withDatabase(configured, "postgres"), stop: async () => {} };
  const embedded: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: path.join(process.env.DATA_DIR ?? path.join(ROOT, ".data"), "bench-postgres"),
    log,
  });
  log(`[bench] Embedded PostgreSQL on 127.0.0.1:${embedded.port}.`);
  return { serverUrl: embedded.url, stop: () => embedded.stop() };
}

/** "1" → minka_bench_s1, "0.01" → minka_bench_s0_01. */
export function benchDatabaseName(scale: number): string {
  return `minka_bench_s${String(scale).replace(/[^0-9]/g, "_")}`;
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    return !!rowCount;
  } finally {
    await client.end();
  }
}

/** `--scale 1 --quick` → { scale: "1", quick: true }. */
export function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) continue;
    const [key, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) out[key] = inline;
    else if (next !== undefined && !next.startsWith("--")) out[key] = (i++, next);
    else out[key] = true;
  }
  return out;
}

export function scaleArg(args: Record<string, string | true>, fallback: number): number {
  const raw = args.scale;
  if (raw === undefined || raw === true) return fallback;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 50) throw new Error(`--scale must be a number above 0 and at most 50 (got ${raw}).`);
  return scale;
}
