import { describe, expect, it } from "vitest";
import { parsePage } from "@/lib/validation/search-params";

describe("page from the URL", () => {
  it("reads a whole number from 1", () => {
    expect(parsePage("1")).toBe(1);
    expect(parsePage("7")).toBe(7);
    expect(parsePage(["3", "4"])).toBe(3);
  });

  it("is 1 for anything else", () => {
    for (const raw of [undefined, "", "0", "-2", "2.5", "x", "1e9", []]) expect(parsePage(raw)).toBe(1);
  });
});
