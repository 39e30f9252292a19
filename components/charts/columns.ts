import type { ReactNode } from "react";
import type { CsvCell } from "@/lib/dashboards/csv";

/**
 * One column of a chart's data: the same definition makes the table alternative and the CSV
 * download, so both always carry the same figures.
 */
export interface DataColumn<Row> {
  header: string;
  /** The raw value: written to the CSV, and shown in the table unless `display` is given. */
  value: (row: Row) => CsvCell;
  /** The value as the table shows it (formatted number, link, "no data" text). */
  display?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The column that names the row (a `th scope="row"`). */
  rowHeader?: boolean;
}
