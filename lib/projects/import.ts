import "server-only";
import { formatIsoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Currency, FundingSource, ParticipantRole, ProjectStatus, ProjectType } from "@/lib/generated/prisma/enums";
import type { CellError, ImportColumn, ImportDefinition } from "@/lib/spreadsheets/definition";
import { enumReader, fold } from "@/lib/spreadsheets/messages";
import { zodCellErrors } from "@/lib/spreadsheets/zod";
import { canWriteAny, insertProjects, ownActorIds, type ResolvedProject } from "./data";
import { CreateProjectInput } from "./schema";

// Import of projects with their participants and funding lines from CSV/XLSX (issue 5, item 4),
// on the spreadsheet engine. ONE ROW PER PROJECT; the lists sit in one cell each, entries
// separated by ";":
//   participants   "RUC or name:role"            20100070970:COORDINATOR; Empresa Demo SAC:Socio
//   funding        "source:amount[:currency[:programme]]"   CANON_ROYALTIES:250000:PEN:Canon 2025
//   priorityAreas  key or name                   alpaca-fibre; Turismo
//   provinces      UBIGEO code or name           0801; Canchis
// Roles, sources, types, statuses and currencies take the code or the label in Spanish or
// English. An organisation is found by RUC or by name, in the region first, then in any other
// region (a name that matches several organisations is an error: use the RUC). Each row then
// passes the create form's own schema (dates, TRL, FORD, CIIU, exactly one coordinator, amounts,
// currencies), and a research office's rows must include its institution. Team and outputs are
// added on the form. docs/perucris.md describes the layout with the exports.

/** A validated row, as plain JSON (stored in the job until the commit). */
export interface ProjectImportRow {
  core: Omit<ResolvedProject["core"], "startsOn" | "endsOn"> & { startsOn: string | null; endsOn: string | null };
  priorityAreaIds: string[];
  provinceIds: string[];
  participants: ResolvedProject["participants"];
  funding: { source: FundingSource; programme: string | null; currency: Currency; awardedAmount: string }[];
}

interface ActorIndex {
  own: string[];
  others: string[];
}

interface Lookups {
  areas: Map<string, string>;
  provinces: Map<string, string>;
  byRuc: Map<string, ActorIndex>;
  byName: Map<string, ActorIndex>;
  /** Institution editors: their institution and its units; null for admins (any project). */
  ownIds: Set<string> | null;
}

const columns: ImportColumn[] = [
  { key: "code", label: "projects.columns.code", example: "VRIN-2025-014" },
  { key: "title", label: "projects.columns.title", required: true, example: "Tintes naturales para fibra de alpaca" },
  { key: "type", label: "projects.columns.type", required: true, example: "APPLIED_RESEARCH" },
  { key: "status", label: "projects.columns.status", required: true, example: "ACTIVE" },
  { key: "startsOn", label: "projects.columns.startsOn", example: "2025-03-01" },
  { key: "endsOn", label: "projects.columns.endsOn", example: "2027-02-28" },
  { key: "trl", label: "projects.columns.trl", example: "4" },
  { key: "fordCode", label: "projects.columns.fordCode", example: "4.02" },
  { key: "ciiuCode", label: "projects.columns.ciiuCode", example: "1311" },
  { key: "priorityAreas", label: "projects.columns.priorityAreas", example: "" },
  { key: "provinces", label: "projects.columns.provinces", example: "0801" },
  { key: "participants", label: "projects.columns.participants", required: true, example: "Universidad Nacional de San Antonio Abad del Cusco:COORDINATOR" },
  { key: "funding", label: "projects.columns.funding", example: "CANON_ROYALTIES:250000:PEN:Canon UNSAAC 2025" },
  { key: "summary", label: "projects.columns.summary", example: "" },
];

const read = {
  type: enumReader(ProjectType, "projectType"),
  status: enumReader(ProjectStatus, "projectStatus"),
  role: enumReader(ParticipantRole, "participantRole"),
  source: enumReader(FundingSource, "fundingSource"),
  currency: enumReader(Currency, "currency"),
};

const list = (cell: string) =>
  cell
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

/** "2025-03-01", or "01/03/2025" as Peruvian spreadsheets write it. */
function isoDate(cell: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : cell;
}

/** The region's organisation first; another region's only when exactly one matches. */
function pick(index: ActorIndex | undefined): { id: string } | { error: "unknownActor" | "ambiguousActor" } {
  if (!index) return { error: "unknownActor" };
  const pool = index.own.length ? index.own : index.others;
  if (pool.length === 1) return { id: pool[0]! };
  return { error: pool.length ? "ambiguousActor" : "unknownActor" };
}

function resolveActor(ref: string, lookups: Lookups) {
  const digits = ref.replace(/[\s-]/g, "");
  return /^\d{11}$/.test(digits) ? pick(lookups.byRuc.get(digits)) : pick(lookups.byName.get(fold(ref)));
}

/** Where the schema puts a problem → the column it came from. */
const FIELD_COLUMN: Record<string, string> = { priorityAreaIds: "priorityAreas", provinceIds: "provinces" };

function parseRow(cells: Record<string, string>, lookups: Lookups): { ok: true; row: ProjectImportRow } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  const err = (column: string, code: string, value: string) => errors.push({ column, code, params: { value } });

  const type = read.type(cells.type ?? "");
  if (!type) err("type", "unknownValue", cells.type ?? "");
  const status = read.status(cells.status ?? "");
  if (!status) err("status", "unknownValue", cells.status ?? "");

  const priorityAreaIds: string[] = [];
  for (const ref of list(cells.priorityAreas ?? "")) {
    const id = lookups.areas.get(fold(ref));
    if (id) priorityAreaIds.push(id);
    else err("priorityAreas", "projects.importErrors.unknownArea", ref);
  }
  const provinceIds: string[] = [];
  for (const ref of list(cells.provinces ?? "")) {
    const id = lookups.provinces.get(fold(ref));
    if (id) provinceIds.push(id);
    else err("provinces", "unknownProvince", ref);
  }

  const participants: ProjectImportRow["participants"] = [];
  for (const entry of list(cells.participants ?? "")) {
    const cut = entry.lastIndexOf(":");
    if (cut <= 0) {
      err("participants", "projects.importErrors.participantFormat", entry);
      continue;
    }
    const role = read.role(entry.slice(cut + 1));
    const actor = resolveActor(entry.slice(0, cut).trim(), lookups);
    if (!role) err("participants", "projects.importErrors.unknownRole", entry.slice(cut + 1).trim());
    else if ("error" in actor) err("participants", `projects.importErrors.${actor.error}`, entry.slice(0, cut).trim());
    else participants.push({ actorId: actor.id, role });
  }

  const funding: Record<string, string>[] = [];
  for (const entry of list(cells.funding ?? "")) {
    const [sourceText = "", amount = "", currencyText = "", ...programme] = entry.split(":").map((s) => s.trim());
    const source = read.source(sourceText);
    if (!source || !amount) {
      err("funding", source ? "projects.importErrors.fundingFormat" : "projects.importErrors.unknownSource", source ? entry : sourceText);
      continue;
    }
    // An unknown currency goes on to the schema, which names it as such.
    funding.push({ source, awardedAmount: amount, currency: currencyText ? (read.currency(currencyText) ?? currencyText) : "PEN", programme: programme.join(":") });
  }

  if (lookups.ownIds && !participants.some((p) => lookups.ownIds!.has(p.actorId)))
    errors.push({ column: "participants", code: "validation.projects.ownInstitutionRequired" });

  const parsed = CreateProjectInput.safeParse({
    code: cells.code,
    title: cells.title,
    summary: cells.summary,
    type: type ?? cells.type,
    status: status ?? cells.status,
    startsOn: isoDate(cells.startsOn ?? ""),
    endsOn: isoDate(cells.endsOn ?? ""),
    trl: cells.trl,
    fordCode: cells.fordCode,
    ciiuCode: cells.ciiuCode,
    priorityAreaIds,
    provinceIds,
    participants,
    funding,
  });
  if (!parsed.success) {
    for (const e of zodCellErrors(parsed.error)) {
      const field = e.column?.split(".")[0] ?? null;
      const column = field === null ? null : (FIELD_COLUMN[field] ?? field);
      // One message per cell: the first (more precise) problem found above wins.
      if (!errors.some((x) => x.column === column)) errors.push({ ...e, column });
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  const p = parsed.data;
  return {
    ok: true,
    row: {
      core: {
        code: p.code,
        title: p.title,
        summary: p.summary,
        type: p.type,
        status: p.status,
        startsOn: formatIsoDay(p.startsOn),
        endsOn: formatIsoDay(p.endsOn),
        trl: p.trl,
        fordCode: p.fordCode,
        ciiuCode: p.ciiuCode,
      },
      priorityAreaIds: p.priorityAreaIds,
      provinceIds: p.provinceIds,
      participants: p.participants.map(({ actorId, role }) => ({ actorId, role })),
      funding: p.funding.map((f) => ({ source: f.source, programme: f.programme, currency: f.currency, awardedAmount: f.awardedAmount })),
    },
  };
}

function indexActor(map: Map<string, ActorIndex>, key: string, id: string, own: boolean) {
  const entry = map.get(key) ?? { own: [], others: [] };
  (own ? entry.own : entry.others).push(id);
  map.set(key, entry);
}

export const projectImport: ImportDefinition<ProjectImportRow, Lookups> = {
  kind: "PROJECTS",
  entity: "Project",
  permissions: ["projects.write", "projects.writeOwn"],
  columns,
  templateRows: [
    Object.fromEntries(columns.map((c) => [c.key, c.example])),
    {
      title: "Plataforma de trazabilidad de fibra con empresas textiles",
      type: "Innovación",
      status: "Propuesto",
      startsOn: "01/07/2026",
      participants: "Universidad Nacional de San Antonio Abad del Cusco:Coordinador; 20100070970:Socio",
      funding: "CONCYTEC_PROCIENCIA:120000:USD:E041-2026-01; Recursos propios:15000",
    },
  ],
  listPath: "/projects",
  templateName: "plantilla-proyectos",

  async loadLookups(ctx) {
    const [areas, provinces, actors, own] = await Promise.all([
      db.priorityArea.findMany({ where: { regionId: ctx.regionId }, select: { id: true, key: true, name: true } }),
      db.province.findMany({ where: { regionId: ctx.regionId }, select: { id: true, code: true, name: true } }),
      // Participants may be any region's organisations: read them all once (no query per row).
      db.actor.findMany({ where: { archivedAt: null }, select: { id: true, name: true, ruc: true, regionId: true } }),
      canWriteAny(ctx) ? Promise.resolve(null) : ownActorIds(ctx),
    ]);
    /** Folded key or code, and folded name → id. */
    const index = (entries: [string, string][]) => new Map(entries.map(([text, id]) => [fold(text), id]));
    const byRuc = new Map<string, ActorIndex>();
    const byName = new Map<string, ActorIndex>();
    for (const a of actors) {
      const own = a.regionId === ctx.regionId;
      if (a.ruc) indexActor(byRuc, a.ruc, a.id, own);
      indexActor(byName, fold(a.name), a.id, own);
    }
    return {
      areas: index(areas.flatMap((a): [string, string][] => [[a.key, a.id], [a.name, a.id]])),
      provinces: index(provinces.flatMap((p): [string, string][] => [[p.code, p.id], [p.name, p.id]])),
      byRuc,
      byName,
      ownIds: own ? new Set(own) : null,
    };
  },

  parseRow: (cells, lookups) => parseRow(cells, lookups),

  async commit(tx, ctx, rows) {
    const day = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
    const resolved: ResolvedProject[] = rows.map((r) => ({
      core: { ...r.core, startsOn: day(r.core.startsOn), endsOn: day(r.core.endsOn) },
      priorityAreaIds: r.priorityAreaIds,
      provinceIds: r.provinceIds,
      participants: r.participants,
      members: [],
      funding: r.funding.map((f) => ({ ...f, funderActorId: null, awardedOn: null, executedAmount: null, executedOn: null })),
      outputs: [],
    }));
    // Every reference was checked when the file was validated; a record deleted since then
    // breaks a foreign key here and the whole import rolls back.
    const ids = await insertProjects(tx, ctx.regionId, resolved);
    return ids.length;
  },
};
