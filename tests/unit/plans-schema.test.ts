// The plan forms' input rules: decimals as people type them, and the rules between fields that
// the status rule relies on (docs/metrics.md, "Indicator status").
import { describe, expect, it } from "vitest";
import { CreateIndicatorInput, CreateMeasurementInput, CreatePlanInput, normaliseDecimal } from "@/lib/plans/schema";

const indicator = (raw: Record<string, unknown>) =>
  CreateIndicatorInput.safeParse({
    objectiveId: "0190a000-0000-7000-8000-000000000001",
    code: "I1",
    name: "Indicador",
    unit: "%",
    baselineValue: "10",
    baselineYear: "2020",
    targetValue: "20",
    targetYear: "2030",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUAL",
    source: "",
    ...raw,
  });
const messagesOf = (r: ReturnType<typeof indicator>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`));

describe("decimals", () => {
  it("accepts decimal commas and dots, and thousands separators", () => {
    expect(normaliseDecimal("9,80")).toBe("9.80");
    expect(normaliseDecimal(" 1 250,5 ")).toBe("1250.5");
    expect(normaliseDecimal("1,250.5")).toBe("1250.5");
    expect(normaliseDecimal("-0,5")).toBe("-0.5");
    expect(normaliseDecimal("007")).toBe("7");
    expect(normaliseDecimal("")).toBeNull();
    expect(normaliseDecimal("12abc")).toBe("12abc");
  });
});

describe("indicator rules", () => {
  it("accepts a complete indicator", () => {
    const r = indicator({});
    expect(r.success).toBe(true);
    if (r.success) expect(r.data).toMatchObject({ baselineValue: "10", baselineYear: 2020, targetValue: "20", targetYear: 2030, source: null });
  });

  it("rejects a target year before (or equal to) the baseline year", () => {
    expect(messagesOf(indicator({ targetYear: "2019" }))).toContain("targetYear:plans.targetBeforeBaseline");
    expect(messagesOf(indicator({ targetYear: "2020" }))).toContain("targetYear:plans.targetBeforeBaseline");
  });

  it("rejects a target pointing against the direction", () => {
    expect(messagesOf(indicator({ targetValue: "5" }))).toContain("targetValue:plans.targetWrongDirection");
    expect(messagesOf(indicator({ direction: "LOWER_IS_BETTER" }))).toContain("targetValue:plans.targetWrongDirection");
    expect(indicator({ direction: "LOWER_IS_BETTER", targetValue: "5" }).success).toBe(true);
  });

  it("asks for values and years in pairs", () => {
    expect(messagesOf(indicator({ baselineYear: "" }))).toContain("baselineYear:plans.baselinePair");
    expect(messagesOf(indicator({ targetYear: "" }))).toContain("targetYear:plans.targetPair");
    // A target year alone (Tacna's draft) is allowed: the indicator has no status yet.
    expect(indicator({ baselineValue: "", baselineYear: "", targetValue: "" }).success).toBe(true);
  });

  it("rejects bad numbers and years", () => {
    expect(messagesOf(indicator({ baselineValue: "diez" }))).toContain("baselineValue:plans.decimalInvalid");
    expect(messagesOf(indicator({ targetYear: "3000" }))).toContain("targetYear:plans.yearRange");
  });
});

describe("plans and measurements", () => {
  it("rejects an end year before the start year", () => {
    const r = CreatePlanInput.safeParse({ title: "Plan", status: "DRAFT", startYear: "2030", endYear: "2025" });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toContain("plans.endBeforeStart");
  });

  it("rejects dates that do not exist or are in the future", () => {
    const m = (measuredOn: string) => CreateMeasurementInput.safeParse({ indicatorId: "0190a000-0000-7000-8000-000000000001", measuredOn, value: "1" });
    expect(m("2025-02-30").success).toBe(false);
    expect(m("2999-01-01").success).toBe(false);
    expect(m("2025-02-28").success).toBe(true);
  });
});
