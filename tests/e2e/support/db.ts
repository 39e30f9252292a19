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
 * snapshots mean not one row was added, removed or changed.
 */
export async function snapshotTables(client: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (CHANGES_ON_DENIAL.has(name)) continue;
    const { rows } = await client.query<{ n: string; h: string | null }>(
      `select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${name}" t`,
    );
    out[name] = `${rows[0]!.n}:${rows[0]!.h}`;
  }
  return out;
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}
