// The indicator status rule (docs/metrics.md, "Indicator status") at its edges, and two
// properties of the rule and its roll-up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  band,
  dateToYears,
  indicatorStatus,
  isStale,
  pathValue,
  rollUp,
  type IndicatorStatus,
  type IndicatorTargets,
} from "@/lib/plans/status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Cusco I1.1: fibre price, 8.50 in 2010 → 14.00 in 2021, annual. */
const fibre: IndicatorTargets = { baselineValue: 8.5, baselineYear: 2010, targetValue: 14, targetYear: 2021, direction: "HIGHER_IS_BETTER", frequency: "ANNUAL" };
/** Cusco I5.1: anaemia, 53 % in 2010 → 30 % in 2021, lower is better. */
const anaemia: IndicatorTargets = { baselineValue: 53, baselineYear: 2010, targetValue: 30, targetYear: 2021, direction: "LOWER_IS_BETTER", frequency: "ANNUAL" };
/** A current plan: 10 in 2020 → 20 in 2030 (the path gains 1 a year). */
const current: IndicatorTargets = { baselineValue: 10, baselineYear: 2020, targetValue: 20, targetYear: 2030, direction: "HIGHER_IS_BETTER", frequency: "ANNUAL" };

const at = (t: IndicatorTargets, iso: string, value: number, today = iso) => indicatorStatus(t, { measuredOn: day(iso), value }, day(today));

describe("time and the path", () => {
  it("places a year's figure at its end and a date by its day of the year", () => {
    expect(dateToYears(day("2021-12-31"))).toBe(2022);
    expect(dateToYears(day("2024-01-01"))).toBeCloseTo(2024 + 1 / 366, 10);
    expect(pathValue({ ...fibre, baselineValue: 8.5, baselineYear: 2010, targetValue: 14, targetYear: 2021 }, dateToYears(day("2013-12-31")))).toBeCloseTo(10, 10);
  });

  it("holds the baseline before it and the target after it", () => {
    const full = { ...current, baselineValue: 10, baselineYear: 2020, targetValue: 20, targetYear: 2030 };
    expect(pathValue(full, 2000)).toBe(10);
    expect(pathValue(full, 2040)).toBe(20);
  });
});

describe("the bands", () => {
  it("is on track up to 10 points behind, at risk up to 25, off track beyond", () => {
    expect(band(0.5)).toBe("ON_TRACK");
    expect(band(-0.1)).toBe("ON_TRACK");
    expect(band(-0.1001)).toBe("AT_RISK");
    expect(band(-0.25)).toBe("AT_RISK");
    expect(band(-0.2501)).toBe("OFF_TRACK");
  });

  it("judges the seeded Cusco figure against the path (9.80 expected 10.00 → on track)", () => {
    const r = at(fibre, "2013-12-31", 9.8);
    expect(r).toMatchObject({ status: "ON_TRACK", reason: "path" });
    expect(r.expected).toBeCloseTo(10, 10);
    expect(r.deviation).toBeCloseTo(-0.2 / 5.5, 10);
    expect(at(fibre, "2013-12-31", 9.2).status).toBe("AT_RISK"); // −0.8/5.5 = −0.145
    expect(at(fibre, "2013-12-31", 8.5).status).toBe("OFF_TRACK"); // −1.5/5.5 = −0.27
  });
});

describe("edges", () => {
  it("no target → no data, whatever was measured", () => {
    const r = at({ ...fibre, targetValue: null, targetYear: 2035 }, "2026-06-30", 100);
    expect(r).toMatchObject({ status: "NO_DATA", reason: "noTarget" });
  });

  it("no measurement → no data", () => {
    expect(indicatorStatus(current, null, day("2026-06-30"))).toMatchObject({ status: "NO_DATA", reason: "noMeasurement" });
  });

  it("no baseline: no data before the target year is over, unless the target is reached; off track after it", () => {
    const noBase = { ...current, baselineValue: null, baselineYear: null };
    expect(at(noBase, "2026-06-30", 12)).toMatchObject({ status: "NO_DATA", reason: "noBaseline" });
    expect(at(noBase, "2026-06-30", 20)).toMatchObject({ status: "ON_TRACK", reason: "targetReached" });
    // The target year 2030 is over on 1 January 2031.
    expect(at(noBase, "2030-12-31", 12, "2031-01-02")).toMatchObject({ status: "OFF_TRACK", reason: "noBaseline" });
  });

  it("target already reached → on track, even in the first year", () => {
    expect(at(current, "2021-03-31", 20)).toMatchObject({ status: "ON_TRACK", reason: "targetReached" });
    expect(at(current, "2021-03-31", 25).status).toBe("ON_TRACK");
    expect(at(anaemia, "2012-12-31", 29.9)).toMatchObject({ status: "ON_TRACK", reason: "targetReached" });
  });

  it("downward indicators: a falling value is progress, a rising one is not", () => {
    // Expected on 31 Dec 2015: 53 − 23 · 5/11 = 42.55.
    expect(at(anaemia, "2015-12-31", 42).status).toBe("ON_TRACK");
    expect(at(anaemia, "2015-12-31", 45).status).toBe("AT_RISK"); // 2.45/23 = 0.107 behind
    expect(at(anaemia, "2015-12-31", 50.4).status).toBe("OFF_TRACK"); // the seeded figure: 0.34 behind
    expect(at(anaemia, "2015-12-31", 55).status).toBe("OFF_TRACK");
    expect(at(anaemia, "2015-12-31", 42).deviation!).toBeGreaterThan(0);
  });

  it("a target year in the past: judged against the target itself", () => {
    // Cusco's plan ended in 2021; a 2026 figure is compared with 14.00.
    const r = at(fibre, "2026-06-30", 13.5);
    expect(r.expected).toBe(14);
    expect(r.status).toBe("ON_TRACK"); // 0.5/5.5 = 0.09 behind
    expect(at(fibre, "2026-06-30", 11).status).toBe("OFF_TRACK");
  });

  it("stale data → no data, remembering what the figure said then", () => {
    // Annual: stale after two years.
    expect(isStale("ANNUAL", day("2024-06-30"), day("2026-06-30"))).toBe(false);
    expect(isStale("ANNUAL", day("2024-06-30"), day("2026-07-01"))).toBe(true);
    expect(isStale("MONTHLY", day("2026-01-31"), day("2026-03-31"))).toBe(false);
    expect(isStale("MONTHLY", day("2026-01-31"), day("2026-04-01"))).toBe(true);
    expect(isStale("BIENNIAL", day("2023-01-01"), day("2026-06-30"))).toBe(false);
    const r = at(fibre, "2013-12-31", 9.8, "2026-11-29");
    expect(r).toMatchObject({ status: "NO_DATA", reason: "stale", lastKnown: "ON_TRACK" });
    expect(at(fibre, "2013-12-31", 8.5, "2026-11-29").lastKnown).toBe("OFF_TRACK");
  });

  it("a 'keep the value' target (baseline = target) uses the target as the scale", () => {
    const keep = { ...current, baselineValue: 50, targetValue: 50 };
    expect(at(keep, "2025-06-30", 50).status).toBe("ON_TRACK");
    expect(at(keep, "2025-06-30", 46).status).toBe("ON_TRACK"); // 4/50 = 0.08 behind
    expect(at(keep, "2025-06-30", 30).status).toBe("OFF_TRACK");
  });
});

describe("roll-up", () => {
  it("counts every status; indicators without data do not vote", () => {
    expect(rollUp([])).toEqual({ counts: { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 }, total: 0, status: "NO_DATA" });
    expect(rollUp(["NO_DATA", "NO_DATA"]).status).toBe("NO_DATA");
    expect(rollUp(["ON_TRACK", "NO_DATA", "NO_DATA"])).toMatchObject({ status: "ON_TRACK", total: 3, counts: { ON_TRACK: 1, NO_DATA: 2 } });
    expect(rollUp(["ON_TRACK", "OFF_TRACK"]).status).toBe("AT_RISK");
    expect(rollUp(["ON_TRACK", "ON_TRACK", "OFF_TRACK"]).status).toBe("AT_RISK");
    expect(rollUp(["ON_TRACK", "ON_TRACK", "ON_TRACK", "OFF_TRACK"]).status).toBe("AT_RISK"); // mean 0.5
    expect(rollUp(["ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK", "OFF_TRACK"]).status).toBe("ON_TRACK"); // mean 0.4
    expect(rollUp(["OFF_TRACK", "OFF_TRACK", "AT_RISK"]).status).toBe("OFF_TRACK");
  });
});

describe("properties", () => {
  const direction = fc.constantFrom("HIGHER_IS_BETTER" as const, "LOWER_IS_BETTER" as const);
  const targets = fc
    .record({
      baseline: fc.integer({ min: -1000, max: 1000 }),
      change: fc.integer({ min: 1, max: 1000 }),
      baselineYear: fc.integer({ min: 2000, max: 2030 }),
      span: fc.integer({ min: 1, max: 20 }),
      direction,
    })
    .map(({ baseline, change, baselineYear, span, direction }): IndicatorTargets => ({
      baselineValue: baseline,
      baselineYear,
      targetValue: direction === "HIGHER_IS_BETTER" ? baseline + change : baseline - change,
      targetYear: baselineYear + span,
      direction,
      frequency: "BIENNIAL",
    }));
  const rank: Record<IndicatorStatus, number> = { ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 2, NO_DATA: 3 };

  it("a better value is never judged worse (monotone in the good direction)", () => {
    fc.assert(
      fc.property(targets, fc.integer({ min: 0, max: 40 * 366 }), fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (t, offset, v, gain) => {
        const measuredOn = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000);
        const better = t.direction === "HIGHER_IS_BETTER" ? v + gain : v - gain;
        const a = indicatorStatus(t, { measuredOn, value: v }, measuredOn).status;
        const b = indicatorStatus(t, { measuredOn, value: better }, measuredOn).status;
        expect(rank[b]).toBeLessThanOrEqual(rank[a]);
      }),
    );
  });

  it("a value on the path is on track, and a fresh judged indicator is never without data", () => {
    fc.assert(
      fc.property(targets, fc.integer({ min: 0, max: 40 * 366 }), (t, offset) => {
        const measuredOn = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000);
        const full = { ...t, baselineValue: t.baselineValue!, baselineYear: t.baselineYear!, targetValue: t.targetValue!, targetYear: t.targetYear! };
        const r = indicatorStatus(t, { measuredOn, value: pathValue(full, dateToYears(measuredOn)) }, measuredOn);
        expect(r.status).toBe("ON_TRACK");
      }),
    );
  });

  it("the roll-up's counts add up to its total, and it is NO_DATA only when nothing is judged", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<IndicatorStatus>("ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA"), { maxLength: 40 }), (list) => {
        const r = rollUp(list);
        expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.total);
        expect(r.status === "NO_DATA").toBe(list.every((s) => s === "NO_DATA"));
      }),
    );
  });
});
