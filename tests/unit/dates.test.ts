import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatIsoDay, parseIsoDay, todayInLima } from "@/lib/dates";
import { isoDay } from "@/lib/validation/dates";

describe("calendar dates", () => {
  it("parses YYYY-MM-DD as midnight UTC", () => {
    expect(parseIsoDay("2019-03-01")?.toISOString()).toBe("2019-03-01T00:00:00.000Z");
    expect(formatIsoDay(parseIsoDay("2024-02-29")!)).toBe("2024-02-29");
  });

  it("writes a day as YYYY-MM-DD, and no date as null", () => {
    expect(formatIsoDay(new Date(Date.UTC(2026, 0, 5)))).toBe("2026-01-05");
    expect(formatIsoDay(null)).toBeNull();
    expect(formatIsoDay(undefined)).toBeNull();
  });

  it("refuses anything that is not a real calendar day", () => {
    for (const raw of ["", "2019-3-1", "2019-02-30", "2023-02-29", "2019-13-01", "01/03/2019", "2019-03-01T00:00", "1800-01-01", undefined, 20190301]) {
      expect(parseIsoDay(raw)).toBeNull();
    }
  });

  it("takes today in Lima (UTC-5), not in UTC", () => {
    // 03:00 UTC on 1 March is still 28 February in Lima.
    expect(formatIsoDay(todayInLima(new Date("2019-03-01T03:00:00Z")))).toBe("2019-02-28");
    expect(formatIsoDay(todayInLima(new Date("2019-03-01T05:00:00Z")))).toBe("2019-03-01");
  });

  it("counts days", () => {
    const d = parseIsoDay("2019-03-01")!;
    expect(formatIsoDay(addDays(d, 60))).toBe("2019-04-30");
    expect(daysBetween(d, parseIsoDay("2019-03-20")!)).toBe(19);
  });
});

describe("isoDay (lib/validation/dates.ts: every form's calendar day)", () => {
  const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message);

  it("reads a day that exists as midnight UTC, trimmed", () => {
    expect(isoDay("x.dateInvalid").parse(" 2024-02-29 ")).toEqual(new Date(Date.UTC(2024, 1, 29)));
  });

  it("refuses a day that does not exist, another format, an empty text and a non-text with the feature's message", () => {
    for (const bad of ["2025-02-29", "2025-13-01", "29/02/2024", "2024-2-9", "", 20240229, null]) {
      const result = isoDay("x.dateInvalid").safeParse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(messageOf(result), String(bad)).toEqual(["x.dateInvalid"]);
    }
  });

  it("keeps a feature's range of years, by default parseIsoDay's", () => {
    const projects = isoDay("projects.dateInvalid", { minYear: 1950, maxYear: 2100 });
    expect(projects.safeParse("1949-12-31").success).toBe(false);
    expect(projects.safeParse("1950-01-01").success).toBe(true);
    expect(projects.safeParse("2100-12-31").success).toBe(true);
    expect(projects.safeParse("2101-01-01").success).toBe(false);
    expect(isoDay("x").safeParse("1899-12-31").success).toBe(false);
    expect(isoDay("x").safeParse("2200-12-31").success).toBe(true);
  });
});
