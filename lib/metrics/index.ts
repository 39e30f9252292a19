import "server-only";
// The cooperation metrics (docs/metrics.md, "Cooperation metrics"), read from the RegionMetrics
// table and recomputed when the region's data version moved on (lib/audit.ts bumps it in every
// audited write). Nothing is kept in process memory: every app instance reads the same rows.
// These functions do not gate: callers pass a regionId they got from the tenant gate (or from an
// API token's scope).
import { db } from "@/lib/db";
import { setting } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/audit";
import { computeYearsOffThread } from "@/lib/metrics/thread";
import { networkView, type StoredNetwork } from "@/lib/metrics/graph";
import { loadRegionData } from "@/lib/metrics/load";
import type { ComparisonRow, EdgeKind, HelixMatrix, MetricKey, RegionNetwork, RegionYearMetrics } from "@/lib/metrics/types";

export * from "@/lib/metrics/types";

// One recomputation writes, with the region's data version, a RegionMetrics row per year (the
// figures, a few kB, read by every metrics page) and a RegionNetwork row per year (the network
// for drawing, up to a few hundred kB, read only by the region dashboard).

/** What one RegionMetrics row of a year holds in its `metrics` column. */
interface StoredMetrics {
  values: Record<MetricKey, number | null>;
  helixMatrix: HelixMatrix;
  hasData: boolean;
  lastDataAt: string | null;
}

interface CacheRow {
  year: number;
  dataVersion: number;
  metrics: StoredMetrics;
  computedAt: Date;
}

type Db = Pick<Tx, "$queryRaw">;

/**
 * The region's data version and its cached rows, oldest year first: one indexed query. With
 * `years`, only those rows and the current year's (which says whether the cache is fresh: all
 * rows are written together, with one version).
 */
async function readCache(client: Db, regionId: string, years?: number[]): Promise<{ regionVersion: number | null; rows: CacheRow[] }> {
  const only = years ? [...years, new Date().getUTCFullYear()] : null;
  const rows = await client.$queryRaw<({ regionVersion: number } & { [K in keyof CacheRow]: CacheRow[K] | null })[]>`
    SELECT r."dataVersion" AS "regionVersion", m.year, m."dataVersion", m.metrics, m."computedAt"
      FROM "Region" r
      LEFT JOIN "RegionMetrics" m ON m."regionId" = r.id AND (${only}::int[] IS NULL OR m.year = ANY(${only}::int[]))
     WHERE r.id = ${regionId}::uuid
     ORDER BY m.year`;
  if (rows.length === 0) return { regionVersion: null, rows: [] };
  return { regionVersion: rows[0]!.regionVersion, rows: rows.filter((r) => r.year !== null) as CacheRow[] };
}

/** Fresh: computed from the region's current data version, up to this year. */
function isFresh(regionVersion: number | null, rows: CacheRow[], currentYear: number): boolean {
  return rows.length > 0 && rows.every((r) => r.dataVersion === regionVersion) && rows[rows.length - 1]!.year === currentYear;
}

/** How long a request waits for a computation when there are no earlier figures to show. */
const WAIT_LIMIT_MS = 120_000;
const POLL_MS = 150;

/**
 * How long a reader waits for a region's recomputation before it is shown the region's previous
 * figures, marked stale, while the computation goes on (METRICS_WAIT_MS, lib/env.ts). A small
 * region recomputes in well under a second, so its readers always see fresh figures; the largest
 * (Lima at benchmark scale 10) take about 10 s, which no one should wait for on a page. Read on
 * each use: tests change it between calls.
 */
const staleWaitMs = () => setting("METRICS_WAIT_MS");

const TIMED_OUT = Symbol("timed out");

/** The promise's value, or TIMED_OUT if it has not settled by `deadline` (it goes on regardless). */
async function until<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()), TIMED_OUT);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A computation that outlived the request that started it finishes on its own (the app runs as a
 * long-lived `next start` process); its rows are what the next reader finds. Only its failure is
 * left to report.
 */
function finishInBackground(work: Promise<unknown>, what: string): void {
  work.catch((error: unknown) => console.error(`[minka] metrics recomputation failed (${what})`, error));
}

/**
 * Recomputes one region's metrics for every year and replaces its cached rows, unless another
 * request is already doing so: then it resolves to null at once.
 *
 * Several requests (on any app instance) may find the same region stale at once. One of them
 * takes a transaction-scoped advisory lock on the region and computes; the others see the lock
 * taken (pg_try_advisory_xact_lock) and give their connection back — so the work is done once,
 * and no pooled connection sits idle waiting on a lock while the computation needs one. The
 * transaction is READ COMMITTED on purpose: the freshness check after the lock must see rows
 * another instance committed a moment ago. Consistency of the data with its version comes from
 * reading both in ONE statement (loadRegionData), which sees one snapshot.
 */
async function recomputeOnce(regionId: string, today: Date): Promise<CacheRow[] | null> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtextextended(${`minka:metrics:${regionId}`}, 0)) AS locked`;
      if (!lock?.locked) return null;
      const cached = await readCache(tx, regionId);
      if (cached.regionVersion === null) return [];
      if (isFresh(cached.regionVersion, cached.rows, today.getUTCFullYear())) return cached.rows;
      return computeAndStore(tx, regionId, today);
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted, maxWait: 10_000, timeout: WAIT_LIMIT_MS },
  );
}

/**
 * The region's fresh rows once they are there — computed here, or by another request this one
 * polls for — or null if they are not by `deadline`. A computation started here is not abandoned
 * at the deadline: it finishes after this request has its answer.
 */
async function waitForFresh(regionId: string, today: Date, deadline: number): Promise<CacheRow[] | null> {
  for (;;) {
    const attempt = recomputeOnce(regionId, today);
    const outcome = await until(attempt, deadline);
    if (outcome === TIMED_OUT) {
      finishInBackground(attempt, regionId);
      return null;
    }
    if (outcome) return outcome;
    // Another request is computing this region: wait for its rows (and take over if it died).
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, deadline - Date.now())));
    const cached = await readCache(db, regionId);
    if (cached.regionVersion === null) return [];
    if (isFresh(cached.regionVersion, cached.rows, today.getUTCFullYear())) return cached.rows;
  }
}

/** Reads the region's data (one statement), computes every year and upserts them. */
async function computeAndStore(tx: Tx, regionId: string, today: Date): Promise<CacheRow[]> {
  // PostgreSQL's JIT compiles the region read's expressions because its cost estimate is large,
  // and at this size compiling takes longer than running it (Lima at benchmark scale 10: 3.3 s
  // with JIT, 0.9 s without; 106 → 84 ms at scale 1). For this transaction only.
  await tx.$executeRaw`SET LOCAL jit = off`;
  const data = await loadRegionData(tx, regionId, today);
  if (!data) return [];
  const years = await computeYearsOffThread(data, today);
  const figures = years.map(({ year, values, helixMatrix, hasData }) => ({
    year,
    metrics: { values, helixMatrix, hasData, lastDataAt: data.lastDataAt } satisfies StoredMetrics,
  }));
  const networks = years.map(({ year, network }) => ({ year, network }));
  const rows = await tx.$queryRaw<CacheRow[]>`
    INSERT INTO "RegionMetrics" ("regionId", year, "dataVersion", metrics, "computedAt")
    SELECT ${regionId}::uuid, (e->>'year')::int, ${data.dataVersion}::int, e->'metrics', now()
      FROM jsonb_array_elements(${JSON.stringify(figures)}::jsonb) e
    ON CONFLICT ("regionId", year) DO UPDATE
      SET "dataVersion" = EXCLUDED."dataVersion", metrics = EXCLUDED.metrics, "computedAt" = EXCLUDED."computedAt"
    RETURNING year, "dataVersion", metrics, "computedAt"`;
  await tx.$executeRaw`
    INSERT INTO "RegionNetwork" ("regionId", year, "dataVersion", network, "computedAt")
    SELECT ${regionId}::uuid, (e->>'year')::int, ${data.dataVersion}::int, e->'network', now()
      FROM jsonb_array_elements(${JSON.stringify(networks)}::jsonb) e
    ON CONFLICT ("regionId", year) DO UPDATE
      SET "dataVersion" = EXCLUDED."dataVersion", network = EXCLUDED.network, "computedAt" = EXCLUDED."computedAt"`;
  // Years no longer in the range (the first evidence was deleted, say) go, with their networks.
  const [first, last] = [years[0]!.year, years[years.length - 1]!.year];
  await tx.$executeRaw`DELETE FROM "RegionMetrics" WHERE "regionId" = ${regionId}::uuid AND year NOT BETWEEN ${first}::int AND ${last}::int`;
  await tx.$executeRaw`DELETE FROM "RegionNetwork" WHERE "regionId" = ${regionId}::uuid AND year NOT BETWEEN ${first}::int AND ${last}::int`;
  rows.sort((a, b) => a.year - b.year);
  return rows;
}

/**
 * The cached rows of a region (all, or at least those of `years`), recomputed first if the region
 * changed since. With `fresh`, it waits for the recomputation however long it takes; otherwise
 * for METRICS_WAIT_MS, after which the previous rows are returned, marked stale, as long as they
 * reach this year (a region never computed, or not since New Year, is always waited for).
 */
async function currentRows(regionId: string, opts: { years?: number[]; fresh?: boolean }): Promise<{ rows: CacheRow[]; stale: boolean }> {
  const today = new Date();
  const cached = await readCache(db, regionId, opts.years);
  if (cached.regionVersion === null) return { rows: [], stale: false };
  if (isFresh(cached.regionVersion, cached.rows, today.getUTCFullYear())) return { rows: cached.rows, stale: false };
  const fallback = !opts.fresh && cached.rows.at(-1)?.year === today.getUTCFullYear();
  const rows = await waitForFresh(regionId, today, Date.now() + (fallback ? staleWaitMs() : WAIT_LIMIT_MS));
  if (rows) return { rows, stale: false };
  if (fallback) return { rows: cached.rows, stale: true };
  throw new Error(`metrics of region ${regionId}: still being computed after ${WAIT_LIMIT_MS} ms`);
}

function toRegionYear(regionId: string, row: CacheRow, stale: boolean): RegionYearMetrics {
  return {
    regionId,
    year: row.year,
    values: row.metrics.values,
    helixMatrix: row.metrics.helixMatrix,
    dataVersion: row.dataVersion,
    computedAt: new Date(row.computedAt).toISOString(),
    hasData: row.metrics.hasData,
    stale,
  };
}

/**
 * The region's metrics, oldest year first: every year with data, or exactly the `years` asked for
 * that are in range (a year without actors comes back with hasData false and null values).
 * A cached read is one query. After a change, the previous figures (marked stale) if the new ones
 * take longer than METRICS_WAIT_MS to compute.
 */
export async function regionMetrics(regionId: string, opts?: { years?: number[] }): Promise<RegionYearMetrics[]> {
  const { rows, stale } = await currentRows(regionId, { years: opts?.years });
  const wanted = opts?.years ? new Set(opts.years) : null;
  return rows.filter((r) => (wanted ? wanted.has(r.year) : r.metrics.hasData)).map((r) => toRegionYear(regionId, r, stale));
}

/** Makes sure the region's cached metrics are current, however long that takes (benchmark warm-up, tests). */
export async function refreshRegionMetrics(regionId: string): Promise<void> {
  await currentRows(regionId, { fresh: true });
}

/**
 * Several metrics in one year for every region, alphabetical by name, from one read of the
 * cache. A region without data that year has value null and hasData false — shown as "no data",
 * never as zero. Regions that changed since their figures were computed are recomputed first, one
 * after another (each under its own lock, skipped while another request computes it): a region
 * never computed is waited for; the others for METRICS_WAIT_MS in all, after which their previous
 * figures are shown, marked stale, while the recomputation goes on.
 */
export async function nationalComparisons(metrics: readonly MetricKey[], year: number): Promise<Map<MetricKey, ComparisonRow[]>> {
  const today = new Date();
  const read = () => db.$queryRaw<
    {
      id: string;
      code: string;
      slug: string;
      name: string;
      fresh: boolean | null;
      values: Partial<Record<MetricKey, number | null>> | null;
      hasData: boolean | null;
      lastDataAt: string | null;
    }[]
  >`
    SELECT r.id::text AS id, r.code, r.slug, r.name,
           cur."dataVersion" = r."dataVersion" AS fresh,
           m.metrics->'values' AS values,
           (m.metrics->>'hasData')::boolean AS "hasData",
           cur.metrics->>'lastDataAt' AS "lastDataAt"
      FROM "Region" r
      LEFT JOIN "RegionMetrics" cur ON cur."regionId" = r.id AND cur.year = ${today.getUTCFullYear()}::int
      LEFT JOIN "RegionMetrics" m ON m."regionId" = r.id AND m.year = ${year}::int
     ORDER BY r.name, r.id`;
  let rows = await read();
  const never = rows.filter((r) => r.fresh === null);
  const behind = rows.filter((r) => r.fresh === false);
  for (const region of never) await currentRows(region.id, { fresh: true });
  if (behind.length > 0) {
    const work = (async () => {
      for (const region of behind) await recomputeOnce(region.id, today);
    })();
    if ((await until(work, Date.now() + staleWaitMs())) === TIMED_OUT) finishInBackground(work, "national comparison");
  }
  if (never.length + behind.length > 0) rows = await read();
  return new Map(
    metrics.map((metric) => [
      metric,
      rows.map((r) => ({
        region: { id: r.id, code: r.code, slug: r.slug, name: r.name },
        value: r.hasData ? (r.values?.[metric] ?? null) : null,
        hasData: r.hasData === true,
        lastDataAt: r.lastDataAt,
        stale: r.fresh === false,
      })),
    ]),
  );
}

/** One metric in one year for every region (the API's national comparison). */
export async function nationalComparison(metric: MetricKey, year: number): Promise<ComparisonRow[]> {
  return (await nationalComparisons([metric], year)).get(metric)!;
}

const NO_NETWORK: Omit<RegionNetwork, "stale"> = { nodes: [], edges: [], totals: { nodes: 0, edges: 0 } };

/**
 * The cooperation network of a region in a year, for drawing: every actor of that year (isolated
 * ones too) with its degree and Louvain community, and the edges, optionally only some kinds of
 * evidence, or only its core (`top`, see networkView), with the region's data version it was
 * computed from (null for an unknown region). Read from the cache (one query), recomputed first
 * if the region changed since (as regionMetrics: the previous network, marked stale, after
 * METRICS_WAIT_MS; with `fresh`, however long it takes); a year outside the region's range has an
 * empty network.
 */
export async function regionNetwork(
  regionId: string,
  opts: { year: number; kinds?: EdgeKind[]; top?: number; fresh?: boolean },
): Promise<RegionNetwork & { dataVersion: number | null }> {
  const today = new Date();
  // The network of the version the metrics rows hold: both are written together.
  const read = async () => {
    const [row] = await db.$queryRaw<{ regionVersion: number; currentVersion: number | null; network: StoredNetwork | null }[]>`
      SELECT r."dataVersion" AS "regionVersion", cur."dataVersion" AS "currentVersion", n.network
        FROM "Region" r
        LEFT JOIN "RegionMetrics" cur ON cur."regionId" = r.id AND cur.year = ${today.getUTCFullYear()}::int
        LEFT JOIN "RegionNetwork" n ON n."regionId" = r.id AND n.year = ${opts.year}::int AND n."dataVersion" = cur."dataVersion"
       WHERE r.id = ${regionId}::uuid`;
    return row;
  };
  let row = await read();
  if (!row) return { ...NO_NETWORK, stale: false, dataVersion: null };
  if (row.currentVersion !== row.regionVersion) {
    await currentRows(regionId, { years: [opts.year], fresh: opts.fresh });
    row = await read();
  }
  if (!row || row.currentVersion === null) return { ...NO_NETWORK, stale: false, dataVersion: row ? row.regionVersion : null };
  const stale = row.currentVersion !== row.regionVersion;
  const network = row.network ? networkView(row.network, { kinds: opts.kinds, top: opts.top }) : NO_NETWORK;
  return { ...network, stale, dataVersion: row.currentVersion };
}
