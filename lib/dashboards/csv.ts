import Papa from "papaparse";

// CSV for the charts' "download" links: one builder, so every download quotes the same way.
// papaparse does the quoting (commas, quotes, line breaks); `escapeFormulae` puts a quote before
// text that a spreadsheet would run as a formula (=, +, -, @ …), so a name typed into the registry
// cannot become a formula in someone's Excel. Numbers are written as numbers, so negative values
// are not touched.

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  /** The header cell. */
  header: string;
  value: (row: Row) => CsvCell;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => {
        const v = c.value(row);
        return v === null || v === undefined ? "" : v;
      })),
    },
    { newline: "\r\n", escapeFormulae: true },
  );
}

/**
 * A `data:` URL for a download link. The byte-order mark makes Excel read the file as UTF-8
 * (accents in region and actor names); other tools ignore it.
 */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
}
