import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatIsoDay, parseIsoDay, todayInLima } from "@/lib/dates";

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
