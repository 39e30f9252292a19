import type { Tx } from "@/lib/audit";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";

// What one kind of import declares (actors, projects, measurements, …). The engine
// (import-engine.ts) does everything else: reading the file, matching headers in either
// language, the required-value check, validation in chunks with progress, the preview, the
// all-or-nothing commit and its audit entry. See docs/spreadsheets.md.

export interface ImportColumn {
  /** Stable key: the parsed row's property and the template's column order. */
  key: string;
  /** Message key of the header, e.g. "imports.actorColumns.name". Both languages' labels are accepted. */
  label: string;
  /** An empty cell here is the row error `imports.errors.required` (checked by the engine). */
  required?: boolean;
  /** Value shown in the template's example row. */
  example: string;
}

/**
 * One problem with one cell (or the row, when `column` is null). `code` is a message key under
 * `imports.errors.` ("rucCheck"), or a full key when it contains a dot ("projects.importErrors.x"),
 * so each feature can keep its own codes in its own message section. `params` fill the message.
 */
export interface CellError {
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface RowError extends CellError {
  /** The row number as the spreadsheet shows it (header = 1). */
  row: number;
}

export type ParsedRow<Row> = { ok: true; row: Row } | { ok: false; errors: CellError[] };

export interface ImportDefinition<Row, Lookups = unknown> {
  kind: ImportKind;
  /** Audit entity of the imported records ("Actor"). */
  entity: string;
  /** The caller needs ANY of these permissions to upload, see or commit the import. */
  permissions: readonly Permission[];
  columns: readonly ImportColumn[];
  /** Extra example rows for the template (values by column key); default: one row of `example`s. */
  templateRows?: readonly Record<string, string>[];
  /** Path of the list the imported records appear in, under /r/<region> (e.g. "/actors"). */
  listPath: string;
  /** File name of the template, without extension. */
  templateName: string;
  /**
   * Everything a row needs from the database, read ONCE per import (provinces, existing codes…):
   * parseRow must not query per row.
   */
  loadLookups(ctx: RegionContext): Promise<Lookups>;
  /**
   * One row: cells by column key (trimmed strings, "" when empty; required ones are non-empty).
   * Returns the normalised row, which must be plain JSON (it is stored in the job until commit;
   * dates as "yyyy-mm-dd" strings), or the row's errors.
   */
  parseRow(cells: Record<string, string>, lookups: Lookups, ctx: RegionContext): ParsedRow<Row>;
  /** Rules across rows (duplicates within the file…), over the rows that parsed. */
  checkBatch?(rows: readonly { line: number; row: Row }[], lookups: Lookups, ctx: RegionContext): RowError[];
  /**
   * Inserts every row inside the engine's transaction, in bulk (createMany, or one INSERT …
   * SELECT FROM unnest(…)), never one query per row. Returns how many records were created.
   * Throw to refuse (e.g. a rule broken since validation): everything is rolled back.
   */
  commit(tx: Tx, ctx: RegionContext, rows: Row[]): Promise<number>;
}

/** Any definition, for registries (each one is fully typed where it is written). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImportDefinition = ImportDefinition<any, any>;
