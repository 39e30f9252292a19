// The dashboards' SQL aggregates (lib/dashboards/data.ts) against a real PostgreSQL with the demo
// data: each grouped query must agree with the same figure counted row by row through Prisma,
// stay inside the region the gate verified, and keep "no data" apart from zero.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInLima } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let data: typeof import("@/lib/dashboards/data");
let regions: typeof import("@/lib/regions/data");
let errors: typeof import("@/lib/errors");
let cusco: RegionContext;
let tacna: RegionContext;

const NOW = new Date("2026-11-29T12:00:00Z");

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [data, regions, errors] = await Promise.all([import("@/lib/dashboards/data"), import("@/lib/regions/data"), import("@/lib/errors")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

describe("projects", () => {
  it("counts projects per priority area, and those joining academia with business, as Prisma does", async () => {
    for (const ctx of [cusco, tacna]) {
      const rows = await data.projectsByPriorityArea(ctx);
      const areas = await db.priorityArea.findMany({
        where: { regionId: ctx.regionId },
        select: {
          id: true,
          projects: { select: { project: { select: { participants: { select: { actor: { select: { helix: true } } } } } } } },
        },
      });
      expect(rows.map((r) => r.id).sort()).toEqual(areas.map((a) => a.id).sort());
      for (const area of areas) {
        const row = rows.find((r) => r.id === area.id)!;
        expect(row.projects).toBe(area.projects.length);
        const joint = area.projects.filter(({ project }) => {
          const helices = project.participants.map((p) => p.actor.helix);
          return helices.some((h) => h === "ACADEMIA" || h === "RESEARCH") && helices.includes("BUSINESS");
        }).length;
        expect(row.academiaBusiness).toBe(joint);
      }
    }
    expect((await data.projectsByPriorityArea(cusco)).some((r) => r.projects > 0)).toBe(true);
  });

  it("sums funding per source in soles and counts distinct projects", async () => {
    const rows = await regions.fundingBySource(cusco.regionId);
    expect(rows.length).toBeGreaterThan(0);
    const lines = await db.fundingLine.findMany({ where: { regionId: cusco.regionId } });
    for (const row of rows) {
      const mine = lines.filter((l) => l.source === row.source);
      expect(row.projects).toBe(new Set(mine.map((l) => l.projectId)).size);
      const pen = mine.filter((l) => l.currency === "PEN");
      expect(row.awardedPen).toBeCloseTo(pen.reduce((n, l) => n + l.awardedAmount.toNumber(), 0), 2);
      expect(row.executedPen).toBeCloseTo(pen.reduce((n, l) => n + (l.executedAmount?.toNumber() ?? 0), 0), 2);
      expect(row.penLines).toBe(pen.length);
      expect(row.otherCurrencyLines).toBe(mine.length - pen.length);
    }
    expect(new Set(rows.map((r) => r.source)).size).toBe(new Set(lines.map((l) => l.source)).size);
  });
});

describe("actors, council, plans, recommendations", () => {
  it("counts live actors by helix and type", async () => {
    const rows = await data.actorsByHelixAndType(cusco);
    const groups = await db.actor.groupBy({ by: ["helix", "type"], where: { regionId: cusco.regionId, archivedAt: null }, _count: { _all: true } });
    expect(rows.length).toBe(groups.length);
    for (const g of groups) expect(rows.find((r) => r.helix === g.helix && r.type === g.type)?.count).toBe(g._count._all);
    // Government first, as the helix enum orders them.
    const order = ["GOVERNMENT", "ACADEMIA", "RESEARCH", "BUSINESS", "CIVIL_SOCIETY", "INTERNATIONAL"];
    const helices = rows.map((r) => order.indexOf(r.helix));
    expect(helices).toEqual([...helices].sort((a, b) => a - b));
  });

  it("summarises the council: current seats by helix, meetings by year, agreements by status", async () => {
    const activity = await data.councilActivity(cusco, NOW);
    const seats = await db.seat.findMany({
      where: { regionId: cusco.regionId, startsOn: { lte: todayInLima(NOW) }, OR: [{ endsOn: null }, { endsOn: { gt: todayInLima(NOW) } }] },
      select: { actor: { select: { helix: true } } },
    });
    expect(activity.seatsByHelix.reduce((n, r) => n + r.seats, 0)).toBe(seats.length);
    expect(seats.length).toBeGreaterThan(0);
    const held = await db.meeting.count({ where: { regionId: cusco.regionId, status: "HELD", scheduledAt: { lte: NOW } } });
    expect(activity.meetingsByYear.reduce((n, r) => n + r.held, 0)).toBe(held);
    const agreements = await db.agreement.groupBy({ by: ["status"], where: { regionId: cusco.regionId }, _count: { _all: true } });
    for (const a of agreements) expect(activity.agreementsByStatus.find((r) => r.status === a.status)?.count).toBe(a._count._all);

    // A seat appointed from tomorrow is not in force yet; one that joined today is.
    const { councilId, actorId } = await db.seat.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { councilId: true, actorId: true } });
    const seat = (startsOn: string) => ({ regionId: cusco.regionId, councilId, actorId, role: "OBSERVER" as const, startsOn: new Date(startsOn) });
    const added = await db.seat.createManyAndReturn({ data: [seat("2026-11-30"), seat("2026-11-29")], select: { id: true } });
    try {
      const later = await data.councilActivity(cusco, NOW);
      expect(later.seatsByHelix.reduce((n, r) => n + r.seats, 0)).toBe(seats.length + 1);
    } finally {
      await db.seat.deleteMany({ where: { id: { in: added.map((s) => s.id) } } });
    }
  });

  it("counts each plan's indicators and those measured", async () => {
    const rows = await data.planMonitoring(cusco, NOW);
    const plans = await db.plan.findMany({
      where: { regionId: cusco.regionId },
      select: { id: true, objectives: { select: { indicators: { select: { measurements: { select: { measuredOn: true } } } } } } },
    });
    expect(rows.map((r) => r.id).sort()).toEqual(plans.map((p) => p.id).sort());
    for (const plan of plans) {
      const indicators = plan.objectives.flatMap((o) => o.indicators);
      const row = rows.find((r) => r.id === plan.id)!;
      expect(row.indicators).toBe(indicators.length);
      expect(row.measured).toBe(indicators.filter((i) => i.measurements.length > 0).length);
      const yearAgo = new Date(NOW);
      yearAgo.setUTCMonth(yearAgo.getUTCMonth() - 12);
      expect(row.measuredLastYear).toBe(indicators.filter((i) => i.measurements.some((m) => m.measuredOn > yearAgo)).length);
    }
  });

  it("lists the study's recommendations A–G with the region's own status", async () => {
    const rows = await data.recommendationStatus(cusco);
    expect(rows.slice(0, 7).map((r) => r.code)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    const followUps = await db.recommendationFollowUp.findMany({ where: { regionId: cusco.regionId }, select: { status: true, recommendation: { select: { code: true } } } });
    for (const row of rows) {
      const f = followUps.find((x) => x.recommendation.code === row.code);
      expect(row.status).toBe(f?.status ?? "NOT_STARTED");
      expect(row.followedUp).toBe(!!f);
    }
  });
});

describe("tenancy and coverage", () => {
  it("keeps each region's figures to itself", async () => {
    const [cuscoAreas, tacnaAreas, cuscoActors, tacnaActors] = await Promise.all([
      data.projectsByPriorityArea(cusco),
      data.projectsByPriorityArea(tacna),
      data.actorsByHelixAndType(cusco),
      data.actorsByHelixAndType(tacna),
    ]);
    const cuscoIds = new Set(cuscoAreas.map((a) => a.id));
    expect(tacnaAreas.some((a) => cuscoIds.has(a.id))).toBe(false);
    const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(total(cuscoActors)).toBe(await db.actor.count({ where: { regionId: cusco.regionId, archivedAt: null } }));
    expect(total(tacnaActors)).toBe(await db.actor.count({ where: { regionId: tacna.regionId, archivedAt: null } }));
  });

  it("does not let another region's admin into the region at all", async () => {
    await expect(regionContextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(errors.NotFoundError);
  });

  it("reports freshness for every region, empty regions as no dates rather than zero", async () => {
    const rows = await data.regionFreshness();
    expect(rows).toHaveLength(await db.region.count());
    const byId = new Map(rows.map((r) => [r.regionId, r]));
    const lastEvidence = await db.cooperationEvidence.aggregate({ where: { regionId: cusco.regionId }, _max: { occurredOn: true } });
    expect(byId.get(cusco.regionId)!.lastEvidenceOn?.toISOString()).toBe(lastEvidence._max.occurredOn?.toISOString());
    expect(byId.get(cusco.regionId)!.lastEvidenceOn).not.toBeNull();
    const amazonas = await db.region.findUniqueOrThrow({ where: { slug: "amazonas" } });
    expect(byId.get(amazonas.id)).toEqual({ regionId: amazonas.id, lastEvidenceOn: null, lastMeasurementOn: null, lastChangeAt: null });
  });
});
