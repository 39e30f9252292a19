// Measurements imported from CSV (many indicators of a region at once, all or nothing) and a plan
// exported with its indicators and measurements, on the spreadsheet engine, against PostgreSQL
// with the demo data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let engine: typeof import("@/lib/spreadsheets/import-engine");
let exportsLib: typeof import("@/lib/spreadsheets/exports");
let read: typeof import("@/lib/spreadsheets/read");
let errors: typeof import("@/lib/errors");
let plans: typeof import("@/lib/plans/data");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let cuscoPlanId: string;

const PLAN = "Plan Regional de Competitividad de Cusco 2011-2021";
const HEADER = "Plan;Código del objetivo;Código del indicador;Fecha;Valor;Fuente;Nota";

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [engine, exportsLib, read, errors, plans] = await Promise.all([
    import("@/lib/spreadsheets/import-engine"),
    import("@/lib/spreadsheets/exports"),
    import("@/lib/spreadsheets/read"),
    import("@/lib/errors"),
    import("@/lib/plans/data"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  cuscoPlanId = (await db.plan.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

const utf8 = (s: string) => new TextEncoder().encode(s);
async function upload(ctx: RegionContext, text: string) {
  const { jobId, validate } = await engine.startImport(ctx, "measurements", { name: "mediciones.csv", bytes: utf8(text) });
  await validate();
  return engine.getImportJob(ctx, jobId);
}
const thrown = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
const measurementCount = () => db.measurement.count();

describe("measurement import", () => {
  it("imports figures for several indicators at once, in either date format, and the statuses follow", async () => {
    const year = new Date().getUTCFullYear();
    const before = await measurementCount();
    const job = await upload(
      cusco,
      `${HEADER}\n${PLAN};OE1;I1.1;${year}-01-15;14,2;Informe;\n${PLAN.toUpperCase()};oe5;i5.1;15/01/${year};29.5;ENDES;Dato preliminar\n`,
    );
    expect(job.status).toBe("READY");
    expect(job.totalRows).toBe(2);
    const { count } = await engine.commitImport(cusco, job.id);
    expect(count).toBe(2);
    expect(await measurementCount()).toBe(before + 2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "Measurement", action: "IMPORT" }, orderBy: { at: "desc" } });
    expect(audit.after).toMatchObject({ count: 2 });
    // Both reached their targets (14.00 and 30 % with lower better): on track now.
    const plan = await plans.getPlan(cusco, cuscoPlanId);
    const all = plan.objectives.flatMap((o) => o.indicators);
    expect(all.find((i) => i.code === "I1.1")!.result).toMatchObject({ status: "ON_TRACK", reason: "targetReached" });
    expect(all.find((i) => i.code === "I5.1")!.latest?.value).toBe("29.5");
    // Importing the same file again is refused row by row: the figures are already there.
    const again = await upload(cusco, `${HEADER}\n${PLAN};OE1;I1.1;${year}-01-15;14,2;Informe;\n`);
    expect(again.status).toBe("INVALID");
    expect((await engine.getImportDetails(cusco, again.id)).errors[0]).toMatchObject({ row: 2, column: "measuredOn", code: "plans.importErrors.exists" });
  });

  it("one bad row commits nothing, and each error names its row and cell", async () => {
    const before = await measurementCount();
    const job = await upload(
      cusco,
      [
        HEADER,
        `${PLAN};OE2;I2.1;2024-12-31;3100;;`,
        `${PLAN};OE2;I9.9;2024-12-31;1;;`,
        `${PLAN};OE2;I2.2;31/02/2024;2,5;;`,
        `${PLAN};OE2;I2.3;2024-12-31;muchos;;`,
        `${PLAN};OE2;I2.1;2024-12-31;3200;;`,
        `Plan Basadre (borrador);OE1;I1.1;2024-12-31;5;;`,
      ].join("\n"),
    );
    expect(job.status).toBe("INVALID");
    const found = (await engine.getImportDetails(cusco, job.id)).errors.map((e) => `${e.row}:${e.column}:${e.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "3:indicator:plans.importErrors.unknownIndicator",
        "4:measuredOn:validation.plans.dateInvalid",
        "5:value:validation.plans.decimalInvalid",
        "6:measuredOn:plans.importErrors.repeated",
        // Tacna's plan is not Cusco's: unknown here.
        "7:indicator:plans.importErrors.unknownIndicator",
      ]),
    );
    expect(await thrown(engine.commitImport(cusco, job.id))).toBeTruthy();
    expect(await measurementCount()).toBe(before);
  });

  it("is for plan writers of the region only; another region's job is not found", async () => {
    const jobs = await db.importJob.count();
    expect(await thrown(engine.startImport(unsaacOffice, "measurements", { name: "a.csv", bytes: utf8(`${HEADER}\n${PLAN};OE1;I1.1;2024-12-31;1;;\n`) }))).toBeInstanceOf(
      errors.ForbiddenError,
    );
    expect(await db.importJob.count()).toBe(jobs);
    const job = await upload(cusco, `${HEADER}\n${PLAN};OE3;I3.1;2024-12-31;99;;\n`);
    expect(job.status).toBe("READY");
    const before = await measurementCount();
    expect(await thrown(engine.commitImport(tacna, job.id))).toBeInstanceOf(errors.NotFoundError);
    expect(await measurementCount()).toBe(before);
  });

  it("refuses at commit when an indicator was deleted since the file was checked", async () => {
    const ind = await db.indicator.findFirstOrThrow({ where: { regionId: cusco.regionId, code: "I6.1" }, select: { id: true, version: true } });
    const job = await upload(cusco, `${HEADER}\n${PLAN};OE6;I6.1;2024-12-31;20;;\n${PLAN};OE6;I6.2;2024-12-31;9;;\n`);
    expect(job.status).toBe("READY");
    await plans.deleteIndicator(cusco, { indicatorId: ind.id, version: ind.version, confirm: "on" });
    const before = await measurementCount();
    expect(await thrown(engine.commitImport(cusco, job.id))).toBeTruthy();
    expect(await measurementCount()).toBe(before);
    expect((await engine.getImportJob(cusco, job.id)).status).toBe("FAILED");
  });
});

describe("plan export", () => {
  it("exports one plan: a row per measurement, and a row for each indicator never measured", async () => {
    const { bytes } = await exportsLib.buildExport(cusco, "plan", "csv", "es", new URLSearchParams({ plan: cuscoPlanId }));
    const sheet = await read.readSpreadsheet("x.csv", bytes);
    expect(sheet.header.slice(0, 7)).toEqual(["Plan", "Estado del plan", "Periodo", "Código del objetivo", "Objetivo", "Código del indicador", "Indicador"]);
    const col = (name: string) => sheet.header.indexOf(name);
    const indicators = await db.indicator.findMany({ where: { objective: { planId: cuscoPlanId } }, select: { id: true, _count: { select: { measurements: true } } } });
    const expected = indicators.reduce((n, i) => n + Math.max(1, i._count.measurements), 0);
    expect(sheet.rows.length).toBe(expected);
    const fibre = sheet.rows.filter((r) => r.cells[col("Código del indicador")] === "I1.1");
    expect(fibre.map((r) => r.cells[col("Fecha")])).toEqual(expect.arrayContaining(["2012-12-31", "2013-12-31"]));
    expect(fibre[0]!.cells[col("Estado del plan")]).toBe("Vencido");
    const unmeasured = sheet.rows.find((r) => r.cells[col("Código del indicador")] === "I1.2")!;
    expect(unmeasured.cells[col("Fecha")]).toBe("");
    expect(unmeasured.cells[col("Estado actual del indicador")]).toBe("Sin datos");
  });

  it("never exports another region's plan", async () => {
    const { bytes } = await exportsLib.buildExport(tacna, "plan", "csv", "en", new URLSearchParams({ plan: cuscoPlanId }));
    const sheet = await read.readSpreadsheet("x.csv", bytes);
    expect(sheet.rows.length).toBe(0);
    const all = await read.readSpreadsheet("x.csv", (await exportsLib.buildExport(tacna, "plan", "csv", "en", new URLSearchParams())).bytes);
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rows.every((r) => r.cells[0] === "Plan Basadre (borrador)")).toBe(true);
  });
});
