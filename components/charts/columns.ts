import type { CsvCell } from "@/lib/dashboards/csv";

/**
 * What a table cell shows: a plain value, or text with an address (a link), marked as muted
 * ("no data"), or with a shade from 0 to 1 (a heat-map cell: the background echoes the number).
 * Cells are data, not elements, so a table drawn on the server sends the browser its rows as
 * compact props (TableView) instead of an element tree per cell (decision 0010).
 */
export type CellContent = CsvCell | { text: string; href?: string; muted?: boolean; shade?: number };

/**
 * One column of a chart's data: the same definition makes the table alternative and the CSV
 * download, so both always carry the same figures.
 */
export interface DataColumn<Row> {
  header: string;
  /** The raw value: written to the CSV, and shown in the table unless `display` is given. */
  value: (row: Row) => CsvCell;
  /** The value as the table shows it (formatted number, link, "no data" text). */
  display?: (row: Row) => CellContent;
  numeric?: boolean;
  /** The column that names the row (a `th scope="row"`). */
  rowHeader?: boolean;
}
