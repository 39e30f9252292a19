import { describe, expect, it } from "vitest";
import { classBreaks, legendSteps, tileOf, TILE_COLS, TILE_GRID, TILE_ROWS } from "@/lib/dashboards/tile-grid";
import { DEPARTMENTS } from "@/prisma/seed/data/ubigeo";

describe("the tile map's grid of Peru", () => {
  it("has one tile for each of the 26 regions the seed creates, and no other", () => {
    const seeded = DEPARTMENTS.map((d) => d.code).sort();
    expect(seeded).toHaveLength(26);
    expect(Object.keys(TILE_GRID).sort()).toEqual(seeded);
    for (const code of seeded) expect(tileOf(code)).not.toBeNull();
  });

  it("gives every region its own cell inside the grid", () => {
    const cells = Object.values(TILE_GRID).map((p) => `${p.row},${p.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const p of Object.values(TILE_GRID)) {
      expect(p.row).toBeGreaterThanOrEqual(0);
      expect(p.col).toBeGreaterThanOrEqual(0);
      expect(p.row).toBeLessThan(TILE_ROWS);
      expect(p.col).toBeLessThan(TILE_COLS);
    }
  });

  it("places regions roughly where they lie: Tumbes top-left, Tacna at the bottom, Madre de Dios on the right", () => {
    const byName = new Map(DEPARTMENTS.map((d) => [d.name, tileOf(d.code)!]));
    const rows = [...byName.values()].map((p) => p.row);
    const cols = [...byName.values()].map((p) => p.col);
    expect(byName.get("Tumbes")).toEqual({ row: Math.min(...rows), col: Math.min(...cols) });
    expect(byName.get("Tacna")!.row).toBe(Math.max(...rows));
    expect(byName.get("Madre de Dios")!.col).toBe(Math.max(...cols));
    // North above south, coast left of the Amazon.
    expect(byName.get("Piura")!.row).toBeLessThan(byName.get("Lima")!.row);
    expect(byName.get("Lima")!.row).toBeLessThan(byName.get("Arequipa")!.row);
    expect(byName.get("Callao")!.col).toBeLessThan(byName.get("Ucayali")!.col);
    expect(byName.get("Cusco")!.row).toBeLessThan(byName.get("Puno")!.row);
  });

  it("knows no tile for an unknown code", () => {
    expect(tileOf("99")).toBeNull();
    expect(tileOf("toString")).toBeNull();
  });
});

describe("colour classes", () => {
  it("splits the range into equal classes, the largest value in the top class", () => {
    const { step } = classBreaks([0, 10, 20, 30, 40, 50], 5);
    expect([0, 9.99, 10, 25, 49, 50].map(step)).toEqual([0, 0, 1, 2, 4, 4]);
  });

  it("puts every region in one class when all values are equal", () => {
    const { step } = classBreaks([0.3, 0.3], 5);
    expect(step(0.3)).toBe(4);
  });

  // Percentages as the national map writes them: no decimals, plus the legend's extra ones.
  const percent = (v: number, extra: number) => `${(v * 100).toFixed(extra)} %`;

  it("labels the legend's steps with the metric's own precision when they read apart", () => {
    expect(legendSteps({ min: 0, max: 0.5 }, 5, percent).map((s) => `${s.from}–${s.to}`)).toEqual(["0 %–10 %", "10 %–20 %", "20 %–30 %", "30 %–40 %", "40 %–50 %"]);
  });

  it("adds decimals until no two steps read alike (every region near 5 %)", () => {
    const steps = legendSteps({ min: 0.05, max: 0.052 }, 5, percent);
    const labels = steps.map((s) => `${s.from}–${s.to}`);
    expect(new Set(labels).size).toBe(5);
    expect(labels[0]).toBe("5.00 %–5.04 %");
    expect(steps.map((s) => s.step)).toEqual([0, 1, 2, 3, 4]);
  });

  it("shows one step, the darkest, when every value is the same", () => {
    expect(legendSteps({ min: 0.3, max: 0.3 }, 5, percent)).toEqual([{ step: 4, from: "30 %", to: "30 %" }]);
  });
});

