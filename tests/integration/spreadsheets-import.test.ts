// The spreadsheet import engine with the actor import, against PostgreSQL and the demo data:
// 10,000 rows committed in one transaction; one bad row among 10,000 commits nothing and is
// reported in Spanish and English; header, value and duplicate errors; tenant isolation and
// permissions; commit failures roll back; stuck jobs are reported failed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseActorName } from "@/lib/actors/normalise";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let engine: typeof import("@/lib/spreadsheets/import-engine");
let messages: typeof import("@/lib/spreadsheets/messages");
let ids: typeof import("@/lib/validation/identifiers");
let errors: typeof import("@/lib/errors");
let write: typeof import("@/lib/spreadsheets/write");
let actorImport: typeof import("@/lib/actors/import");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let nationalViewer: RegionContext;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [engine, messages, ids, errors, write, actorImport] = await Promise.all([
    import("@/lib/spreadsheets/import-engine"),
    import("@/lib/spreadsheets/messages"),
    import("@/lib/validation/identifiers"),
    import("@/lib/errors"),
    import("@/lib/spreadsheets/write"),
    import("@/lib/actors/import"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  nationalViewer = await regionContextOf("multisectorial@minka.example", "cusco");
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

let serial = 0;
/** A valid RUC no demo actor has. */
function freshRuc(): string {
  serial += 1;
  const ten = `20${String(97_000_000 + serial).padStart(8, "0")}`;
  return `${ten}${ids.rucCheckDigit(ten)}`;
}
/** The same first ten digits with the wrong check digit. */
function badRuc(): string {
  const good = freshRuc();
  return `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER_ES = "Nombre;Sigla;Hélice;Tipo;Provincia;RUC;Tamaño de empresa;Código CIIU";

/** Imports and validates a file, as the upload route does (without `after`). */
async function upload(ctx: RegionContext, text: string | Uint8Array, name = "actores.csv") {
  const { jobId, validate } = await engine.startImport(ctx, "actors", { name, bytes: typeof text === "string" ? utf8(text) : text });
  await validate();
  return engine.getImportJob(ctx, jobId);
}

async function rowErrors(ctx: RegionContext, jobId: string) {
  return (await engine.getImportDetails(ctx, jobId)).errors;
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

function bulkFile(rows: number, tag: string, bad?: { index: number; ruc: string }): string {
  const lines = [HEADER_ES];
  for (let i = 0; i < rows; i++) {
    const ruc = bad?.index === i ? bad.ruc : freshRuc();
    lines.push(`Empresa ${tag} ${i};E${i};Empresa;FIRM;0801;${ruc};SMALL;1079`);
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

describe("10,000 rows", () => {
  it("validates in chunks, then commits every row in one transaction with one audit entry", async () => {
    const started = Date.now();
    const job = await upload(cusco, bulkFile(10_000, "masiva"));
    expect(job.status).toBe("READY");
    expect(job.totalRows).toBe(10_000);
    expect(job.processedRows).toBe(10_000);
    expect(job.errorCount).toBe(0);
    const auditBefore = await db.auditEntry.count({ where: { action: "IMPORT" } });
    const { count } = await engine.commitImport(cusco, job.id);
    expect(count).toBe(10_000);
    expect(Date.now() - started).toBeLessThan(90_000);

    const created = await db.actor.findMany({ where: { regionId: cusco.regionId, name: { startsWith: "Empresa masiva " } }, select: { name: true, nameKey: true, helix: true, type: true, ruc: true, firmSize: true, ciiuCode: true, province: { select: { code: true } } } });
    expect(created).toHaveLength(10_000);
    // Each row carries the duplicate check's name key, as a row saved through the form does.
    expect(created.filter((a) => a.nameKey !== normaliseActorName(a.name))).toEqual([]);
    expect(new Set(created.map((a) => a.ruc)).size).toBe(10_000);
    expect(created.every((a) => a.helix === "BUSINESS" && a.type === "FIRM" && a.firmSize === "SMALL" && a.ciiuCode === "1079" && a.province?.code === "0801")).toBe(true);

    const audits = await db.auditEntry.findMany({ where: { action: "IMPORT" }, orderBy: { id: "desc" } });
    expect(audits.length).toBe(auditBefore + 1);
    expect(audits[0]).toMatchObject({ entity: "Actor", regionId: cusco.regionId, userId: cusco.userId, after: { count: 10_000, fileName: "actores.csv" } });
    expect((await engine.getImportJob(cusco, job.id)).status).toBe("COMMITTED");
    // The staged rows are dropped once inserted; the preview stays.
    const stored = (await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { rows: true } })).rows as Record<string, unknown>;
    expect(stored).not.toHaveProperty("data");
    expect(stored.preview).toHaveLength(10);
    // A second commit of the same job does nothing.
    expect(await thrown(engine.commitImport(cusco, job.id))).toBeInstanceOf(errors.InvalidInputError);
    expect(await db.actor.count({ where: { regionId: cusco.regionId, name: { startsWith: "Empresa masiva " } } })).toBe(10_000);
  }, 180_000);

  it("one bad RUC among 10,000 commits nothing and names that row in Spanish and English", async () => {
    const before = await db.actor.count();
    const job = await upload(cusco, bulkFile(10_000, "con-error", { index: 6_000, ruc: badRuc() }));
    expect(job.status).toBe("INVALID");
    expect(job.errorCount).toBe(1);
    const [error] = await rowErrors(cusco, job.id);
    // Row 6,002: the header is row 1, the first data row is row 2.
    expect(error).toMatchObject({ row: 6_002, column: "ruc", code: "validation.actors.rucCheck" });
    const columns = actorImport.actorImport.columns;
    expect(messages.rowErrorText("es", error!, columns)).toBe(
      "Fila 6002, columna RUC: Este RUC no es válido: revise los dígitos (el prefijo debe ser 10, 15, 16, 17 o 20 y el último dígito es de control).",
    );
    expect(messages.rowErrorText("en", error!, columns)).toMatch(/^Row 6002, column RUC: /);
    expect(await thrown(engine.commitImport(cusco, job.id))).toBeInstanceOf(errors.InvalidInputError);
    expect(await db.actor.count()).toBe(before);
    expect(await db.actor.count({ where: { name: { startsWith: "Empresa con-error " } } })).toBe(0);
  }, 180_000);
});

describe("row and header errors", () => {
  it("refuses unknown, repeated and missing columns at once, before any row", async () => {
    const job = await upload(cusco, "Nombre,Helice,Hélice,Provnicia\nX,BUSINESS,BUSINESS,Cusco\n");
    expect(job.status).toBe("INVALID");
    const found = await rowErrors(cusco, job.id);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: "helix", code: "duplicateColumn" }),
        expect.objectContaining({ row: 1, column: null, code: "unknownColumn", params: { header: "Provnicia" } }),
        expect.objectContaining({ row: 1, column: "type", code: "missingColumn" }),
      ]),
    );
    expect(messages.rowErrorText("es", found.find((e) => e.code === "unknownColumn")!, [])).toBe("Fila 1: la columna «Provnicia» no es de la plantilla.");
  });

  it("accepts English headers, codes and labels in either language, provinces by code or name", async () => {
    const ruc = freshRuc();
    const text = [
      "name *,helix,type,province,ruc,firm size,formality,ICT adoption",
      `Mixta Uno,Business,Empresa,anta,${ruc},Pequeña empresa,formal,Básica`,
      "Mixta Dos,Academia,University,0801,,,,",
    ].join("\n");
    const job = await upload(cusco, text);
    expect(job.status, JSON.stringify(await rowErrors(cusco, job.id))).toBe("READY");
    await engine.commitImport(cusco, job.id);
    const one = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, name: "Mixta Uno" }, select: { helix: true, type: true, firmSize: true, formality: true, ictAdoption: true, ruc: true, province: { select: { name: true } } } });
    expect(one).toEqual({ helix: "BUSINESS", type: "FIRM", firmSize: "SMALL", formality: "FORMAL", ictAdoption: "BASIC", ruc, province: { name: "Anta" } });
    const two = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, name: "Mixta Dos" }, select: { helix: true, type: true, firmSize: true, province: { select: { code: true } } } });
    expect(two).toEqual({ helix: "ACADEMIA", type: "UNIVERSITY", firmSize: null, province: { code: "0801" } });
  });

  it("reports every bad cell with its row: values, provinces, identifiers, duplicates", async () => {
    const existing = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, ruc: { not: null } }, select: { ruc: true, name: true } });
    const repeated = freshRuc();
    const text = [
      HEADER_ES,
      "Buena;;Empresa;FIRM;0801;;;",
      ";;Empresa;FIRM;;;;", // row 3: no name
      "Hélice rara;;Mercado;FIRM;;;;", // row 4
      "Provincia rara;;Empresa;FIRM;Arequipa;;;", // row 5
      `Con RUC existente;;Empresa;FIRM;;${existing.ruc};;`, // row 6
      `Repetida A;;Empresa;FIRM;;${repeated};;`, // row 7
      `Repetida B;;Empresa;FIRM;;${repeated};;`, // row 8
      `${existing.name};;Empresa;FIRM;;;;`, // row 9
      "CIIU raro;;Empresa;FIRM;;;;12345", // row 10
      "Buena;;Empresa;FIRM;;;;", // row 11: same name as row 2
    ].join("\n");
    const before = await db.actor.count();
    const job = await upload(cusco, text);
    expect(job.status).toBe("INVALID");
    const found = (await rowErrors(cusco, job.id)).map((e) => [e.row, e.column, e.code]);
    expect(found).toEqual([
      [3, "name", "required"],
      [4, "helix", "unknownValue"],
      [5, "province", "unknownProvince"],
      [6, "ruc", "rucExists"],
      [8, "ruc", "rucRepeated"],
      [9, "name", "nameExists"],
      [10, "ciiuCode", "validation.actors.ciiuInvalid"],
      [11, "name", "nameRepeated"],
    ]);
    const all = await rowErrors(cusco, job.id);
    expect(messages.rowErrorText("es", all[1]!, actorImport.actorImport.columns)).toBe("Fila 4, columna Hélice: «Mercado» no es una de las opciones de la lista.");
    expect(messages.rowErrorText("en", all[4]!, actorImport.actorImport.columns)).toBe(`Row 8, column RUC: RUC ${repeated} already appears in row 7.`);
    expect(await db.actor.count()).toBe(before);
  });

  it("reads XLSX files the same way, and its own template imports cleanly", async () => {
    const template = await (await import("@/lib/spreadsheets/template")).buildTemplate(actorImport.actorImport, "es", "xlsx");
    const job = await upload(cusco, template, "plantilla.xlsx");
    expect(job.status, JSON.stringify(await rowErrors(cusco, job.id))).toBe("READY");
    expect(job.totalRows).toBe(2);
    const csvTemplate = await (await import("@/lib/spreadsheets/template")).buildTemplate(actorImport.actorImport, "en", "csv");
    const csvJob = await upload(tacna, csvTemplate, "template.csv");
    // Tacna has no province "Cusco" / "0801": the template's examples are Cusco's.
    expect((await rowErrors(tacna, csvJob.id)).map((e) => e.code)).toEqual(["unknownProvince", "unknownProvince"]);
  });

  it("refuses unreadable files before staging anything", async () => {
    const jobs = await db.importJob.count();
    const error = await thrown(engine.startImport(cusco, "actors", { name: "a.xlsx", bytes: utf8("no es un libro") }));
    expect(error).toMatchObject({ code: "unreadable" });
    expect(await db.importJob.count()).toBe(jobs);
  });
});

describe("tenancy and permissions", () => {
  it("another region's job answers not found, to read and to commit", async () => {
    const job = await upload(cusco, `${HEADER_ES}\nSolo Cusco;;Empresa;FIRM;;;;\n`);
    expect(job.status).toBe("READY");
    expect(await thrown(engine.getImportJob(tacna, job.id))).toBeInstanceOf(errors.NotFoundError);
    expect(await thrown(engine.getImportDetails(tacna, job.id))).toBeInstanceOf(errors.NotFoundError);
    expect(await thrown(engine.commitImport(tacna, job.id))).toBeInstanceOf(errors.NotFoundError);
    expect(await thrown(engine.getImportJob(tacna, "not-a-uuid"))).toBeInstanceOf(errors.NotFoundError);
    expect((await engine.getImportJob(cusco, job.id)).status).toBe("READY");
    expect(await db.actor.count({ where: { name: "Solo Cusco" } })).toBe(0);
  });

  it("callers without actors.write cannot upload, see or commit an actor import", async () => {
    const jobs = await db.importJob.count();
    for (const ctx of [unsaacOffice, nationalViewer]) {
      expect(await thrown(engine.startImport(ctx, "actors", { name: "a.csv", bytes: utf8(`${HEADER_ES}\nX;;Empresa;FIRM;;;;\n`) }))).toBeInstanceOf(errors.ForbiddenError);
    }
    expect(await db.importJob.count()).toBe(jobs);
    const job = await upload(cusco, `${HEADER_ES}\nNo para la oficina;;Empresa;FIRM;;;;\n`);
    expect(await thrown(engine.getImportJob(unsaacOffice, job.id))).toBeInstanceOf(errors.NotFoundError);
    expect(await thrown(engine.commitImport(unsaacOffice, job.id))).toBeInstanceOf(errors.NotFoundError);
    expect(await thrown(engine.startImport(cusco, "nothing", { name: "a.csv", bytes: utf8("a\n1\n") }))).toBeInstanceOf(errors.NotFoundError);
  });
});

describe("failures", () => {
  it("a commit that fails rolls every row back and marks the job failed", async () => {
    const ruc = freshRuc();
    const job = await upload(cusco, `${HEADER_ES}\nPrimera;;Empresa;FIRM;;${ruc};;\nSegunda;;Empresa;FIRM;;;;\n`);
    expect(job.status).toBe("READY");
    // Someone registers the same RUC between the check and the commit.
    await db.actor.create({ data: { regionId: cusco.regionId, name: "Registrada entre tanto", helix: "BUSINESS", type: "FIRM", ruc } });
    const before = await db.actor.count();
    const audit = await db.auditEntry.count();
    const error = await thrown(engine.commitImport(cusco, job.id));
    expect(error).toMatchObject({ messageKey: "stale" });
    expect(await db.actor.count()).toBe(before);
    expect(await db.auditEntry.count()).toBe(audit);
    expect((await engine.getImportJob(cusco, job.id)).status).toBe("FAILED");
  });

  it("a job that has not moved for more than 10 minutes is reported failed", async () => {
    const { jobId } = await engine.startImport(cusco, "actors", { name: "a.csv", bytes: utf8(`${HEADER_ES}\nNunca validada;;Empresa;FIRM;;;;\n`) });
    expect((await engine.getImportJob(cusco, jobId)).status).toBe("VALIDATING");
    await db.$executeRaw`update "ImportJob" set "updatedAt" = now() - interval '9 minutes' where id = ${jobId}::uuid`;
    expect((await engine.getImportJob(cusco, jobId)).status).toBe("VALIDATING");
    await db.$executeRaw`update "ImportJob" set "updatedAt" = now() - interval '11 minutes' where id = ${jobId}::uuid`;
    expect((await engine.getImportJob(cusco, jobId)).status).toBe("FAILED");
    expect((await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("FAILED");
  });

  it("staging an upload is audited (no region data changes yet)", async () => {
    const { jobId } = await engine.startImport(cusco, "actors", { name: "auditada.csv", bytes: utf8(write.toCsv(["Nombre", "Hélice", "Tipo"], [["Auditada", "Empresa", "FIRM"]])) });
    const entry = await db.auditEntry.findFirst({ where: { entity: "ImportJob", entityId: jobId } });
    expect(entry).toMatchObject({ action: "CREATE", after: { fileName: "auditada.csv", kind: "ACTORS", totalRows: 1 } });
  });
});
