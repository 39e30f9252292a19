// What the region's public page, its dashboard and its report share (lib/regions/data.ts):
// - the "current" council: an institutionalised council over an informal forum over an inactive
//   or dissolved one, then the latest established (a date over none), then the latest recorded;
//   with its seats in force on Lima's day (start ≤ day < end, the council page's rule);
// - the funding table of the page: sums in soles per source, sources funded only in other
//   currencies left out of it and counted apart.
// Checked against the same rules written out here over Prisma's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { CouncilStatus } from "@/lib/generated/prisma/enums";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
let db: PrismaClient;
let regions: typeof import("@/lib/regions/data");

const NOW = new Date("2026-11-29T12:00:00Z");
const TODAY = new Date("2026-11-29T00:00:00Z"); // Lima's day of NOW, as date columns hold it
const RANK: Record<CouncilStatus, number> = { INSTITUTIONALISED: 0, INFORMAL: 1, INACTIVE: 2, DISSOLVED: 3 };

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  regions = await import("@/lib/regions/data");
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

/** The rule, row by row: the name of the current council and its seats in force on TODAY. */
async function expected(regionId: string): Promise<{ name: string; activeSeats: number } | null> {
  const councils = await db.council.findMany({
    where: { regionId },
    select: { id: true, name: true, status: true, establishedOn: true, createdAt: true, seats: { select: { startsOn: true, endsOn: true } } },
  });
  const [first] = councils.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (b.establishedOn?.getTime() ?? -Infinity) - (a.establishedOn?.getTime() ?? -Infinity) ||
      b.createdAt.getTime() - a.createdAt.getTime(),
  );
  if (!first) return null;
  const inForce = first.seats.filter((s) => s.startsOn <= TODAY && (s.endsOn === null || s.endsOn > TODAY));
  return { name: first.name, activeSeats: inForce.length };
}

async function regionId(slug: string): Promise<string> {
  return (await db.region.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

describe("currentCouncil", () => {
  it("picks the demo regions' councils with their active seats, and none where there is none", async () => {
    for (const slug of ["cusco", "tacna"]) {
      const id = await regionId(slug);
      const council = await regions.currentCouncil(id, NOW);
      expect(council).not.toBeNull();
      expect(council!.activeSeats).toBeGreaterThan(0);
      expect({ name: council!.name, activeSeats: council!.activeSeats }).toEqual(await expected(id));
      // The region's page shows the same one.
      expect((await regions.getRegionOverview(id, NOW)).council).toEqual(council);
    }
    const empty = await db.region.findFirstOrThrow({ where: { councils: { none: {} } }, select: { id: true } });
    expect(await regions.currentCouncil(empty.id, NOW)).toBeNull();
  });

  it("prefers a higher status, then a later establishment, then the latest recorded", async () => {
    const id = await regionId("tacna");
    const add = (name: string, status: CouncilStatus, establishedOn: Date | null) =>
      db.council.create({ data: { regionId: id, name, kind: "COUNCIL", status, establishedOn } });

    await add("Consejo disuelto reciente", "DISSOLVED", new Date("2026-10-01"));
    await add("Foro informal reciente", "INFORMAL", new Date("2026-11-01"));
    await add("Consejo sin fecha", "INSTITUTIONALISED", null);
    // Institutionalised beats any informal or dissolved one, whatever their dates.
    const before = await expected(id);
    expect((await regions.currentCouncil(id, NOW))?.name).toBe(before!.name);
    expect(before!.name).not.toBe("Foro informal reciente");

    await add("Consejo de 2026", "INSTITUTIONALISED", new Date("2026-06-01"));
    const council = await regions.currentCouncil(id, NOW);
    expect(council).toMatchObject({ name: "Consejo de 2026", status: "INSTITUTIONALISED", kind: "COUNCIL", activeSeats: 0 });
    expect({ name: council!.name, activeSeats: council!.activeSeats }).toEqual(await expected(id));
  });

  it("counts the seats in force today, as the council page lists them", async () => {
    const id = await regionId("cusco");
    const before = await regions.currentCouncil(id, NOW);
    const council = await db.council.findFirstOrThrow({ where: { regionId: id, name: before!.name }, select: { id: true } });
    const [actor] = await db.actor.findMany({ where: { regionId: id }, select: { id: true }, take: 1 });
    const seat = (startsOn: string, endsOn: string | null) => ({
      regionId: id,
      councilId: council.id,
      actorId: actor!.id,
      role: "MEMBER" as const,
      startsOn: new Date(startsOn),
      endsOn: endsOn ? new Date(endsOn) : null,
    });
    await db.seat.createMany({
      data: [
        seat("2026-11-30", null), // appointed from tomorrow: not yet
        seat("2025-01-01", "2026-11-29"), // left today: an end is exclusive
        seat("2025-01-01", "2026-11-30"), // leaves tomorrow: still in force
        seat("2026-11-29", null), // joined today
      ],
    });

    const after = await regions.currentCouncil(id, NOW);
    expect(after!.activeSeats).toBe(before!.activeSeats + 2);
    expect({ name: after!.name, activeSeats: after!.activeSeats }).toEqual(await expected(id));
    // The council page's composition of the same day lists exactly these seats.
    const { loadCompositions } = await import("@/lib/councils/data");
    const [composition] = await loadCompositions(id, TODAY, false);
    expect(composition!.council.name).toBe(after!.name);
    expect(composition!.seats).toHaveLength(after!.activeSeats);
  });
});

describe("the region page's funding", () => {
  it("sums soles per source in the enum's order, and counts other currencies apart", async () => {
    const id = await regionId("tacna");
    const order = ["CANON_ROYALTIES", "CONCYTEC_PROCIENCIA", "PROINNOVATE", "REGIONAL_GOVERNMENT", "INTERNATIONAL_COOPERATION", "PRIVATE", "OWN_RESOURCES"] as const;
    // A source funded only in dollars: not a row of the table (no amount in soles), but counted.
    const [first] = await db.fundingLine.findMany({ where: { regionId: id, currency: "PEN" }, select: { source: true }, take: 1 });
    const dollarsOnly = first!.source;
    await db.fundingLine.updateMany({ where: { regionId: id, source: dollarsOnly }, data: { currency: "USD" } });

    const overview = await regions.getRegionOverview(id, NOW);
    const lines = await db.fundingLine.findMany({ where: { regionId: id } });
    const pen = lines.filter((l) => l.currency === "PEN");
    const sources = order.filter((source) => pen.some((l) => l.source === source));
    expect(sources.length).toBeGreaterThan(1);
    expect(lines.length).toBeGreaterThan(pen.length);
    expect(overview.fundingBySource.map((r) => r.source)).toEqual(sources);
    expect(overview.fundingBySource.map((r) => r.source)).not.toContain(dollarsOnly);
    for (const row of overview.fundingBySource) {
      const mine = pen.filter((l) => l.source === row.source);
      expect(row.awarded).toBeCloseTo(mine.reduce((n, l) => n + l.awardedAmount.toNumber(), 0), 2);
      expect(row.executed).toBeCloseTo(mine.reduce((n, l) => n + (l.executedAmount?.toNumber() ?? 0), 0), 2);
    }
    expect(overview.otherCurrencyLines).toBe(lines.length - pen.length);
    expect(overview.fundingTotals.awarded).toBeCloseTo(pen.reduce((n, l) => n + l.awardedAmount.toNumber(), 0), 2);
  });
});

