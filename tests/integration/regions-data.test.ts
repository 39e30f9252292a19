// A region's "current" council (lib/regions/data.ts, currentCouncil), read by the region's page
// and its printable report: an institutionalised council over an informal forum over an inactive
// or dissolved one, then the latest established (a date over none), then the latest recorded;
// with the seats that have not ended. Checked against the same rule written out here over
// Prisma's rows, on the demo data and after councils are added.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { CouncilStatus } from "@/lib/generated/prisma/enums";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
let db: PrismaClient;
let regions: typeof import("@/lib/regions/data");

const NOW = new Date("2026-11-29T12:00:00Z");
const RANK: Record<CouncilStatus, number> = { INSTITUTIONALISED: 0, INFORMAL: 1, INACTIVE: 2, DISSOLVED: 3 };

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  regions = await import("@/lib/regions/data");
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

/** The rule, row by row: the name of the current council and its seats not ended by NOW. */
async function expected(regionId: string): Promise<{ name: string; activeSeats: number } | null> {
  const councils = await db.council.findMany({
    where: { regionId },
    select: { id: true, name: true, status: true, establishedOn: true, createdAt: true, seats: { select: { endsOn: true } } },
  });
  const [first] = councils.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (b.establishedOn?.getTime() ?? -Infinity) - (a.establishedOn?.getTime() ?? -Infinity) ||
      b.createdAt.getTime() - a.createdAt.getTime(),
  );
  if (!first) return null;
  return { name: first.name, activeSeats: first.seats.filter((s) => s.endsOn === null || s.endsOn > NOW).length };
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
});
