// Cooperation metrics on small networks worked out by hand (docs/metrics.md, "Cooperation
// metrics"), and properties that must hold on any network.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cooperationIndex, INDEX_COMPONENTS } from "@/lib/metrics/composite";
import { computeYears, referenceDate, seatBalance, yearsToCompute, type RegionData } from "@/lib/metrics/compute";
import {
  betweenness,
  BETWEENNESS_SOURCES,
  buildNetwork,
  evidenceWeight,
  networkMetrics,
  networkView,
  toAdjacency,
  type ActorRow,
  type PairRow,
  type SeatRow,
} from "@/lib/metrics/graph";
import type { ActorType, Helix } from "@/lib/generated/prisma/enums";

const Y = 2024;

function actor(id: string, helix: Helix, extra: Partial<ActorRow> = {}): ActorRow {
  const type: ActorType = helix === "GOVERNMENT" ? "GOVERNMENT_BUREAU" : helix === "BUSINESS" ? "FIRM" : "UNIVERSITY";
  return { id, label: id, helix, type, firmSize: null, formality: null, archivedYear: null, inCapital: null, ...extra };
}
function pair(a: string, b: string, kind: PairRow["kind"] = "PROJECT", fromYear = Y, toYear = Y, count = 1): PairRow {
  return a < b ? { kind, a, b, fromYear, toYear, count } : { kind, a: b, b: a, fromYear, toYear, count };
}
const close = (a: number | null, b: number) => expect(a).toBeCloseTo(b, 9);

describe("network structure", () => {
  // A–B–C in a line, D alone.
  const actors = [actor("A", "GOVERNMENT"), actor("B", "ACADEMIA"), actor("C", "BUSINESS"), actor("D", "BUSINESS")];
  const pairs = [pair("A", "B"), pair("B", "C")];

  it("density, average degree, isolated share and components", () => {
    const m = networkMetrics(actors, pairs, [], Y);
    expect(m.actors).toBe(4);
    close(m.density, 2 / 6); // 2 ties of 4·3/2 possible
    close(m.averageDegree, 1); // 2·2/4
    close(m.isolatedShare, 1 / 4);
    expect(m.components).toBe(2); // {A,B,C} and {D}
  });

  it("betweenness of the regional government: the middle of a path brokers every pair", () => {
    const gov = [actor("A", "ACADEMIA"), actor("G", "GOVERNMENT", { type: "REGIONAL_GOVERNMENT" }), actor("C", "BUSINESS")];
    close(networkMetrics(gov, [pair("A", "G"), pair("G", "C")], [], Y).govBetweenness, 1);
    // With a fourth, isolated actor: G lies on 1 of the 3 pairs' paths among the other three.
    const withD = [...gov, actor("D", "BUSINESS")];
    close(networkMetrics(withD, [pair("A", "G"), pair("G", "C")], [], Y).govBetweenness, 1 / 3);
    // At the end of the line, G brokers nothing.
    close(networkMetrics(gov, [pair("A", "G"), pair("A", "C")], [], Y).govBetweenness, 0);
    // No regional government in the registry: no figure, not zero.
    expect(networkMetrics(actors, pairs, [], Y).govBetweenness).toBeNull();
  });

  it("above the exact limit, betweenness is estimated from a seeded sample of sources", () => {
    // A star of 260 firms around the regional government: exactly 1 for the centre, 0 for a leaf.
    const leaves = Array.from({ length: BETWEENNESS_SOURCES + 60 }, (_, i) => actor(`F${String(i).padStart(3, "0")}`, "BUSINESS"));
    const star = [actor("G", "GOVERNMENT", { type: "REGIONAL_GOVERNMENT" }), ...leaves];
    const g = toAdjacency(["G", ...leaves.map((l) => l.id)], leaves.map((_, i) => [0, i + 1] as const));
    const estimate = betweenness(g);
    expect(estimate[0]).toBeCloseTo(1, 1);
    expect(estimate[1]).toBe(0);
    expect(betweenness(g)).toEqual(estimate); // the same sample every time
    // The same through the network: the government's figure is the brokerage graph's.
    close(networkMetrics(star, leaves.map((l) => pair("G", l.id)), [], Y).govBetweenness, estimate[0]!);
  });

  it("the council is a node linked to its seat holders; co-membership also ties them", () => {
    const seats: SeatRow[] = ["A", "B", "C"].map((actorId) => ({ councilId: "K", actorId, fromYear: 2020, toYear: Y }));
    const council = [pair("A", "B", "COUNCIL", 2020, Y), pair("A", "C", "COUNCIL", 2020, Y), pair("B", "C", "COUNCIL", 2020, Y)];
    const m = networkMetrics(actors.slice(0, 3), council, seats, Y);
    close(m.density, 1); // the three seat holders are tied to each other
    // Brokerage graph: K–A, K–B, K–C only: every pair of holders connects through K.
    close(m.councilBetweenness, 1);
    // No seat active that year: no council figure.
    expect(networkMetrics(actors.slice(0, 3), [], seats, 2019).councilBetweenness).toBeNull();
  });

  it("cross-helix links and the helix matrix, weighted by kind", () => {
    const m = networkMetrics(actors, [pair("A", "B", "PROJECT"), pair("B", "C", "CONVENIO"), pair("C", "D", "JOINT_EVENT")], [], Y);
    // Weights 1, 0.8, 0.4; the last joins two firms.
    close(m.crossHelixShare, 1.8 / 2.2);
    close(m.helixMatrix.GOVERNMENT.ACADEMIA, 1);
    close(m.helixMatrix.ACADEMIA.GOVERNMENT, 1);
    close(m.helixMatrix.ACADEMIA.BUSINESS, 0.8);
    close(m.helixMatrix.BUSINESS.BUSINESS, 0.4);
    close(m.helixMatrix.GOVERNMENT.BUSINESS, 0);
  });

  it("evidence decays by half every two years after it ended and leaves after five", () => {
    close(evidenceWeight("PROJECT", 2018, 2022, 2024), 0.5);
    close(evidenceWeight("PROJECT", 2018, 2024, 2024), 1); // still running: full weight
    close(evidenceWeight("CONVENIO", 2020, 2020, 2021), 0.8 * Math.SQRT1_2);
    expect(evidenceWeight("PROJECT", 2018, 2019, 2024)).toBe(0); // 5 years on: out of the window
    expect(evidenceWeight("PROJECT", 2025, 2026, 2024)).toBe(0); // not begun yet
    const g = buildNetwork(actors, [pair("A", "B", "PROJECT", 2018, 2022)], 2024);
    close(g.getEdgeAttribute("A", "B", "weight"), 0.5);
  });

  it("an actor archived in a year is a node before it, not from then on; other regions' actors never", () => {
    const archived = [actor("A", "GOVERNMENT"), actor("B", "ACADEMIA", { archivedYear: 2024 })];
    expect(networkMetrics(archived, [pair("A", "B", "PROJECT", 2023, 2024)], [], 2023).actors).toBe(2);
    const m = networkMetrics(archived, [pair("A", "B", "PROJECT", 2023, 2024)], [], 2024);
    expect(m.actors).toBe(1);
    close(m.isolatedShare, 1);
    // X is not an actor of the region: the tie is not part of its network.
    expect(buildNetwork(actors, [pair("A", "X")], Y).size).toBe(0);
  });

  it("Louvain finds the two cliques, the same way every time, and which cross helices", () => {
    const six = [actor("A", "GOVERNMENT"), actor("B", "ACADEMIA"), actor("C", "BUSINESS"), actor("D", "BUSINESS"), actor("E", "BUSINESS"), actor("F", "BUSINESS")];
    const ties = [pair("A", "B"), pair("A", "C"), pair("B", "C"), pair("D", "E"), pair("D", "F"), pair("E", "F"), pair("C", "D")];
    const m = networkMetrics(six, ties, [], Y);
    expect(m.communities).toBe(2);
    close(m.crossHelixCommunityShare, 1 / 2); // {A,B,C} mixes helices, {D,E,F} is all firms
    const view = networkView(m.network);
    const community = new Map(view.nodes.map((n) => [n.id, n.community]));
    expect(community.get("A")).toBe(community.get("B"));
    expect(community.get("D")).toBe(community.get("F"));
    expect(community.get("A")).not.toBe(community.get("D"));
    expect(networkView(networkMetrics(six, [...ties].reverse(), [], Y).network)).toEqual(view);
    expect(view.nodes.find((n) => n.id === "C")!.degree).toBe(3);
  });

  it("the drawn network filters by kind: weights of the kept kinds, degrees of the kept edges, same communities", () => {
    const ties = [pair("A", "B", "PROJECT"), pair("A", "B", "CONVENIO"), pair("B", "C", "JOINT_EVENT"), pair("C", "D", "COUNCIL")];
    const stored = networkMetrics(actors, ties, [], Y).network;
    const all = networkView(stored);
    expect(all.edges.find((e) => e.source === "A" && e.target === "B")).toEqual({ source: "A", target: "B", weight: 1.8, kinds: ["PROJECT", "CONVENIO"] });
    const convenios = networkView(stored, { kinds: ["CONVENIO"] });
    expect(convenios.edges).toEqual([{ source: "A", target: "B", weight: 0.8, kinds: ["CONVENIO"] }]);
    expect(convenios.nodes.map((n) => n.degree)).toEqual([1, 1, 0, 0]);
    expect(convenios.nodes.map((n) => n.community)).toEqual(all.nodes.map((n) => n.community));
    expect(networkView(stored, { kinds: [] }).edges).toEqual([]);
  });

  it("the core of a large network: the best connected, the strongest links with their actors, the links among them", () => {
    // A hub H tied to five actors; one strong pair X–Y away from it; a weak chain Y–Z.
    const many = [actor("H", "GOVERNMENT"), ...["A", "B", "C", "D", "E"].map((id) => actor(id, "ACADEMIA")), actor("X", "BUSINESS"), actor("Y", "BUSINESS"), actor("Z", "CIVIL_SOCIETY")];
    const ties = [
      ...["A", "B", "C", "D", "E"].map((id) => pair("H", id, "JOINT_EVENT")),
      pair("A", "B", "JOINT_EVENT"),
      pair("X", "Y", "PROJECT"),
      pair("X", "Y", "CONVENIO"),
      pair("Y", "Z", "JOINT_EVENT"),
    ];
    const stored = networkMetrics(many, ties, [], Y).network;
    const whole = networkView(stored);
    expect(whole.totals).toEqual({ nodes: 9, edges: 8 });
    expect(networkView(stored, { top: 9 })).toEqual(whole); // no more actors than top: all of it

    // Best connected: H (5), then A and B (2 each); strongest link: X–Y (with X and Y).
    const core = networkView(stored, { top: 3 });
    const ids = (view: typeof core) => view.nodes.map((n) => n.id).sort();
    expect(ids(core)).toEqual(["A", "B", "H", "X", "Y"]);
    expect(core.edges.map((e) => [e.source, e.target].sort().join("–")).sort()).toEqual(["A–B", "A–H", "B–H", "X–Y"]);
    expect(core.totals).toEqual(whole.totals);
    // Degrees and communities are the whole network's, not the core's.
    expect(core.nodes.find((n) => n.id === "H")!.degree).toBe(5);
    expect(core.nodes.find((n) => n.id === "Y")!.degree).toBe(2);
    expect(core.nodes.map((n) => n.community)).toEqual(whole.nodes.filter((n) => ids(core).includes(n.id)).map((n) => n.community));
    // The kinds filter first, then the core of what is left; totals count the filtered network.
    const projects = networkView(stored, { kinds: ["PROJECT"], top: 1 });
    expect(projects.totals).toEqual({ nodes: 9, edges: 1 });
    expect(ids(projects)).toEqual(["X", "Y"]);
  });

  it("MSE and informal participation count only firms with a tie that year", () => {
    const firms = [
      actor("A", "ACADEMIA"),
      actor("M", "BUSINESS", { firmSize: "MICRO", formality: "INFORMAL" }),
      actor("L", "BUSINESS", { firmSize: "LARGE", formality: "FORMAL" }),
      actor("S", "BUSINESS", { firmSize: "SMALL", formality: "INFORMAL" }), // no tie: not counted
    ];
    const m = networkMetrics(firms, [pair("A", "M"), pair("A", "L")], [], Y);
    expect(m.firms).toEqual({ mse: 1, sizeKnown: 2, informal: 1, formalityKnown: 2 });
  });
});

describe("council, plan and the year range", () => {
  it("seat balance is the evenness of seats over the six helices", () => {
    const all = new Map<Helix, number>([["GOVERNMENT", 2], ["ACADEMIA", 2], ["RESEARCH", 2], ["BUSINESS", 2], ["CIVIL_SOCIETY", 2], ["INTERNATIONAL", 2]]);
    close(seatBalance(all), 1);
    close(seatBalance(new Map([["GOVERNMENT", 5]])), 0);
    close(seatBalance(new Map([["GOVERNMENT", 1], ["ACADEMIA", 1]])), Math.log(2) / Math.log(6));
    expect(seatBalance(new Map())).toBeNull();
  });

  it("years run from the first evidence (at most 30 back) to this year; a year is judged on its last day", () => {
    expect(yearsToCompute(2022, 2024)).toEqual([2022, 2023, 2024]);
    expect(yearsToCompute(null, 2024)).toEqual([2024]);
    expect(yearsToCompute(1900, 2024)[0]).toBe(1994);
    expect(yearsToCompute(2030, 2024)).toEqual([2024]);
    const today = new Date(Date.UTC(2024, 5, 1));
    expect(referenceDate(2022, today).toISOString().slice(0, 10)).toBe("2022-12-31");
    expect(referenceDate(2024, today)).toBe(today);
  });

  it("computes a region's years: no actors means no data (null, not zero)", async () => {
    const empty: RegionData = {
      dataVersion: 1, firstYear: null, lastDataAt: null, actors: [], pairs: [], seats: [],
      projectYears: [], evidenceYears: [], meetingYears: [], agreementYears: [], indicators: [],
    };
    const [only] = await computeYears(empty, new Date(Date.UTC(2024, 5, 1)));
    expect(only!.year).toBe(2024);
    expect(only!.hasData).toBe(false);
    expect(Object.values(only!.values).every((v) => v === null)).toBe(true);

    const data: RegionData = {
      ...empty,
      firstYear: 2023,
      actors: [actor("A", "GOVERNMENT", { type: "REGIONAL_GOVERNMENT", inCapital: true }), actor("B", "ACADEMIA", { inCapital: false })],
      pairs: [pair("A", "B", "PROJECT", 2023, 2023)],
      projectYears: [{ year: 2023, projects: 2, withParticipants: 2, multiHelix: 1, withProvince: 2, outside: 1 }],
      meetingYears: [{ year: 2023, held: 3, seats: 10, present: 8 }],
      agreementYears: [{ year: 2023, due: 4, onTime: 3 }],
      evidenceYears: [{ year: 2024, count: 5 }],
      indicators: [
        { year: 2023, indicatorId: "i1", baselineValue: 0, baselineYear: 2020, targetValue: 10, targetYear: 2030, direction: "HIGHER_IS_BETTER", frequency: "ANNUAL", measuredOn: "2023-06-30", value: 5 },
        { year: 2023, indicatorId: "i2", baselineValue: 0, baselineYear: 2020, targetValue: 10, targetYear: 2030, direction: "HIGHER_IS_BETTER", frequency: "ANNUAL", measuredOn: null, value: null },
      ],
    };
    const [y2023, y2024] = await computeYears(data, new Date(Date.UTC(2024, 5, 1)));
    expect(y2023!.values).toMatchObject({
      actors: 2, projects: 2, multiHelixProjectShare: 0.5, councilMeetingsPerYear: 3, councilAttendance: 0.8,
      agreementsOnTimeShare: 0.75, planMonitoredShare: 0.5, planOnTrackShare: 1, territorialSpread: 0.5, evidence: 0, density: 1,
    });
    // 2024: the 2023 project still weighs (decayed), no council that year, 5 pieces of evidence.
    expect(y2024!.values).toMatchObject({ density: 1, councilMeetingsPerYear: null, evidence: 5, planMonitoredShare: null });
    expect(y2024!.helixMatrix.GOVERNMENT.ACADEMIA).toBeCloseTo(Math.SQRT1_2, 6);
  });
});

describe("cooperation index", () => {
  const best = Object.fromEntries(Object.entries(INDEX_COMPONENTS).map(([k, c]) => [k, "lowerIsBetter" in c ? c.min : c.max]));
  const worst = Object.fromEntries(Object.entries(INDEX_COMPONENTS).map(([k, c]) => [k, "lowerIsBetter" in c ? c.max : c.min]));

  it("weights sum to 1", () => {
    close(Object.values(INDEX_COMPONENTS).reduce((a, c) => a + c.weight, 0), 1);
  });

  it("is 100 at every upper bound, 0 at every lower bound, clamped beyond", () => {
    expect(cooperationIndex(best)).toBe(100);
    expect(cooperationIndex(worst)).toBe(0);
    expect(cooperationIndex({ ...best, averageDegree: 60 })).toBe(100);
  });

  it("re-weights missing sub-indicators and is no data when all are missing", () => {
    expect(cooperationIndex({ averageDegree: 3 })).toBe(50); // 3 of 0–6, the only one known
    // averageDegree 6 → 1 (weight .15), isolatedShare .5 → .5 (weight .10): (.15 + .05)/.25 = 80.
    expect(cooperationIndex({ averageDegree: 6, isolatedShare: 0.5, seatBalance: null })).toBe(80);
    expect(cooperationIndex({})).toBeNull();
    expect(cooperationIndex({ averageDegree: null, crossHelixShare: Number.NaN })).toBeNull();
  });

  it("stays within 0–100 whatever the sub-indicators are (property)", () => {
    const keys = Object.keys(INDEX_COMPONENTS);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }))), (values) => {
        const index = cooperationIndex(values);
        return index === null || (index >= 0 && index <= 100);
      }),
    );
  });
});

describe("network properties", () => {
  const ids = ["A", "B", "C", "D", "E", "F", "G"];
  const helices: Helix[] = ["GOVERNMENT", "ACADEMIA", "BUSINESS", "RESEARCH", "CIVIL_SOCIETY", "INTERNATIONAL", "BUSINESS"];
  const actors = ids.map((id, i) => actor(id, helices[i]!));
  const arbitraryPair = fc
    .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom<PairRow["kind"]>("PROJECT", "CONVENIO", "JOINT_EVENT", "COUNCIL"), fc.integer({ min: 2015, max: Y }))
    .filter(([a, b]) => a !== b)
    .map(([a, b, kind, year]) => pair(a, b, kind, year, year));

  it("adding a tie never lowers density, and shares stay within 0–1", () => {
    fc.assert(
      fc.property(fc.array(arbitraryPair, { maxLength: 25 }), arbitraryPair, (pairs, extra) => {
        const before = networkMetrics(actors, pairs, [], Y);
        const after = networkMetrics(actors, [...pairs, { ...extra, fromYear: Y, toYear: Y }], [], Y);
        const inUnit = (v: number | null) => v === null || (v >= 0 && v <= 1 + 1e-12);
        return (
          after.density! >= before.density! - 1e-12 &&
          [after.density, after.isolatedShare, after.crossHelixShare, after.crossHelixCommunityShare].every(inUnit)
        );
      }),
    );
  });
});
