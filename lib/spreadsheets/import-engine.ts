import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { assertCan, type RegionContext } from "@/lib/tenancy";
import type { AnyImportDefinition, CellError, ImportColumn, RowError } from "./definition";
import { IMPORT_DEFINITIONS } from "./imports";
import { fold, translatorFor } from "./messages";
import { readSpreadsheet, type Sheet } from "./read";
import { isUuid } from "@/lib/validation/identifiers";

// The life of an import, staged in the ImportJob table so that every app instance sees the same
// state and progress:
//   upload → VALIDATING (rows checked in chunks, processedRows updated after each)
//          → READY (every row valid: preview, commit allowed) or INVALID (row errors)
//   commit → COMMITTING → every row inserted in ONE transaction with one IMPORT audit entry
//          → COMMITTED, or FAILED with nothing written.
// A job that has not moved for STALE_AFTER_MS while VALIDATING or COMMITTING belonged to a
// process that died: it is reported FAILED (a dead process's transaction was rolled back).

export const CHUNK_ROWS = 500;
export const STALE_AFTER_MS = 10 * 60_000;
/** Errors kept with a job; the count is always exact. */
export const MAX_STORED_ERRORS = 1000;
export const PREVIEW_ROWS = 10;

/** `kind` as it appears in URLs ("actors") → the definition. Unknown → NotFoundError. */
export function importDefinition(kindSlug: string): AnyImportDefinition {
  const definition = Object.hasOwn(IMPORT_DEFINITIONS, kindSlug) ? IMPORT_DEFINITIONS[kindSlug] : undefined;
  if (!definition) throw new NotFoundError("import kind");
  return definition;
}

export function kindSlug(kind: ImportKind): string {
  return kind.toLowerCase();
}

/** May this caller use this import? */
export function canImport(ctx: RegionContext, definition: AnyImportDefinition): boolean {
  return definition.permissions.some((p) => can(ctx.role, p));
}

/** Throws (and logs the denial) unless the caller holds one of the definition's permissions. */
export async function authorizeImport(ctx: RegionContext, definition: AnyImportDefinition): Promise<void> {
  if (!canImport(ctx, definition)) await assertCan(ctx, definition.permissions[0]!);
}

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

/** Every accepted spelling of a column's header: its key and its label in each language. */
function headerNames(column: ImportColumn): string[] {
  return [column.key, translatorFor("es")(column.label), translatorFor("en")(column.label)].map(fold);
}

/**
 * Header cell → column. An unknown header is an error (a typo would otherwise drop a column's
 * data silently), so is a repeated one, and so is a missing required column.
 */
export function mapHeader(columns: readonly ImportColumn[], header: string[]): { indexes: Map<string, number>; errors: CellError[] } {
  const indexes = new Map<string, number>();
  const errors: CellError[] = [];
  header.forEach((text, i) => {
    if (text === "") return;
    const name = fold(text.replace(/\s*\*$/, "")); // templates mark required columns with "*"
    const column = columns.find((c) => headerNames(c).includes(name));
    if (!column) errors.push({ column: null, code: "unknownColumn", params: { header: text } });
    else if (indexes.has(column.key)) errors.push({ column: column.key, code: "duplicateColumn" });
    else indexes.set(column.key, i);
  });
  for (const c of columns) if (c.required && !indexes.has(c.key)) errors.push({ column: c.key, code: "missingColumn" });
  return { indexes, errors };
}

// ---------------------------------------------------------------------------------------------
// Upload and validation
// ---------------------------------------------------------------------------------------------

interface StoredRows {
  /** The first rows as the user wrote them, by column key. */
  preview: { line: number; cells: Record<string, string> }[];
  /** The normalised rows to insert; only when READY. */
  data?: unknown[];
}

function cellsOf(columns: readonly ImportColumn[], indexes: Map<string, number>, cells: string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.key, indexes.has(c.key) ? (cells[indexes.get(c.key)!] ?? "") : ""]));
}

function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

/**
 * Reads the file and stages a job. Returns the job's id and `validate`, the long part, which the
 * caller runs after answering (Next's `after()`), or awaits (tests). File problems throw
 * SpreadsheetError before anything is written; header problems make the job INVALID at once.
 */
export async function startImport(
  ctx: RegionContext,
  kindSlugValue: string,
  file: { name: string; bytes: Uint8Array },
): Promise<{ jobId: string; validate: () => Promise<void> }> {
  const definition = importDefinition(kindSlugValue);
  await authorizeImport(ctx, definition);
  const fileName = file.name.replace(/[\\/]/g, "_").slice(0, 255) || "import";
  const sheet = await readSpreadsheet(fileName, file.bytes);
  const { indexes, errors: headerErrors } = mapHeader(definition.columns, sheet.header);
  const headerInvalid = headerErrors.length > 0;

  const jobId = await db.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: {
        regionId: ctx.regionId,
        kind: definition.kind,
        status: headerInvalid ? "INVALID" : "VALIDATING",
        fileName,
        totalRows: sheet.rows.length,
        createdByUserId: ctx.userId,
        ...(headerInvalid ? { errorCount: headerErrors.length, errors: json(headerErrors.map((e) => ({ row: 1, ...e }))) } : {}),
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { action: "CREATE", entity: "ImportJob", entityId: job.id, after: { kind: definition.kind, fileName, totalRows: sheet.rows.length } });
    return job.id;
  });

  const validate = headerInvalid ? async () => {} : () => validateJob(ctx, definition, jobId, sheet, indexes);
  return { jobId, validate };
}

async function validateJob(ctx: RegionContext, definition: AnyImportDefinition, jobId: string, sheet: Sheet, indexes: Map<string, number>): Promise<void> {
  try {
    const lookups = await definition.loadLookups(ctx);
    const valid: { line: number; row: unknown }[] = [];
    const errors: RowError[] = [];
    for (let start = 0; start < sheet.rows.length; start += CHUNK_ROWS) {
      for (const { line, cells: raw } of sheet.rows.slice(start, start + CHUNK_ROWS)) {
        const cells = cellsOf(definition.columns, indexes, raw);
        const missing = definition.columns.filter((c) => c.required && cells[c.key] === "");
        if (missing.length) {
          for (const c of missing) errors.push({ row: line, column: c.key, code: "required" });
          continue;
        }
        const parsed = definition.parseRow(cells, lookups, ctx);
        if (parsed.ok) valid.push({ line, row: parsed.row });
        else for (const e of parsed.errors) errors.push({ row: line, ...e });
      }
      const processedRows = Math.min(sheet.rows.length, start + CHUNK_ROWS);
      await db.importJob.update({ where: { id: jobId }, data: { processedRows } });
    }
    errors.push(...(definition.checkBatch?.(valid, lookups, ctx) ?? []));
    errors.sort((a, b) => a.row - b.row);

    const preview: StoredRows["preview"] = sheet.rows.slice(0, PREVIEW_ROWS).map((r) => ({ line: r.line, cells: cellsOf(definition.columns, indexes, r.cells) }));
    const ready = errors.length === 0;
    const rows: StoredRows = ready ? { preview, data: valid.map((v) => v.row) } : { preview };
    await db.importJob.update({
      where: { id: jobId },
      data: {
        status: ready ? "READY" : "INVALID",
        processedRows: sheet.rows.length,
        errorCount: errors.length,
        errors: json(errors.slice(0, MAX_STORED_ERRORS)),
        rows: json(rows),
      },
    });
  } catch (error) {
    console.error("[minka] import validation failed", jobId, error);
    await db.importJob.update({ where: { id: jobId }, data: { status: "FAILED" } }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a job
// ---------------------------------------------------------------------------------------------

export interface ImportJobSummary {
  id: string;
  kind: ImportKind;
  kindSlug: string;
  status: ImportStatus;
  fileName: string;
  totalRows: number;
  processedRows: number;
  errorCount: number;
  createdAt: Date;
  committedAt: Date | null;
}

const summarySelect = {
  id: true,
  kind: true,
  status: true,
  fileName: true,
  totalRows: true,
  processedRows: true,
  errorCount: true,
  createdAt: true,
  committedAt: true,
  updatedAt: true,
} satisfies Prisma.ImportJobSelect;

/**
 * A job of the caller's region that the caller may use; anything else (another region's job, a
 * kind the caller may not import) → NotFoundError. Cheap: the staged rows are not loaded.
 */
export async function getImportJob(ctx: RegionContext, jobId: string): Promise<ImportJobSummary> {
  if (!isUuid(jobId)) throw new NotFoundError("import");
  const job = await db.importJob.findFirst({ where: { id: jobId, regionId: ctx.regionId }, select: summarySelect });
  if (!job) throw new NotFoundError("import");
  const definition = importDefinition(kindSlug(job.kind));
  if (!canImport(ctx, definition)) throw new NotFoundError("import");
  const { updatedAt, ...summary } = job;
  let status = job.status;
  if ((status === "VALIDATING" || status === "COMMITTING") && Date.now() - updatedAt.getTime() > STALE_AFTER_MS) {
    // Only if it still has not moved: a live process may have just finished it.
    const { count } = await db.importJob.updateMany({ where: { id: jobId, status, updatedAt }, data: { status: "FAILED" } });
    if (count) status = "FAILED";
  }
  return { ...summary, status, kindSlug: kindSlug(job.kind) };
}

/** The preview rows and the stored row errors of a job (after validation). */
export async function getImportDetails(
  ctx: RegionContext,
  jobId: string,
): Promise<{ preview: StoredRows["preview"]; errors: RowError[] }> {
  await getImportJob(ctx, jobId);
  // Only the small parts of the JSON: the staged rows may be megabytes.
  const [row] = await db.$queryRaw<{ preview: StoredRows["preview"] | null; errors: RowError[] | null }[]>`
    select rows -> 'preview' as preview, errors from "ImportJob" where id = ${jobId}::uuid and "regionId" = ${ctx.regionId}::uuid`;
  return { preview: row?.preview ?? [], errors: row?.errors ?? [] };
}

// ---------------------------------------------------------------------------------------------
// Commit
// ---------------------------------------------------------------------------------------------

/**
 * Inserts every staged row in one transaction, with one IMPORT audit entry, and marks the job
 * COMMITTED. Only a READY job can start (the READY → COMMITTING switch is atomic, so two clicks
 * or two instances cannot commit twice). Any failure rolls back every row and marks the job
 * FAILED; the error is rethrown.
 */
export async function commitImport(ctx: RegionContext, jobId: string): Promise<{ count: number; listPath: string }> {
  const job = await getImportJob(ctx, jobId);
  const definition = importDefinition(job.kindSlug);
  const { count: started } = await db.importJob.updateMany({ where: { id: jobId, regionId: ctx.regionId, status: "READY" }, data: { status: "COMMITTING" } });
  if (!started) throw new InvalidInputError("notReady");
  try {
    const count = await db.$transaction(
      async (tx) => {
        const staged = await tx.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { rows: true } });
        const stored = staged.rows as unknown as StoredRows | null;
        const data = stored?.data ?? [];
        const created = await definition.commit(tx, ctx, data);
        await recordAudit(tx, ctx, {
          action: "IMPORT",
          entity: definition.entity,
          entityId: null,
          after: { count: created, fileName: job.fileName, importJobId: jobId },
        });
        // The staged rows now live in their tables: only the preview is kept with the job.
        await tx.importJob.update({
          where: { id: jobId },
          data: { status: "COMMITTED", committedAt: new Date(), processedRows: created, rows: json({ preview: stored?.preview ?? [] }) },
        });
        return created;
      },
      // 10,000 rows take seconds; Prisma's default of 5 s would cut a large import short.
      { timeout: 5 * 60_000, maxWait: 30_000 },
    );
    return { count, listPath: definition.listPath };
  } catch (error) {
    console.error("[minka] import commit failed", jobId, error);
    await db.importJob.update({ where: { id: jobId }, data: { status: "FAILED" } }).catch(() => {});
    throw error;
  }
}

