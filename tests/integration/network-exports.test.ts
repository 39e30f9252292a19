// The cooperation network's exports (network-nodes, network-edges) against the demo data: one
// row per actor and per link of regionNetwork for the year asked for, headers and labels in the
// reader's language, the kind filter, the year's default, and another region's admin reading
// only their own region.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let exports: typeof import("@/lib/spreadsheets/exports");
let read: typeof import("@/lib/spreadsheets/read");
let errors: typeof import("@/lib/errors");
let metrics: typeof import("@/lib/metrics");

let cusco: RegionContext;
let tacna: RegionContext;
/** A year in which Cusco's network has links (the seed has evidence 2014–2026). */
let year: number;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [exports, read, errors, metrics] = await Promise.all([
    import("@/lib/spreadsheets/exports"),
    import("@/lib/spreadsheets/read"),
    import("@/lib/errors"),
    import("@/lib/metrics"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  const current = new Date().getUTCFullYear();
  for (const y of [current, 2024, 2020, 2016]) {
    if ((await metrics.regionNetwork(cusco.regionId, { year: y })).edges.length > 0) {
      year = y;
      break;
    }
  }
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

async function exported(ctx: RegionContext, name: string, format: "csv" | "xlsx", locale: "es" | "en", params = "") {
  const { bytes, fileBase } = await exports.buildExport(ctx, name, format, locale, new URLSearchParams(params));
  return { ...(await read.readSpreadsheet(`x.${format}`, bytes)), fileBase };
}

describe("network-nodes", () => {
  it("CSV in Spanish: one row per actor of the year's network, by degree, community 1-based", async () => {
    expect(year).toBeDefined();
    const network = await metrics.regionNetwork(cusco.regionId, { year });
    expect(network.nodes.length).toBeGreaterThan(0);
    const sheet = await exported(cusco, "network-nodes", "csv", "es", `year=${year}`);
    expect(sheet.header).toEqual(["Actor", "Hélice", "Vínculos", "Comunidad"]);
    expect(sheet.rows).toHaveLength(network.nodes.length);
    expect(new Set(sheet.rows.map((r) => r.cells[0]))).toEqual(new Set(network.nodes.map((n) => n.label)));
    const degrees = sheet.rows.map((r) => Number(r.cells[2]));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const top = [...network.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    expect(degrees[0]).toBe(top.degree);
    const helices = new Set(["Gobierno", "Academia", "Investigación", "Empresa", "Sociedad civil", "Internacional"]);
    expect(sheet.rows.every((r) => helices.has(r.cells[1]!))).toBe(true);
    const communities = sheet.rows.map((r) => Number(r.cells[3]));
    expect(Math.min(...communities)).toBe(1);
    expect(Math.max(...communities)).toBe(Math.max(...network.nodes.map((n) => n.community)) + 1);
    expect(sheet.fileBase).toMatch(/^cusco-Red de actores-\d{4}-\d{2}-\d{2}$/);
  });

  it("XLSX in English; without a year (or with a bad one) the current year", async () => {
    const sheet = await exported(cusco, "network-nodes", "xlsx", "en", `year=${year}`);
    expect(sheet.header).toEqual(["Actor", "Helix", "Links", "Community"]);
    const helices = new Set(["Government", "Academia", "Research", "Business", "Civil society", "International"]);
    expect(sheet.rows.every((r) => helices.has(r.cells[1]!))).toBe(true);

    const current = await metrics.regionNetwork(cusco.regionId, { year: new Date().getUTCFullYear() });
    for (const params of ["", "year=20x4", "year=1999", "year=3000"]) {
      expect((await exported(cusco, "network-nodes", "csv", "es", params)).rows, params).toHaveLength(current.nodes.length);
    }
  });
});

describe("network-edges", () => {
  it("one row per link, by weight, with both actors' names and the kinds translated", async () => {
    const network = await metrics.regionNetwork(cusco.regionId, { year });
    const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
    const sheet = await exported(cusco, "network-edges", "csv", "es", `year=${year}`);
    expect(sheet.header).toEqual(["Actor", "Con", "Peso", "Evidencia"]);
    expect(sheet.rows).toHaveLength(network.edges.length);
    const weights = sheet.rows.map((r) => Number(r.cells[2]));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const heaviest = [...network.edges].sort((a, b) => b.weight - a.weight)[0]!;
    expect(weights[0]).toBeCloseTo(heaviest.weight, 6);
    const pairs = new Set(network.edges.map((e) => `${labels.get(e.source)}|${labels.get(e.target)}`));
    expect(sheet.rows.every((r) => pairs.has(`${r.cells[0]}|${r.cells[1]}`))).toBe(true);
    const kindLabels = new Set(["Proyecto conjunto", "Convenio", "Evento conjunto", "Consejo"]);
    expect(sheet.rows.every((r) => r.cells[3]!.split(", ").every((k) => kindLabels.has(k)))).toBe(true);
  });

  it("the kind filter (repeatable, as on the dashboard) keeps only those links", async () => {
    const all = await exported(cusco, "network-edges", "csv", "en", `year=${year}`);
    const projects = await exported(cusco, "network-edges", "csv", "en", `year=${year}&kind=PROJECT`);
    const expected = await metrics.regionNetwork(cusco.regionId, { year, kinds: ["PROJECT"] });
    expect(projects.header).toEqual(["Actor", "With", "Weight", "Evidence"]);
    expect(projects.rows).toHaveLength(expected.edges.length);
    expect(projects.rows.length).toBeLessThan(all.rows.length);
    expect(projects.rows.every((r) => r.cells[3] === "Joint project")).toBe(true);

    const two = await exported(cusco, "network-edges", "csv", "en", `year=${year}&kind=PROJECT&kind=CONVENIO`);
    const expectedTwo = await metrics.regionNetwork(cusco.regionId, { year, kinds: ["PROJECT", "CONVENIO"] });
    expect(two.rows).toHaveLength(expectedTwo.edges.length);
    expect(two.rows.length).toBeGreaterThanOrEqual(projects.rows.length);
    // Unknown kinds are ignored: every link.
    expect((await exported(cusco, "network-edges", "csv", "en", `year=${year}&kind=NOTHING`)).rows).toHaveLength(all.rows.length);
  });
});

describe("who may export", () => {
  it("another region's admin has no gate to Cusco and exports only their own region's network", async () => {
    await expect(regionContextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(errors.NotFoundError);
    const cuscoNetwork = await metrics.regionNetwork(cusco.regionId, { year });
    const tacnaNetwork = await metrics.regionNetwork(tacna.regionId, { year });
    const sheet = await exported(tacna, "network-nodes", "csv", "es", `year=${year}`);
    expect(sheet.rows).toHaveLength(tacnaNetwork.nodes.length);
    const cuscoOnly = new Set(cuscoNetwork.nodes.map((n) => n.label).filter((l) => !tacnaNetwork.nodes.some((n) => n.label === l)));
    expect(cuscoOnly.size).toBeGreaterThan(0);
    expect(sheet.rows.some((r) => cuscoOnly.has(r.cells[0]!))).toBe(false);
    expect(sheet.fileBase).toMatch(/^tacna-/);
  });
});
