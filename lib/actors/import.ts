import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { ActorType, FirmSize, Formality, Helix, IctAdoption } from "@/lib/generated/prisma/enums";
import type { CellError, ImportColumn, ImportDefinition, RowError } from "@/lib/spreadsheets/definition";
import { enumReader, fold } from "@/lib/spreadsheets/messages";
import { zodCellErrors } from "@/lib/spreadsheets/zod";
import { uuidv7 } from "@/prisma/seed/util";
import { normaliseActorName } from "./normalise";
import { CreateActorInput } from "./schema";

// Import of actors from CSV/XLSX (issue 4, item 6), on the spreadsheet engine. A row is checked
// by the same schema as the create form (RUC check digit, ROR, website, CIIU…); enum cells take
// the code or the label in Spanish or English; the province its UBIGEO code or its name. The
// same RUC or the same normalised name as an actor of the region, or as an earlier row of the
// file, is a row error: an import never creates likely duplicates (the form can, after a
// confirmation).

export type ActorImportRow = Omit<CreateActorInput, "confirmDuplicate">;

interface Lookups {
  /** UBIGEO code or folded name → province id (the region's only). */
  provinces: Map<string, string>;
  rucs: Set<string>;
  names: Set<string>;
}

const columns: ImportColumn[] = [
  { key: "name", label: "actors.fields.name", required: true, example: "Agroindustrias Ejemplo S.A.C." },
  { key: "acronym", label: "actors.fields.acronym", example: "AGROEJ" },
  { key: "helix", label: "actors.fields.helix", required: true, example: "BUSINESS" },
  { key: "type", label: "actors.fields.type", required: true, example: "FIRM" },
  { key: "province", label: "actors.fields.provinceName", example: "0801" },
  { key: "ruc", label: "actors.fields.ruc", example: "20100070970" },
  { key: "ror", label: "actors.fields.ror", example: "" },
  { key: "website", label: "actors.fields.website", example: "https://www.ejemplo.pe" },
  { key: "description", label: "actors.fields.description", example: "" },
  { key: "firmSize", label: "actors.fields.firmSize", example: "SMALL" },
  { key: "formality", label: "actors.fields.formality", example: "FORMAL" },
  { key: "ciiuCode", label: "actors.fields.ciiuCode", example: "1079" },
  { key: "ictAdoption", label: "actors.fields.ictAdoption", example: "BASIC" },
];

const enumColumns = {
  helix: enumReader(Helix, "helix"),
  type: enumReader(ActorType, "actorType"),
  firmSize: enumReader(FirmSize, "firmSize"),
  formality: enumReader(Formality, "formality"),
  ictAdoption: enumReader(IctAdoption, "ictAdoption"),
} as const;

function parseRow(cells: Record<string, string>, lookups: Lookups): { ok: true; row: ActorImportRow } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  const input: Record<string, string | null> = {};
  for (const [key, read] of Object.entries(enumColumns)) {
    const text = cells[key] ?? "";
    if (text === "") continue;
    const value = read(text);
    if (value) input[key] = value;
    else errors.push({ column: key, code: "unknownValue", params: { value: text } });
  }
  let provinceId: string | null = null;
  if (cells.province) {
    provinceId = lookups.provinces.get(fold(cells.province)) ?? null;
    if (!provinceId) errors.push({ column: "province", code: "unknownProvince", params: { value: cells.province } });
  }
  const parsed = CreateActorInput.safeParse({
    name: cells.name,
    acronym: cells.acronym,
    ruc: cells.ruc,
    ror: cells.ror,
    website: cells.website,
    description: cells.description,
    ciiuCode: cells.ciiuCode,
    ...input,
    provinceId,
  });
  if (!parsed.success) {
    // Enum errors were reported above with the value that did not match.
    errors.push(...zodCellErrors(parsed.error, { provinceId: "province" }).filter((e) => !errors.some((x) => x.column === e.column)));
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  const { confirmDuplicate: _c, ...row } = parsed.data;
  if (row.ruc && lookups.rucs.has(row.ruc)) errors.push({ column: "ruc", code: "rucExists", params: { ruc: row.ruc } });
  if (lookups.names.has(normaliseActorName(row.name))) errors.push({ column: "name", code: "nameExists", params: { name: row.name } });
  return errors.length ? { ok: false, errors } : { ok: true, row };
}

/** The same RUC or normalised name twice in the file: the later rows are errors. */
function checkBatch(rows: readonly { line: number; row: ActorImportRow }[]): RowError[] {
  const errors: RowError[] = [];
  const firstRuc = new Map<string, number>();
  const firstName = new Map<string, number>();
  for (const { line, row } of rows) {
    if (row.ruc) {
      const first = firstRuc.get(row.ruc);
      if (first !== undefined) errors.push({ row: line, column: "ruc", code: "rucRepeated", params: { ruc: row.ruc, first } });
      else firstRuc.set(row.ruc, line);
    }
    const key = normaliseActorName(row.name);
    const first = firstName.get(key);
    if (first !== undefined) errors.push({ row: line, column: "name", code: "nameRepeated", params: { first } });
    else firstName.set(key, line);
  }
  return errors;
}

export const actorImport: ImportDefinition<ActorImportRow, Lookups> = {
  kind: "ACTORS",
  entity: "Actor",
  permissions: ["actors.write"],
  columns,
  templateRows: [
    Object.fromEntries(columns.map((c) => [c.key, c.example])),
    { name: "Universidad Ejemplo", acronym: "UE", helix: "Academia", type: "Universidad", province: "Cusco", ror: "", website: "https://www.ejemplo.edu.pe" },
  ],
  listPath: "/actors",
  templateName: "plantilla-actores",

  async loadLookups(ctx) {
    const [provinces, actors] = await Promise.all([
      db.province.findMany({ where: { regionId: ctx.regionId }, select: { id: true, code: true, name: true } }),
      db.actor.findMany({ where: { regionId: ctx.regionId }, select: { name: true, ruc: true } }),
    ]);
    const byKey = new Map<string, string>();
    for (const p of provinces) {
      byKey.set(p.code, p.id);
      byKey.set(fold(p.name), p.id);
    }
    return {
      provinces: byKey,
      rucs: new Set(actors.flatMap((a) => (a.ruc ? [a.ruc] : []))),
      names: new Set(actors.map((a) => normaliseActorName(a.name))),
    };
  },

  parseRow: (cells, lookups) => parseRow(cells, lookups),
  checkBatch: (rows) => checkBatch(rows),

  async commit(tx, ctx, rows) {
    // Someone may have registered one of these RUCs since the file was checked: refuse then,
    // rather than create a duplicate (one query for all of them).
    const rucs = rows.flatMap((r) => (r.ruc ? [r.ruc] : []));
    if (rucs.length) {
      const taken = await tx.actor.count({ where: { regionId: ctx.regionId, ruc: { in: rucs } } });
      if (taken) throw new InvalidInputError("stale");
    }
    // One statement for every row: each column travels as one array parameter, so 10,000 rows
    // are 15 parameters, not 150,000 (PostgreSQL allows 65,535 per statement).
    const column = <K extends keyof ActorImportRow>(key: K) => rows.map((r) => r[key]);
    return tx.$executeRaw`
      insert into "Actor" (id, "regionId", name, "nameKey", acronym, helix, type, "provinceId", ruc, ror, website, description,
                           "firmSize", formality, "ciiuCode", "ictAdoption", "updatedAt")
      select u.id, ${ctx.regionId}::uuid, u.name, u.key, u.acronym, u.helix::"Helix", u.type::"ActorType", u.province, u.ruc, u.ror,
             u.website, u.description, u.size::"FirmSize", u.formality::"Formality", u.ciiu, u.ict::"IctAdoption", now()
      from unnest(
        ${rows.map(() => uuidv7())}::uuid[], ${column("name")}::text[], ${rows.map((r) => normaliseActorName(r.name))}::text[], ${column("acronym")}::text[], ${column("helix")}::text[],
        ${column("type")}::text[], ${column("provinceId")}::uuid[], ${column("ruc")}::text[], ${column("ror")}::text[],
        ${column("website")}::text[], ${column("description")}::text[], ${column("firmSize")}::text[], ${column("formality")}::text[],
        ${column("ciiuCode")}::text[], ${column("ictAdoption")}::text[]
      ) as u(id, name, key, acronym, helix, type, province, ruc, ror, website, description, size, formality, ciiu, ict)`;
  },
};
