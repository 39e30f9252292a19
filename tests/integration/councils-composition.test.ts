// Council composition against a real PostgreSQL with the demo data: who sat on a past date,
// vacant seats and terms ending within 60 days, the helix balance, names hidden from national
// viewers, tenant isolation, and the public page's non-personal view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let councils: typeof import("@/lib/councils/data");
let publicCouncils: typeof import("@/lib/councils/public");

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date();
// The seed places terms relative to today (UTC).
const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

let cuscoCouncilId: string;
let testSeatId: string;
let testActorName: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [councils, publicCouncils] = await Promise.all([
    import("@/lib/councils/data"),
    import("@/lib/councils/public"),
  ]);

  // A seat with known dates: held from 2018-01-01 until the institution left on 2019-06-01, with
  // one delegate whose term ran 2018-01-01 … 2019-03-20 (last day included).
  const cusco = await db.region.findUniqueOrThrow({ where: { slug: "cusco" }, select: { id: true } });
  const council = await db.council.findFirstOrThrow({ where: { regionId: cusco.id }, select: { id: true } });
  cuscoCouncilId = council.id;
  testActorName = "Instituto de Prueba de Composición (ficticio)";
  const actor = await db.actor.create({
    data: { regionId: cusco.id, name: testActorName, helix: "RESEARCH", type: "RESEARCH_CENTRE", fictional: true },
  });
  const [holder, substitute] = await Promise.all([
    db.person.create({ data: { regionId: cusco.id, givenNames: "Delegada", familyNames: "De Prueba", fictional: true } }),
    db.person.create({ data: { regionId: cusco.id, givenNames: "Suplente", familyNames: "De Prueba", fictional: true } }),
  ]);
  const seat = await db.seat.create({
    data: {
      regionId: cusco.id,
      councilId: council.id,
      actorId: actor.id,
      role: "MEMBER",
      voting: true,
      startsOn: day("2018-01-01"),
      endsOn: day("2019-06-01"),
    },
  });
  testSeatId = seat.id;
  await db.delegation.create({
    data: {
      regionId: cusco.id,
      seatId: seat.id,
      personId: holder.id,
      substitutePersonId: substitute.id,
      termStartsOn: day("2018-01-01"),
      termEndsOn: day("2019-03-20"),
    },
  });
});

afterAll(() => closeDemoDatabase(tdb, db));

const contextOf = (email: string, slug: string): Promise<RegionContext> => regionContextOf(email, slug);

async function cuscoOn(email: string, on: Date) {
  const list = await councils.getCouncilCompositions(await contextOf(email, "cusco"), on);
  const composition = list.find((c) => c.council.id === cuscoCouncilId);
  if (!composition) throw new Error("no Cusco council");
  return composition;
}

describe("composition on a past date", () => {
  it("shows who sat on the council on 1 March 2019, with the delegate and substitute", async () => {
    const c = await cuscoOn("gore.cusco@minka.example", day("2019-03-01"));
    const seat = c.seats.find((s) => s.id === testSeatId);
    expect(seat).toMatchObject({ actorName: testActorName, helix: "RESEARCH", role: "MEMBER", voting: true });
    expect(seat!.delegate).toMatchObject({
      name: "Delegada De Prueba",
      substituteName: "Suplente De Prueba",
      hasSubstitute: true,
      daysLeft: 19,
      endsSoon: true,
    });
    expect(c.endingTerms.map((s) => s.id)).toContain(testSeatId);
    expect(c.vacantSeats.map((s) => s.id)).not.toContain(testSeatId);
  });

  it("counts the term's last day in, and the seat is vacant the day after", async () => {
    const last = await cuscoOn("gore.cusco@minka.example", day("2019-03-20"));
    expect(last.seats.find((s) => s.id === testSeatId)!.delegate).toMatchObject({ daysLeft: 0, endsSoon: true });
    const after = await cuscoOn("gore.cusco@minka.example", day("2019-03-21"));
    expect(after.seats.find((s) => s.id === testSeatId)!.delegate).toBeNull();
    expect(after.vacantSeats.map((s) => s.id)).toContain(testSeatId);
  });

  it("a seat is not on the council before it starts, nor from the day it ends", async () => {
    for (const iso of ["2017-12-31", "2019-06-01", "2024-01-01"]) {
      const c = await cuscoOn("gore.cusco@minka.example", day(iso));
      expect(c.seats.map((s) => s.id)).not.toContain(testSeatId);
    }
    const first = await cuscoOn("gore.cusco@minka.example", day("2018-01-01"));
    expect(first.seats.map((s) => s.id)).toContain(testSeatId);
  });

  it("agrees with a direct count of active seats on each date", async () => {
    for (const iso of ["2014-03-01", "2016-07-15", "2019-03-01", "2021-01-01"]) {
      const on = day(iso);
      const c = await cuscoOn("gore.cusco@minka.example", on);
      const expected = await db.seat.count({
        where: { councilId: cuscoCouncilId, startsOn: { lte: on }, OR: [{ endsOn: null }, { endsOn: { gt: on } }] },
      });
      expect(c.seats).toHaveLength(expected);
    }
  });
});

describe("today's composition and its warnings (demo data)", () => {
  it("CORCYTEC Cusco has 12 active seats, one vacant and three terms ending within 60 days", async () => {
    const c = await cuscoOn("gore.cusco@minka.example", today);
    expect(c.council).toMatchObject({ acronym: "CORCYTEC Cusco", kind: "COUNCIL", status: "INSTITUTIONALISED", quorumNumerator: 1, quorumDenominator: 2 });
    expect(c.seats).toHaveLength(12);
    expect(c.votingSeats).toBe(11);
    expect(c.vacantSeats).toHaveLength(1);
    expect(c.endingTerms).toHaveLength(3);
    expect(c.endingTerms.map((s) => s.delegate!.daysLeft)).toEqual([18, 41, 57]);
    for (const s of c.endingTerms) expect(s.delegate!.daysLeft).toBeLessThanOrEqual(60);
  });

  it("the helix balance counts the active seats per helix", async () => {
    const c = await cuscoOn("gore.cusco@minka.example", today);
    const rows = await db.$queryRaw<{ helix: string; n: number }[]>`
      SELECT a.helix::text AS helix, count(*)::int AS n
        FROM "Seat" s JOIN "Actor" a ON a.id = s."actorId"
       WHERE s."councilId" = ${cuscoCouncilId}::uuid AND s."startsOn" <= ${today}::date
         AND (s."endsOn" IS NULL OR s."endsOn" > ${today}::date)
       GROUP BY 1`;
    for (const row of c.helixBalance) {
      expect(row.seats).toBe(rows.find((r) => r.helix === row.helix)?.n ?? 0);
    }
    expect(c.helixBalance.reduce((n, r) => n + r.seats, 0)).toBe(12);
    expect(c.helixBalance.reduce((n, r) => n + r.share, 0)).toBeCloseTo(1);
    expect(c.helixBalance.find((r) => r.helix === "GOVERNMENT")!.seats).toBeGreaterThan(0);
  });
});

describe("who may see what", () => {
  it("a national viewer sees accredited delegates without their names", async () => {
    const c = await cuscoOn("multisectorial@minka.example", day("2019-03-01"));
    const seat = c.seats.find((s) => s.id === testSeatId)!;
    expect(seat.delegate).toMatchObject({ name: null, substituteName: null, hasSubstitute: true });
    const named = c.seats.filter((s) => s.delegate?.name || s.delegate?.substituteName);
    expect(named).toHaveLength(0);
    expect(c.seats.filter((s) => s.delegate).length).toBeGreaterThan(5);
  });

  it("a Cusco member sees every covering delegate's name", async () => {
    const c = await cuscoOn("gore.cusco@minka.example", today);
    for (const s of c.seats) if (s.delegate) expect(s.delegate.name).toMatch(/\S+ \S+/);
  });

  it("a Tacna context never sees Cusco's council", async () => {
    const list = await councils.getCouncilCompositions(await contextOf("gore.tacna@minka.example", "tacna"), today);
    expect(list.map((c) => c.council.id)).not.toContain(cuscoCouncilId);
    expect(list).toHaveLength(1);
    expect(list[0]!.council).toMatchObject({ kind: "FORUM", status: "INFORMAL" });
    const cuscoActors = await db.actor.findMany({ where: { region: { slug: "cusco" } }, select: { id: true } });
    const ids = new Set(cuscoActors.map((a) => a.id));
    expect(list[0]!.seats.some((s) => ids.has(s.actorId))).toBe(false);
  });

  it("a Tacna admin cannot open Cusco at all", async () => {
    const { NotFoundError } = await import("@/lib/errors");
    await expect(contextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the public page's data", () => {
  it("lists the seats and helix balance, and holds no delegate at all", async () => {
    const page = await publicCouncils.getPublicCouncilPage("cusco", today);
    expect(page).not.toBeNull();
    const c = page!.councils.find((x) => x.council.id === cuscoCouncilId)!;
    expect(c.seats).toHaveLength(12);
    for (const s of c.seats) expect(s).not.toHaveProperty("delegate");
    expect(JSON.stringify(page)).not.toMatch(/Delegada|Suplente/);
    expect(c.helixBalance.reduce((n, r) => n + r.seats, 0)).toBe(12);
  });

  it("answers null for an unknown region and for a region without a council", async () => {
    expect(await publicCouncils.getPublicCouncilPage("atlantis", today)).toBeNull();
    const empty = await db.region.findFirst({ where: { councils: { none: {} } }, select: { slug: true } });
    if (empty) expect(await publicCouncils.getPublicCouncilPage(empty.slug, today)).toBeNull();
  });
});
