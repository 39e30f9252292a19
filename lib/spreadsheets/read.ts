import ExcelJS from "exceljs";
import Papa from "papaparse";

// Reading an uploaded spreadsheet (CSV or XLSX) into a header and rows of trimmed strings. Pure
// and server-side: no database, no translations. Every problem is a SpreadsheetError whose code
// is a translation key under `imports.fileErrors.`.

/** Larger files are refused before parsing (10,000 rows of actors are about 1.5 MB as CSV). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Data rows, not counting the header. */
export const MAX_ROWS = 20_000;

export type SpreadsheetErrorCode = "tooLarge" | "tooManyRows" | "empty" | "unreadable" | "unsupported" | "badQuotes";

export class SpreadsheetError extends Error {
  constructor(
    readonly code: SpreadsheetErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`spreadsheet: ${code}`);
  }
}

export interface SheetRow {
  /** The row number a person sees in Excel (the header is row 1). Empty rows keep their number. */
  line: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  /** Non-empty data rows, in file order. */
  rows: SheetRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads a CSV or XLSX file: the content decides (magic bytes), the extension only breaks ties. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new SpreadsheetError("tooLarge", { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  if (bytes.byteLength === 0) throw new SpreadsheetError("empty");
  if (startsWith(bytes, OLE_MAGIC) || /\.(xls|ods|numbers)$/i.test(fileName)) throw new SpreadsheetError("unsupported");
  if (startsWith(bytes, ZIP_MAGIC)) return finish(await xlsxRows(bytes));
  if (/\.xlsx$/i.test(fileName)) throw new SpreadsheetError("unreadable");
  return finish(csvRows(decodeText(bytes)));
}

/**
 * UTF-8 (with or without BOM) is the norm; Excel in Spanish still saves "CSV (delimitado por
 * comas)" as Windows-1252, so text that is not valid UTF-8 is read as that instead.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The delimiter of the header line: `;` (Excel with a comma as decimal separator, common in
 * Spanish-speaking setups), tab, or `,`. Counted outside quotes; a tie goes to `,`.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]! += 1;
  }
  if (counts[";"]! > counts[","]! && counts[";"]! >= counts["\t"]!) return ";";
  if (counts["\t"]! > counts[","]!) return "\t";
  return ",";
}

/** Every record with its 1-based position; quoted fields may span lines. */
export function csvRows(text: string): SheetRow[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) throw new SpreadsheetError("badQuotes", { row: (quoteError.row ?? 0) + 1 });
  return parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
}

/** A cell as text the way a person reads it: dates as yyyy-mm-dd, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return cellText((value as ExcelJS.CellHyperlinkValue).text);
  if ("error" in value) return "";
  return String(value);
}

async function xlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer; this views the same memory.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError("unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError("empty");
  if (sheet.actualRowCount > MAX_ROWS + 1) throw new SpreadsheetError("tooManyRows", { max: MAX_ROWS });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push({ line: rowNumber, cells: Array.from(values, (v) => cellText(v).trim()) });
  });
  return rows;
}

/** Drops empty rows, takes the first non-empty row as the header, applies the row limit. */
function finish(all: SheetRow[]): Sheet {
  const nonEmpty = all.filter((r) => r.cells.some((c) => c !== ""));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new SpreadsheetError("empty");
  if (rows.length > MAX_ROWS) throw new SpreadsheetError("tooManyRows", { max: MAX_ROWS });
  // Trailing empty header cells (Excel's formatting often leaves them) are not columns.
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1] === "") width--;
  return { header: header.cells.slice(0, width), rows };
}
