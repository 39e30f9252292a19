import type { Permission } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import type { AnyTranslator } from "./messages";
import type { Cell } from "./write";

// What one export dataset declares; exports.ts does the rest (gate, translation, CSV/XLSX,
// download). See docs/spreadsheets.md.

export interface ExportColumn<R> {
  /** Message key of the header. */
  label: string;
  /** The cell; labels translated with `t`, dates as Date (XLSX keeps them as dates). */
  value: (row: R, t: AnyTranslator) => Cell;
}

export interface ExportDataset<R> {
  /** Message key of the dataset's title (sheet and file name). */
  title: string;
  /** Needed on top of region.read: "people.read" for any personal column. */
  permission?: Permission;
  /**
   * Every row of the caller's region (scope by ctx.regionId!), in a few queries (joins, not one
   * query per row). `params` are the download URL's query: filters, if the dataset wants them.
   */
  load(ctx: RegionContext, params: URLSearchParams): Promise<R[]>;
  columns: readonly ExportColumn<R>[];
}

/** Keeps each dataset's row type where it is written while they sit in one registry. */
export function dataset<R>(d: ExportDataset<R>): ExportDataset<unknown> {
  return d as unknown as ExportDataset<unknown>;
}

/** A yes/no cell in the reader's language. */
export const yesNo = (value: boolean, t: AnyTranslator): string => t(value ? "exports.yes" : "exports.no");

/** An enum's label in the reader's language (`enums.<namespace>.<value>`). */
export const enumLabel = (namespace: string, value: string | null, t: AnyTranslator): string | null =>
  value === null ? null : t(`enums.${namespace}.${value}`);
