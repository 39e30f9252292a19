// Projects through the spreadsheet engine, against PostgreSQL with the demo data: an import of
// 5,000 projects with participants (from two regions) and funding lines in one transaction; bad
// rows reported on their cells with nothing written; the research office's rule (its own
// institution in every row); the "projects" export read back by the import (round trip); the
// PeruCRIS tables (CERIF roles, funding amounts, FORD/CIIU), scoped to the caller's region, the
// team table for members of the region only.
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
let messages: typeof import("@/lib/spreadsheets/messages");
let errors: typeof import("@/lib/errors");
let projects: typeof import("@/lib/projects/data");
let schema: typeof import("@/lib/projects/schema");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let viewer: RegionContext;

const ref = {} as { unsaacName: string; firmRef: string; tacnaName: string; areaKey: string; provinceCode: string };

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [engine, exportsLib, read, messages, errors, projects, schema] = await Promise.all([
    import("@/lib/spreadsheets/import-engine"),
    import("@/lib/spreadsheets/exports"),
    import("@/lib/spreadsheets/read"),
    import("@/lib/spreadsheets/messages"),
    import("@/lib/errors"),
    import("@/lib/projects/data"),
    import("@/lib/projects/schema"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  viewer = await regionContextOf("multisectorial@minka.example", "cusco");

  ref.unsaacName = (await db.actor.findUniqueOrThrow({ where: { id: unsaacOffice.actorId! }, select: { name: true } })).name;
  const firm = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, type: "FIRM", archivedAt: null }, select: { name: true, ruc: true }, orderBy: { name: "asc" } });
  ref.firmRef = firm.ruc ?? firm.name;
  ref.tacnaName = (await db.actor.findUniqueOrThrow({ where: { id: (await regionContextOf("investigacion.unjbg@minka.example", "tacna")).actorId! }, select: { name: true } })).name;
  ref.areaKey = (await db.priorityArea.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { key: true } })).key;
  ref.provinceCode = (await db.province.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { code: true } })).code;
}, 180_000);

afterAll(() => closeDemoDatabase(tdb, db));

const HEADER = "Código;Título;Tipo;Estado;Inicio;Fin;TRL;FORD;CIIU;Áreas prioritarias;Provincias;Participantes;Financiamiento;Resumen";
const utf8 = (text: string) => new TextEncoder().encode(text);

function row(cells: Partial<Record<"code" | "title" | "type" | "status" | "startsOn" | "endsOn" | "trl" | "ford" | "ciiu" | "areas" | "provinces" | "participants" | "funding", string>>): string {
  const c = {
    code: "",
    title: "Proyecto importado",
    type: "Investigación aplicada",
    status: "ACTIVE",
    startsOn: "2025-01-01",
    endsOn: "31/12/2026",
    trl: "3",
    ford: "4.02",
    ciiu: "1311",
    areas: ref.areaKey,
    provinces: ref.provinceCode,
    participants: `${ref.unsaacName}:Coordinador; ${ref.firmRef}:PARTNER; ${ref.tacnaName}:Socio`,
    funding: "Canon y regalías mineras:1000.50:PEN:Canon 2025",
    ...cells,
  };
  // Quoted: the lists inside a cell are separated by ";" too.
  return [c.code, c.title, c.type, c.status, c.startsOn, c.endsOn, c.trl, c.ford, c.ciiu, c.areas, c.provinces, c.participants, c.funding, ""].map((v) => `"${v}"`).join(";");
}

async function upload(ctx: RegionContext, text: string | Uint8Array, name = "proyectos.csv") {
  const { jobId, validate } = await engine.startImport(ctx, "projects", { name, bytes: typeof text === "string" ? utf8(text) : text });
  await validate();
  return engine.getImportJob(ctx, jobId);
}

async function counts() {
  const [p, pp, fl] = await Promise.all([db.project.count(), db.projectParticipant.count(), db.fundingLine.count()]);
  return { p, pp, fl };
}

describe("import", () => {
  it("imports 5,000 projects with participants from two regions and funding, in one transaction", async () => {
    const before = await counts();
    const lines = Array.from({ length: 5000 }, (_, i) => row({ code: `IMP-${i}`, title: `Proyecto masivo ${i}` }));
    const job = await upload(cusco, [HEADER, ...lines].join("\n"));
    expect(job).toMatchObject({ status: "READY", totalRows: 5000, processedRows: 5000, errorCount: 0 });
    const { count } = await engine.commitImport(cusco, job.id);
    expect(count).toBe(5000);
    expect(await counts()).toEqual({ p: before.p + 5000, pp: before.pp + 15000, fl: before.fl + 5000 });
    const audit = await db.auditEntry.findMany({ where: { regionId: cusco.regionId, action: "IMPORT", entity: "Project" }, select: { after: true } });
    expect(audit).toHaveLength(1);
    // The derived flags of the imported projects: a firm and another region's university.
    const list = await projects.listProjects(cusco, schema.parseProjectListQuery({ q: "Proyecto masivo 4999" }));
    expect(list.items[0]).toMatchObject({ code: "IMP-4999", linksAcademiaBusiness: true, spansRegions: true });
    const line = await db.fundingLine.findFirstOrThrow({ where: { project: { code: "IMP-17" } }, select: { source: true, awardedAmount: true, currency: true, programme: true } });
    expect(line).toMatchObject({ source: "CANON_ROYALTIES", currency: "PEN", programme: "Canon 2025" });
    expect(line.awardedAmount.toFixed(2)).toBe("1000.50");
  }, 300_000);

  it("reports bad rows on their cells and writes nothing", async () => {
    const before = await counts();
    const job = await upload(
      cusco,
      [
        HEADER,
        row({ title: "Fila buena" }),
        row({ participants: `${ref.firmRef}:PARTNER` }),
        row({ participants: "Organización que no existe:Coordinador" }),
        row({ participants: `${ref.unsaacName}:Coordinador; ${ref.firmRef}:Jefe` }),
        row({ participants: `${ref.unsaacName}:Coordinador; ${ref.firmRef}:Socio; ${ref.firmRef}:Socio` }),
        row({ funding: "Canon y regalías mineras:-10" }),
        row({ funding: "Privado:10:BTC" }),
        row({ funding: "Lotería:10" }),
        row({ startsOn: "2027-01-01", endsOn: "2026-01-01" }),
        row({ areas: "área inventada" }),
        row({ type: "Investigación secreta" }),
      ].join("\n"),
    );
    expect(job.status).toBe("INVALID");
    const details = await engine.getImportDetails(cusco, job.id);
    const byRow = Object.fromEntries(details.errors.map((e) => [e.row, `${e.column}:${e.code}`]));
    expect(byRow).toEqual({
      3: "participants:validation.projects.coordinatorMissing",
      4: "participants:projects.importErrors.unknownActor",
      5: "participants:projects.importErrors.unknownRole",
      6: "participants:validation.projects.participantDuplicate",
      7: "funding:validation.projects.amountNegative",
      8: "funding:validation.projects.currencyUnknown",
      9: "funding:projects.importErrors.unknownSource",
      10: "endsOn:validation.projects.datesOrder",
      11: "priorityAreas:projects.importErrors.unknownArea",
      12: "type:unknownValue",
    });
    // Every message exists in both languages.
    for (const e of details.errors) for (const locale of ["es", "en"] as const) expect(messages.hasMessage(locale, messages.messageKey(e.code, "imports.errors")), e.code).toBe(true);
    await expect(engine.commitImport(cusco, job.id)).rejects.toBeInstanceOf(errors.InvalidInputError);
    expect(await counts()).toEqual(before);
  });

  it("a research office imports only projects its institution takes part in; a viewer cannot import", async () => {
    const job = await upload(unsaacOffice, [HEADER, row({ title: "De la oficina" }), row({ participants: `${ref.firmRef}:Coordinador` })].join("\n"));
    expect(job.status).toBe("INVALID");
    const details = await engine.getImportDetails(unsaacOffice, job.id);
    expect(details.errors.map((e) => [e.row, e.code])).toEqual([[3, "validation.projects.ownInstitutionRequired"]]);

    const ok = await upload(unsaacOffice, [HEADER, row({ title: "De la oficina, bien" })].join("\n"));
    expect(ok.status).toBe("READY");
    expect((await engine.commitImport(unsaacOffice, ok.id)).count).toBe(1);

    await expect(upload(viewer, [HEADER, row({})].join("\n"))).rejects.toBeInstanceOf(errors.ForbiddenError);
    // Another region's admin cannot see the job.
    await expect(engine.getImportJob(tacna, ok.id)).rejects.toBeInstanceOf(errors.NotFoundError);
  });
});

describe("exports", () => {
  const params = (q: Record<string, string> = {}) => new URLSearchParams(q);

  it("the projects export is the import's layout: it reads back as a valid import", async () => {
    await projects.createProject(
      cusco,
      schema.CreateProjectInput.parse({
        title: "Exportable de ida y vuelta",
        type: "INNOVATION",
        status: "PROPOSED",
        fordCode: "2.05",
        ciiuCode: "1311",
        "participants.0.actorId": unsaacOffice.actorId!,
        "participants.0.role": "COORDINATOR",
        "funding.0.source": "PROINNOVATE",
        "funding.0.currency": "USD",
        "funding.0.awardedAmount": "7500",
        "funding.0.programme": "Convocatoria: 2026",
      }),
    );
    for (const format of ["csv", "xlsx"] as const) {
      const { bytes } = await exportsLib.buildExport(cusco, "projects", format, "es", params({ q: "Exportable de ida y vuelta" }));
      const sheet = await read.readSpreadsheet(`x.${format}`, bytes);
      expect(sheet.rows).toHaveLength(1);
      expect(sheet.header).toEqual(HEADER.split(";"));
      const job = await upload(cusco, bytes, `proyectos.${format}`);
      expect(job.status, format).toBe("READY");
    }
    const { bytes } = await exportsLib.buildExport(cusco, "projects", "csv", "es", params({ q: "Exportable de ida y vuelta" }));
    const cells = (await read.readSpreadsheet("x.csv", bytes)).rows[0]!.cells;
    expect(cells[12]).toBe("PROINNOVATE:7500.00:USD:Convocatoria: 2026");
  });

  it("PeruCRIS tables: CERIF roles, funding with programme and amount, FORD and CIIU, only the caller's region", async () => {
    const q = params({ q: "Exportable de ida y vuelta" });
    const table = async (ctx: RegionContext, name: string, query = q) => {
      const sheet = await read.readSpreadsheet("x.csv", (await exportsLib.buildExport(ctx, name, "csv", "en", query)).bytes);
      return sheet.rows.map((r) => Object.fromEntries(sheet.header.map((h, i) => [h, r.cells[i]])));
    };
    const [proj] = await table(cusco, "perucris-projects");
    expect(proj).toMatchObject({ Title: "Exportable de ida y vuelta", Subject_FORD: "2.05", Subject_CIIU: "1311", Coordinator_OrgUnitName: ref.unsaacName });
    const consortium = await table(cusco, "perucris-consortium");
    expect(consortium).toEqual([expect.objectContaining({ ProjectIdentifier: proj!.ProjectIdentifier, OrgUnitName: ref.unsaacName, ConsortiumRole: "Coordinator" })]);
    const funding = await table(cusco, "perucris-funding");
    expect(funding).toEqual([expect.objectContaining({ FundingProgramme: "Convocatoria: 2026", Currency: "USD", AwardedAmount: "7500" })]);

    // The whole region's team, with CERIF roles; not for a national viewer (personal data).
    const team = await table(cusco, "perucris-team", params());
    expect(team.length).toBeGreaterThan(0);
    expect(new Set(team.map((r) => r.TeamRole))).toEqual(new Set(["PrincipalInvestigator", "Member"]));
    await expect(exportsLib.buildExport(viewer, "perucris-team", "csv", "es", params())).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(exportsLib.buildExport(viewer, "perucris-projects", "csv", "es", params())).resolves.toBeTruthy();

    // Tacna's files never hold Cusco's projects.
    expect(await table(tacna, "perucris-consortium")).toEqual([]);
    const tacnaAll = await table(tacna, "perucris-projects", params());
    expect(tacnaAll.map((r) => r.ProjectIdentifier)).not.toContain(proj!.ProjectIdentifier);
    expect(tacnaAll.length).toBe(await db.project.count({ where: { regionId: tacna.regionId } }));
  });
});
