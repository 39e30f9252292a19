// The cooperation metrics against a real PostgreSQL with the demo data: figures computed from the
// evidence, the RegionMetrics cache (used on the second read, invalidated by an audited write,
// one computation when several requests find the region stale at once, the previous figures
// shown while a slow recomputation goes on), the national comparison keeping "no data" apart from
// zero, and the drawable network.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let metrics: typeof import("@/lib/metrics");
let actors: typeof import("@/lib/actors/data");
let actorSchema: typeof import("@/lib/actors/schema");
let cusco: RegionContext;
let tacnaId: string;
let emptyRegionId: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [metrics, actors, actorSchema] = await Promise.all([import("@/lib/metrics"), import("@/lib/actors/data"), import("@/lib/actors/schema")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacnaId = (await db.region.findUniqueOrThrow({ where: { slug: "tacna" } })).id;
  // A region with no records at all (most of Peru's regions in the seed).
  const empty = await db.region.findFirstOrThrow({ where: { actors: { none: {} } } });
  emptyRegionId = empty.id;
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

// Rows of years (> 0); each has a row −year beside it with that year's network.
const cachedRows = (regionId: string) =>
  db.regionMetrics.findMany({ where: { regionId }, orderBy: { year: "asc" }, select: { year: true, dataVersion: true, computedAt: true } });

describe("region metrics", () => {
  it("computes every year with data from the evidence, values in range", async () => {
    const years = await metrics.regionMetrics(cusco.regionId);
    expect(years.length).toBeGreaterThan(0);
    const current = new Date().getUTCFullYear();
    expect(years[years.length - 1]!.year).toBe(current);
    for (const y of years) {
      expect(y.hasData).toBe(true);
      expect(y.values.actors).toBeGreaterThan(0);
      const index = y.values.cooperationIndex;
      expect(index === null || (index >= 0 && index <= 100)).toBe(true);
      for (const key of ["density", "isolatedShare", "crossHelixShare", "govBetweenness", "seatBalance"] as const) {
        const v = y.values[key];
        if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
      }
    }
    // The demo network has ties between helices in its latest year.
    const last = years[years.length - 1]!;
    expect(last.values.density).toBeGreaterThan(0);
    expect(last.values.crossHelixShare).toBeGreaterThan(0);
    const matrixTotal = Object.values(last.helixMatrix).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0);
    expect(matrixTotal).toBeGreaterThan(0);
  });

  it("reads the cache on the second call (computedAt unchanged, one row per year)", async () => {
    const first = await metrics.regionMetrics(cusco.regionId);
    const before = await cachedRows(cusco.regionId);
    const second = await metrics.regionMetrics(cusco.regionId);
    expect(second.map((y) => y.computedAt)).toEqual(first.map((y) => y.computedAt));
    expect(await cachedRows(cusco.regionId)).toEqual(before);
  });

  it("is invalidated by an audited write and recomputed with the new data", async () => {
    const before = await metrics.regionMetrics(cusco.regionId);
    const region = await db.region.findUniqueOrThrow({ where: { id: cusco.regionId } });
    expect(before[0]!.dataVersion).toBe(region.dataVersion);
    await actors.createActor(
      cusco,
      actorSchema.CreateActorInput.parse({ name: "Empresa Métrica de Prueba", helix: "BUSINESS", type: "FIRM", confirmDuplicate: "on" }),
    );
    const bumped = await db.region.findUniqueOrThrow({ where: { id: cusco.regionId } });
    expect(bumped.dataVersion).toBe(region.dataVersion + 1);
    const after = await metrics.regionMetrics(cusco.regionId);
    const last = (list: typeof after) => list[list.length - 1]!;
    expect(last(after).dataVersion).toBe(bumped.dataVersion);
    expect(last(after).computedAt).not.toBe(last(before).computedAt);
    // The new actor has no ties yet: one more actor, one more isolated.
    expect(last(after).values.actors).toBe(last(before).values.actors! + 1);
  });

  it("computes a stale region once when several requests ask at the same time", async () => {
    await db.region.update({ where: { id: tacnaId }, data: { dataVersion: { increment: 1 } } });
    const results = await Promise.all(Array.from({ length: 6 }, () => metrics.regionMetrics(tacnaId)));
    const stamps = new Set(results.map((r) => r[r.length - 1]!.computedAt));
    expect(stamps.size).toBe(1);
    const rows = await cachedRows(tacnaId);
    expect(new Set(rows.map((r) => r.computedAt.toISOString())).size).toBe(1);
    expect(rows.length).toBe(new Set(rows.map((r) => r.year)).size);
  });

  it("a region without records has no years, and is cached as such", async () => {
    expect(await metrics.regionMetrics(emptyRegionId)).toEqual([]);
    const rows = await cachedRows(emptyRegionId);
    expect(rows.map((r) => r.year)).toEqual([new Date().getUTCFullYear()]);
    const [row] = await metrics.regionMetrics(emptyRegionId, { years: [new Date().getUTCFullYear()] });
    expect(row!.hasData).toBe(false);
    expect(Object.values(row!.values).every((v) => v === null)).toBe(true);
  });

  it("an unknown region has no metrics", async () => {
    expect(await metrics.regionMetrics("00000000-0000-7000-8000-000000000000")).toEqual([]);
  });
});

describe("national comparison", () => {
  it("lists every region, no data kept apart from zero", async () => {
    const year = new Date().getUTCFullYear();
    const rows = await metrics.nationalComparison("cooperationIndex", year);
    const regions = await db.region.count();
    expect(rows.length).toBe(regions);
    const bySlug = new Map(rows.map((r) => [r.region.slug, r]));
    expect(bySlug.get("cusco")!.hasData).toBe(true);
    expect(bySlug.get("cusco")!.value).not.toBeNull();
    expect(bySlug.get("cusco")!.lastDataAt).not.toBeNull();
    const empty = rows.find((r) => r.region.id === emptyRegionId)!;
    expect(empty.hasData).toBe(false);
    expect(empty.value).toBeNull();
    // The comparison reads the same figure as the region's own metrics.
    const [own] = await metrics.regionMetrics(cusco.regionId, { years: [year] });
    expect(bySlug.get("cusco")!.value).toBe(own!.values.cooperationIndex);
  });

  it("a year before any data is no data for everyone", async () => {
    const rows = await metrics.nationalComparison("density", 1990);
    expect(rows.every((r) => !r.hasData && r.value === null)).toBe(true);
  });
});

describe("region network", () => {
  it("draws the year's actors and ties, and filters by kind of evidence", async () => {
    const year = new Date().getUTCFullYear();
    const all = await metrics.regionNetwork(cusco.regionId, { year });
    expect(all.nodes.length).toBeGreaterThan(0);
    expect(all.edges.length).toBeGreaterThan(0);
    const ids = new Set(all.nodes.map((n) => n.id));
    for (const e of all.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThan(0);
    }
    const degreeSum = all.nodes.reduce((a, n) => a + n.degree, 0);
    expect(degreeSum).toBe(2 * all.edges.length);
    // The same network twice: Louvain is seeded, so the communities are the same.
    const again = await metrics.regionNetwork(cusco.regionId, { year });
    expect(again).toEqual(all);
    // Read from the cache: one network row per year row, with the same version.
    const networkRows = await db.regionNetwork.findMany({ where: { regionId: cusco.regionId }, select: { year: true, dataVersion: true } });
    const yearRows = await cachedRows(cusco.regionId);
    expect(networkRows.map((r) => r.year).sort()).toEqual(yearRows.map((r) => r.year).sort());
    expect(new Set([...networkRows, ...yearRows].map((r) => r.dataVersion)).size).toBe(1);
    expect(await metrics.regionNetwork(cusco.regionId, { year: 1990 })).toMatchObject({ nodes: [], edges: [] });
    const projectsOnly = await metrics.regionNetwork(cusco.regionId, { year, kinds: ["PROJECT"] });
    expect(projectsOnly.edges.every((e) => e.kinds.length === 1 && e.kinds[0] === "PROJECT")).toBe(true);
    expect(projectsOnly.edges.length).toBeLessThanOrEqual(all.edges.length);
    // Tacna's actors never appear in Cusco's network.
    const tacnaActors = await db.actor.findMany({ where: { regionId: tacnaId }, select: { id: true } });
    expect(tacnaActors.some((a) => ids.has(a.id))).toBe(false);
  });
});

describe("a recomputation that takes longer than readers wait (METRICS_WAIT_MS)", () => {
  afterEach(() => {
    delete process.env.METRICS_WAIT_MS;
  });

  /** What another app instance computing the region looks like: its advisory lock, held. */
  async function holdRegionLock(regionId: string): Promise<{ release(): Promise<void> }> {
    const client = new pg.Client({ connectionString: tdb.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`minka:metrics:${regionId}`]);
    return {
      async release() {
        await client.query("COMMIT");
        await client.end();
      },
    };
  }

  const addActor = (name: string) =>
    actors.createActor(cusco, actorSchema.CreateActorInput.parse({ name, helix: "BUSINESS", type: "FIRM", confirmDuplicate: "on" }));

  it("shows the previous figures, marked stale, while another instance computes, then the new ones", async () => {
    await metrics.refreshRegionMetrics(cusco.regionId);
    const before = await metrics.regionMetrics(cusco.regionId);
    expect(before.every((y) => !y.stale)).toBe(true);
    const year = new Date().getUTCFullYear();
    const networkBefore = await metrics.regionNetwork(cusco.regionId, { year });
    expect(networkBefore.stale).toBe(false);

    const lock = await holdRegionLock(cusco.regionId);
    try {
      await addActor("Empresa de la Espera");
      // Long enough to poll for the other instance's rows a few times, then give up on them.
      process.env.METRICS_WAIT_MS = "400";
      const started = Date.now();
      const during = await metrics.regionMetrics(cusco.regionId);
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
      expect(during.map((y) => [y.year, y.dataVersion, y.computedAt, y.values.actors])).toEqual(
        before.map((y) => [y.year, y.dataVersion, y.computedAt, y.values.actors]),
      );
      expect(during.every((y) => y.stale)).toBe(true);

      process.env.METRICS_WAIT_MS = "0";
      const network = await metrics.regionNetwork(cusco.regionId, { year });
      expect(network).toEqual({ ...networkBefore, stale: true });
      const comparison = await metrics.nationalComparison("actors", year);
      expect(comparison.find((r) => r.region.id === cusco.regionId)).toMatchObject({ stale: true, value: before.at(-1)!.values.actors });
      expect(comparison.filter((r) => r.stale).map((r) => r.region.id)).toEqual([cusco.regionId]);
      // Nothing was written meanwhile: the other instance holds the region.
      expect((await cachedRows(cusco.regionId)).every((r) => r.dataVersion === before[0]!.dataVersion)).toBe(true);
    } finally {
      await lock.release();
    }

    delete process.env.METRICS_WAIT_MS;
    const after = await metrics.regionMetrics(cusco.regionId);
    expect(after.every((y) => !y.stale && y.dataVersion === before[0]!.dataVersion + 1)).toBe(true);
    expect(after.at(-1)!.values.actors).toBe(before.at(-1)!.values.actors! + 1);
    expect((await metrics.regionNetwork(cusco.regionId, { year })).stale).toBe(false);
  });

  it("finishes its own computation after answering with the previous figures", async () => {
    const before = await metrics.regionMetrics(cusco.regionId);
    await addActor("Empresa del Segundo Plano");
    process.env.METRICS_WAIT_MS = "0";
    const during = await metrics.regionMetrics(cusco.regionId);
    expect(during.every((y) => y.stale && y.dataVersion === before[0]!.dataVersion)).toBe(true);
    // No one asks again: the computation this read started lands on its own.
    await expect
      .poll(async () => new Set((await cachedRows(cusco.regionId)).map((r) => r.dataVersion)), { timeout: 20_000 })
      .toEqual(new Set([before[0]!.dataVersion + 1]));
    const after = await metrics.regionMetrics(cusco.regionId);
    expect(after.every((y) => !y.stale)).toBe(true);
    expect(after.at(-1)!.values.actors).toBe(before.at(-1)!.values.actors! + 1);
  });

  it("waits however long it takes when there are no earlier figures, and for a download", async () => {
    process.env.METRICS_WAIT_MS = "0";
    // Never computed: nothing to show meanwhile.
    await db.regionMetrics.deleteMany({ where: { regionId: tacnaId } });
    const tacna = await metrics.regionMetrics(tacnaId);
    expect(tacna.length).toBeGreaterThan(0);
    expect(tacna.every((y) => !y.stale)).toBe(true);

    // A download (fresh) waits for the other instance's computation instead of taking the old network.
    const year = new Date().getUTCFullYear();
    await metrics.refreshRegionMetrics(cusco.regionId);
    const lock = await holdRegionLock(cusco.regionId);
    await addActor("Empresa de la Descarga");
    let settled = false;
    const download = metrics.regionNetwork(cusco.regionId, { year, fresh: true }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(settled).toBe(false);
    await lock.release();
    const network = await download;
    expect(network.stale).toBe(false);
    expect(network.dataVersion).toBe((await db.region.findUniqueOrThrow({ where: { id: cusco.regionId } })).dataVersion);
  });
});
