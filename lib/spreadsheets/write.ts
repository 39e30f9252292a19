import ExcelJS from "exceljs";
import Papa from "papaparse";

// Writing rows to CSV or XLSX: used by every export and by the import templates. Values arrive
// already translated (labels, yes/no); dates stay dates so XLSX keeps them as real dates.

export type Cell = string | number | Date | null | undefined;

export type SpreadsheetFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A calendar date (`@db.Date`, midnight UTC) as yyyy-mm-dd; a timestamp as ISO 8601. */
function dateText(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe: an exported name must never become a formula on someone's computer.
 * Plain numbers ("-12.5") are left alone.
 */
export function csvSafe(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "number") return String(value);
  return csvSafe(value);
}

/** CSV with a UTF-8 BOM (so Excel shows accents right), comma-separated, CRLF line ends. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${Papa.unparse({ fields: header, data: rows.map((r) => r.map(csvCell)) }, { newline: "\r\n" })}\r\n`;
}

/** One worksheet: bold frozen header, dates formatted as dates, columns sized to their content. */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minka";
  // Excel allows 31 characters and no []:*?/\ in a sheet name.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Minka", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (v === undefined ? null : v)));
  sheet.columns.forEach((column, i) => {
    let width = header[i]?.length ?? 8;
    for (const r of rows.slice(0, 200)) {
      const v = r[i];
      width = Math.max(width, v instanceof Date ? 10 : String(v ?? "").length);
    }
    column.width = Math.min(60, width + 2);
    if (rows.some((r) => r[i] instanceof Date)) column.numFmt = "yyyy-mm-dd";
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function toSpreadsheet(format: SpreadsheetFormat, sheetName: string, header: string[], rows: Cell[][]): Promise<Uint8Array> {
  return format === "csv" ? new TextEncoder().encode(toCsv(header, rows)) : toXlsx(sheetName, header, rows);
}

/** A file name safe in a Content-Disposition header: ASCII letters, digits and dashes. */
export function safeFileName(base: string, format: SpreadsheetFormat): string {
  const ascii = base
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return `${ascii || "minka"}.${format}`;
}

/** The response of a download: the bytes, the type and the file name. */
export function spreadsheetResponse(bytes: Uint8Array, format: SpreadsheetFormat, fileBase: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${safeFileName(fileBase, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
