import "server-only";
import { z } from "zod";
import { formatIsoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import type { CellError, ImportColumn, ImportDefinition, RowError } from "@/lib/spreadsheets/definition";
import { fold } from "@/lib/spreadsheets/messages";
import { zodCellErrors } from "@/lib/spreadsheets/zod";
import { MeasurementFields } from "./schema";

// Import of measurements from CSV/XLSX (issue 6, item 5), on the spreadsheet engine: many
// indicators of many plans at once. A row names its indicator by plan (title), objective code and
// indicator code, all compared without case or accents; date, value, source and note are checked
// by the same schema as the measurement form. A row repeating a measurement already recorded (same
// indicator and date), or an earlier row of the file, is an error: re-importing a file never
// doubles the figures.

export interface MeasurementImportRow {
  indicatorId: string;
  /** yyyy-mm-dd (rows are stored as JSON in the job until commit). */
  measuredOn: string;
  value: string;
  source: string | null;
  note: string | null;
}

interface Lookups {
  /** "plan|objective|indicator" folded → indicator id (the region's only). */
  indicators: Map<string, string>;
  /** "indicatorId|yyyy-mm-dd" of the measurements already recorded. */
  existing: Set<string>;
}

const columns: ImportColumn[] = [
  { key: "plan", label: "plans.importColumns.plan", required: true, example: "Plan Regional de Competitividad de Cusco 2011-2021" },
  { key: "objective", label: "plans.importColumns.objective", required: true, example: "OE1" },
  { key: "indicator", label: "plans.importColumns.indicator", required: true, example: "I1.1" },
  { key: "measuredOn", label: "plans.fields.measuredOn", required: true, example: "2025-12-31" },
  { key: "value", label: "plans.fields.value", required: true, example: "12.5" },
  { key: "source", label: "plans.fields.source", example: "Informe anual de la Gerencia Regional" },
  { key: "note", label: "plans.fields.note", example: "" },
];

const Row = z.strictObject(MeasurementFields);
const key = (...parts: string[]) => parts.map(fold).join("|");

/** Dates as Peru writes them (31/12/2025) or as ISO (2025-12-31; XLSX dates arrive so). */
function isoDate(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : text;
}

function parseRow(cells: Record<string, string>, lookups: Lookups): { ok: true; row: MeasurementImportRow } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  const indicatorId = lookups.indicators.get(key(cells.plan ?? "", cells.objective ?? "", cells.indicator ?? ""));
  if (!indicatorId) {
    errors.push({
      column: "indicator",
      code: "plans.importErrors.unknownIndicator",
      params: { plan: cells.plan ?? "", objective: cells.objective ?? "", indicator: cells.indicator ?? "" },
    });
  }
  const parsed = Row.safeParse({ measuredOn: isoDate(cells.measuredOn ?? ""), value: cells.value, source: cells.source, note: cells.note });
  if (!parsed.success) errors.push(...zodCellErrors(parsed.error));
  if (errors.length || !parsed.success || !indicatorId) return { ok: false, errors };
  const measuredOn = formatIsoDay(parsed.data.measuredOn);
  if (lookups.existing.has(`${indicatorId}|${measuredOn}`)) return { ok: false, errors: [{ column: "measuredOn", code: "plans.importErrors.exists", params: { date: measuredOn } }] };
  const { value, source, note } = parsed.data;
  return { ok: true, row: { indicatorId, measuredOn, value, source, note } };
}

/** The same indicator and date twice in the file: the later rows are errors. */
function checkBatch(rows: readonly { line: number; row: MeasurementImportRow }[]): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const { line, row } of rows) {
    const k = `${row.indicatorId}|${row.measuredOn}`;
    const seen = first.get(k);
    if (seen !== undefined) errors.push({ row: line, column: "measuredOn", code: "plans.importErrors.repeated", params: { first: seen } });
    else first.set(k, line);
  }
  return errors;
}

export const measurementImport: ImportDefinition<MeasurementImportRow, Lookups> = {
  kind: "MEASUREMENTS",
  entity: "Measurement",
  permissions: ["plans.write"],
  columns,
  templateRows: [
    Object.fromEntries(columns.map((c) => [c.key, c.example])),
    { plan: "Plan Regional de Competitividad de Cusco 2011-2021", objective: "OE5", indicator: "I5.1", measuredOn: "31/12/2025", value: "38,4", source: "ENDES", note: "" },
  ],
  listPath: "/plans",
  templateName: "plantilla-mediciones",

  async loadLookups(ctx) {
    const [indicators, existing] = await Promise.all([
      db.indicator.findMany({
        where: { regionId: ctx.regionId },
        select: { id: true, code: true, objective: { select: { code: true, plan: { select: { id: true, title: true } } } } },
      }),
      db.measurement.findMany({ where: { regionId: ctx.regionId }, select: { indicatorId: true, measuredOn: true } }),
    ]);
    const byKey = new Map<string, string>();
    for (const i of indicators) {
      // The plan by its title, or by its id (as the plan's page links it).
      byKey.set(key(i.objective.plan.title, i.objective.code, i.code), i.id);
      byKey.set(key(i.objective.plan.id, i.objective.code, i.code), i.id);
    }
    return { indicators: byKey, existing: new Set(existing.map((m) => `${m.indicatorId}|${formatIsoDay(m.measuredOn)}`)) };
  },

  parseRow: (cells, lookups) => parseRow(cells, lookups),
  checkBatch: (rows) => checkBatch(rows),

  async commit(tx, ctx, rows) {
    // An indicator deleted (or a figure entered) since the file was checked: refuse rather than
    // write half of it. Two queries for the whole file.
    const ids = [...new Set(rows.map((r) => r.indicatorId))];
    const alive = await tx.indicator.count({ where: { regionId: ctx.regionId, id: { in: ids } } });
    if (alive !== ids.length) throw new InvalidInputError("stale");
    const dates = [...new Set(rows.map((r) => r.measuredOn))].map((d) => new Date(`${d}T00:00:00Z`));
    const clashes = await tx.measurement.findMany({
      where: { regionId: ctx.regionId, indicatorId: { in: ids }, measuredOn: { in: dates } },
      select: { indicatorId: true, measuredOn: true },
    });
    const wanted = new Set(rows.map((r) => `${r.indicatorId}|${r.measuredOn}`));
    if (clashes.some((c) => wanted.has(`${c.indicatorId}|${formatIsoDay(c.measuredOn)}`))) throw new InvalidInputError("stale");
    const { count } = await tx.measurement.createMany({
      data: rows.map((r) => ({ ...r, measuredOn: new Date(`${r.measuredOn}T00:00:00Z`), regionId: ctx.regionId })),
    });
    return count;
  },
};
