import pg from "pg";

// Direct database access for end-to-end specs: the runner (scripts/test.ts) passes the seeded
// database of this run as DATABASE_URL. Specs read from it to check what the UI or an HTTP call
// really wrote, and to prepare records a spec needs.
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set for the end-to-end tests (run them with `npm test -- e2e`).");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Tables that legitimately change when a request is refused: the security log records the
// denial, and the sign-in throttle counts attempts.
const CHANGES_ON_DENIAL = new Set(["SecurityEvent", "RateLimit", "_prisma_migrations"]);

/**
 * A fingerprint of every application table: row count and a hash of all row contents. Two equal
 * snapshots mean not one row was added, removed or changed. One statement for all tables, and a
 * hash that needs no sort (the sum of each row's 64-bit hash): the permission matrix takes two
 * snapshots around each of its thousand calls.
 */
export async function snapshotTables(client: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const perTable = tables
    .filter(({ name }) => !CHANGES_ON_DENIAL.has(name))
    .map(({ name }) => `select '${name}' as name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) as fingerprint from "${name}" t`);
  const { rows } = await client.query<{ name: string; fingerprint: string }>(perTable.join(" union all "));
  return Object.fromEntries(rows.map((r) => [r.name, r.fingerprint]));
}

/** The number of rows a snapshot counted in a table. */
export function rowsIn(snapshot: Record<string, string>, table: string): number {
  return Number(snapshot[table]!.split(":")[0]);
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}
