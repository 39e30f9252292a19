// Exports of actors, council seats and agreements against the demo data: the files parse back
// to exactly the region's rows, with headers and labels in the reader's language; filters;
// who may export; another region's data never appears.
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

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let nationalViewer: RegionContext;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [exports, read, errors] = await Promise.all([import("@/lib/spreadsheets/exports"), import("@/lib/spreadsheets/read"), import("@/lib/errors")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  nationalViewer = await regionContextOf("multisectorial@minka.example", "cusco");
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

async function exported(ctx: RegionContext, name: string, format: "csv" | "xlsx", locale: "es" | "en", params = "") {
  const { bytes, fileBase } = await exports.buildExport(ctx, name, format, locale, new URLSearchParams(params));
  return { ...(await read.readSpreadsheet(`x.${format}`, bytes)), fileBase };
}

describe("actors", () => {
  it("CSV in Spanish: every live actor of the region, labels translated, nothing from Tacna", async () => {
    const sheet = await exported(cusco, "actors", "csv", "es");
    expect(sheet.header.slice(0, 6)).toEqual(["Nombre", "Sigla", "Hélice", "Tipo", "Provincia", "RUC"]);
    const live = await db.actor.findMany({ where: { regionId: cusco.regionId, archivedAt: null }, select: { name: true, ruc: true, helix: true } });
    expect(sheet.rows).toHaveLength(live.length);
    expect(new Set(sheet.rows.map((r) => r.cells[0]))).toEqual(new Set(live.map((a) => a.name)));
    const tacnaNames = new Set((await db.actor.findMany({ where: { regionId: tacna.regionId }, select: { name: true } })).map((a) => a.name));
    expect(sheet.rows.some((r) => tacnaNames.has(r.cells[0]!) && !live.some((a) => a.name === r.cells[0]))).toBe(false);
    const withRuc = live.find((a) => a.ruc && a.helix === "BUSINESS")!;
    const row = sheet.rows.find((r) => r.cells[5] === withRuc.ruc)!;
    expect(row.cells[2]).toBe("Empresa");
    expect(sheet.fileBase).toMatch(/^cusco-Actores-\d{4}-\d{2}-\d{2}$/);
  });

  it("XLSX in English, with the list's filters", async () => {
    const sheet = await exported(cusco, "actors", "xlsx", "en", "helix=ACADEMIA");
    expect(sheet.header[0]).toBe("Name");
    const academia = await db.actor.count({ where: { regionId: cusco.regionId, archivedAt: null, helix: "ACADEMIA" } });
    expect(academia).toBeGreaterThan(0);
    expect(sheet.rows).toHaveLength(academia);
    expect(sheet.rows.every((r) => r.cells[2] === "Academia")).toBe(true);
    const searched = await exported(cusco, "actors", "csv", "es", "q=universidad");
    expect(searched.rows.length).toBeGreaterThan(0);
    expect(searched.rows.every((r) => /universidad/i.test(r.cells[0]!) || /universidad/i.test(r.cells[1] ?? ""))).toBe(true);
  });
});

describe("council", () => {
  it("seats with council, institution, role, voting and dates", async () => {
    const seats = await db.seat.findMany({ where: { regionId: cusco.regionId }, select: { voting: true, startsOn: true, actor: { select: { name: true } } } });
    expect(seats.length).toBeGreaterThan(0);
    const sheet = await exported(cusco, "seats", "xlsx", "es");
    expect(sheet.header).toEqual(["Consejo", "Institución", "Sigla", "Hélice", "Cargo", "Con voto", "Desde", "Hasta"]);
    expect(sheet.rows).toHaveLength(seats.length);
    const first = seats[0]!;
    expect(sheet.rows.some((r) => r.cells[1] === first.actor.name && r.cells[5] === (first.voting ? "Sí" : "No") && r.cells[6] === first.startsOn.toISOString().slice(0, 10))).toBe(true);
  });

  it("agreements with reference, text, owner, due date, status and meeting date", async () => {
    const agreements = await db.agreement.count({ where: { regionId: cusco.regionId } });
    const sheet = await exported(cusco, "agreements", "csv", "en");
    expect(sheet.header).toEqual(["Reference", "Text", "Responsible", "Due", "Status", "Done on", "Council", "Meeting", "Meeting date"]);
    expect(sheet.rows).toHaveLength(agreements);
    for (const r of sheet.rows) {
      expect(["Pending", "In progress", "Done", "Dropped"]).toContain(r.cells[4]);
      expect(r.cells[8]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("who may export", () => {
  it("every reader of the region: institution offices and national viewers too", async () => {
    for (const ctx of [unsaacOffice, nationalViewer]) expect((await exported(ctx, "seats", "csv", "es")).rows.length).toBeGreaterThan(0);
  });

  it("another region's data needs that region's gate; unknown datasets are not found", async () => {
    await expect(regionContextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(exports.buildExport(cusco, "nothing", "csv", "es", new URLSearchParams())).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(exports.buildExport(cusco, "constructor", "csv", "es", new URLSearchParams())).rejects.toBeInstanceOf(errors.NotFoundError);
    const tacnaSeats = await exported(tacna, "seats", "csv", "es");
    const cuscoInstitutions = new Set((await db.actor.findMany({ where: { regionId: cusco.regionId }, select: { name: true } })).map((a) => a.name));
    expect(tacnaSeats.rows.every((r) => !cuscoInstitutions.has(r.cells[1]!))).toBe(true);
  });
});
