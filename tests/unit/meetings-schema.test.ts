// The meeting forms' pure parts: Lima wall-clock times (Peru keeps UTC-5 all year) and the
// meeting day they fall on, the attendance field format, and that every rule message the data
// layer can raise exists in both catalogues.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AttendanceInput, CancelMeetingInput, formatLimaDateTime, limaDayOf, parseLimaDateTime } from "@/lib/meetings/schema";

describe("Lima date-times", () => {
  it("reads a datetime-local value as Lima time", () => {
    expect(parseLimaDateTime("2026-03-05T15:30")?.toISOString()).toBe("2026-03-05T20:30:00.000Z");
    // Late evening in Lima is already tomorrow in UTC, yet the meeting day stays Lima's.
    const late = parseLimaDateTime("2026-12-31T21:00")!;
    expect(late.toISOString()).toBe("2027-01-01T02:00:00.000Z");
    expect(limaDayOf(late).toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(limaDayOf(parseLimaDateTime("2026-01-01T00:00")!).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("refuses impossible or malformed values", () => {
    for (const bad of ["", "2026-02-30T10:00", "2026-01-01T24:00", "2026-01-01T10:60", "2026-01-01", "10:00", "mañana", "2026-01-01T10:00Z-junk"]) {
      expect(parseLimaDateTime(bad), bad).toBeNull();
    }
    expect(parseLimaDateTime(undefined)).toBeNull();
  });

  it("formats back exactly what it parsed (any minute of 1950–2150)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1) / 60_000, max: Date.UTC(2150, 0, 1) / 60_000 }), (minutes) => {
        const at = new Date(minutes * 60_000);
        expect(parseLimaDateTime(formatLimaDateTime(at))?.getTime()).toBe(at.getTime());
        const day = limaDayOf(at);
        expect(at.getTime() - day.getTime()).toBeGreaterThanOrEqual(5 * 3_600_000);
        expect(at.getTime() - day.getTime()).toBeLessThan(29 * 3_600_000);
      }),
    );
  });
});

describe("attendance field", () => {
  const id = "0190a000-0000-7000-8000-00000000000a";
  it("takes one or many seat choices and nothing else", () => {
    expect(AttendanceInput.parse({ meetingId: id, version: "3", seat: `${id}:delegate` })).toEqual({ meetingId: id, version: 3, seat: [{ seatId: id, choice: "delegate" }] });
    expect(AttendanceInput.parse({ meetingId: id, version: "3" }).seat).toEqual([]);
    expect(AttendanceInput.parse({ meetingId: id, version: "1", seat: [`${id}:absent`, `${id}:substitute`] }).seat.map((s) => s.choice)).toEqual(["absent", "substitute"]);
    for (const bad of [`${id}:maybe`, `${id}:Delegate`, `${id}`, `${id}:present:x`, "x:present"]) {
      expect(AttendanceInput.safeParse({ meetingId: id, version: "1", seat: bad }).success, bad).toBe(false);
    }
    expect(AttendanceInput.safeParse({ meetingId: id, version: "0", seat: [] }).success).toBe(false);
  });
});

describe("rule messages", () => {
  it("every meetings/agreements rule key the data layer throws exists in Spanish and English", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const sources = ["lib/meetings/data.ts", "lib/agreements/data.ts"].map((f) => fs.readFileSync(path.join(root, f), "utf8")).join("\n");
    // InvalidInputError's form-level key is read under `errors.`, its field keys under `validation.`.
    const formKeys = [...sources.matchAll(/InvalidInputError\("((?:meetings|agreements)\.[A-Za-z]+)"/g)].map((m) => `errors.${m[1]!}`);
    const fieldKeys = [...sources.matchAll(/\["((?:meetings|agreements)\.[A-Za-z]+)"\]/g)].map((m) => `validation.${m[1]!}`);
    expect(sources).not.toMatch(/InvalidInputError\("(?!invalidForm"|meetings\.|agreements\.)/);
    const keys = [...new Set([...formKeys, ...fieldKeys, "errors.invalidForm"])];
    expect(formKeys.length).toBeGreaterThanOrEqual(7);
    expect(fieldKeys.length).toBeGreaterThanOrEqual(10);
    for (const lang of ["es", "en"]) {
      const catalogue = JSON.parse(fs.readFileSync(path.join(root, `lib/i18n/messages/${lang}.json`), "utf8")) as Record<string, unknown>;
      for (const key of keys) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
        expect(typeof value, `${lang}: ${key}`).toBe("string");
      }
    }
  });
});

describe("cancelling a meeting", () => {
  const meeting = { meetingId: "0194a1b2-0000-7000-8000-000000000000", version: "3" };
  it("needs the confirmation box, with its own message", () => {
    expect(CancelMeetingInput.parse({ ...meeting, confirm: "on" })).toEqual({ meetingId: meeting.meetingId, version: 3, confirm: "on" });
    const refused = CancelMeetingInput.safeParse(meeting);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["confirm", "meetings.cancelConfirmRequired"]]);
  });
});
