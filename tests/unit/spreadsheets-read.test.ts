// Reading and writing spreadsheets without a database: CSV quirks (BOM, `;`, quotes, empty
// lines, Windows-1252), XLSX round trips, limits, and the export writer's safety rules.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_ROWS, readSpreadsheet, SpreadsheetError } from "@/lib/spreadsheets/read";
import { csvSafe, toCsv, toXlsx } from "@/lib/spreadsheets/write";
import { enumReader, fold } from "@/lib/spreadsheets/messages";
import { Helix } from "@/lib/generated/prisma/enums";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refused(promise: Promise<unknown>): Promise<SpreadsheetError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  return error as SpreadsheetError;
}

describe("CSV", () => {
  it("drops the UTF-8 BOM and keeps accents", async () => {
    const sheet = await readSpreadsheet("a.csv", utf8("\uFEFFNombre,Hélice\nCafé Ñusta,Empresa\n"));
    expect(sheet.header).toEqual(["Nombre", "Hélice"]);
    expect(sheet.rows).toEqual([{ line: 2, cells: ["Café Ñusta", "Empresa"] }]);
  });

  it("reads `;` as the delimiter when the header uses it, even with commas in values", async () => {
    const sheet = await readSpreadsheet("a.csv", utf8('Nombre;Descripción\n"Gómez, Hnos.";Una, dos\n'));
    expect(sheet.header).toEqual(["Nombre", "Descripción"]);
    expect(sheet.rows[0]!.cells).toEqual(["Gómez, Hnos.", "Una, dos"]);
  });

  it("handles quoted fields with delimiters, doubled quotes and line breaks", async () => {
    const sheet = await readSpreadsheet("a.csv", utf8('a,b\r\n"x, ""y""","línea 1\nlínea 2"\r\nz,w\r\n'));
    expect(sheet.rows[0]!.cells).toEqual(['x, "y"', "línea 1\nlínea 2"]);
    expect(sheet.rows[1]).toEqual({ line: 3, cells: ["z", "w"] });
  });

  it("skips empty lines but keeps the row numbers a spreadsheet shows", async () => {
    const sheet = await readSpreadsheet("a.csv", utf8("a,b\n\n1,2\n , \n3,4\n\n"));
    expect(sheet.rows.map((r) => r.line)).toEqual([3, 5]);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("reads Windows-1252 text (Excel's 'CSV delimitado por comas')", async () => {
    const bytes = new Uint8Array([...utf8("Nombre\n"), 0x43, 0x61, 0x66, 0xe9, 0x0a]); // "Café" in 1252
    const sheet = await readSpreadsheet("a.csv", bytes);
    expect(sheet.rows[0]!.cells).toEqual(["Café"]);
  });

  it("trims cells and drops trailing empty header cells", async () => {
    const sheet = await readSpreadsheet("a.csv", utf8(" a , b ,,\n 1 , 2 ,,\n"));
    expect(sheet.header).toEqual(["a", "b"]);
    expect(sheet.rows[0]!.cells.slice(0, 2)).toEqual(["1", "2"]);
  });

  it("refuses empty files, unclosed quotes, legacy .xls and too many rows", async () => {
    expect((await refused(readSpreadsheet("a.csv", new Uint8Array()))).code).toBe("empty");
    expect((await refused(readSpreadsheet("a.csv", utf8("\n\n  \n")))).code).toBe("empty");
    expect((await refused(readSpreadsheet("a.csv", utf8('a,b\n"x,1\n')))).code).toBe("badQuotes");
    expect((await refused(readSpreadsheet("a.xls", utf8("a\n1\n")))).code).toBe("unsupported");
    expect((await refused(readSpreadsheet("a.xlsx", utf8("a\n1\n")))).code).toBe("unreadable");
    const big = `a\n${"1\n".repeat(MAX_ROWS + 1)}`;
    expect((await refused(readSpreadsheet("a.csv", utf8(big)))).code).toBe("tooManyRows");
  });
});

describe("XLSX", () => {
  it("reads what the writer wrote: text, numbers as digits, dates as yyyy-mm-dd, gaps kept", async () => {
    const bytes = await toXlsx("Prueba", ["Nombre", "RUC", "Fecha"], [
      ["Café Ñusta", "20100070970", new Date(Date.UTC(2024, 2, 1))],
      [null, null, null],
      ["Otra", 20100070970, null],
    ]);
    const sheet = await readSpreadsheet("x.xlsx", bytes);
    expect(sheet.header).toEqual(["Nombre", "RUC", "Fecha"]);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ["Café Ñusta", "20100070970", "2024-03-01"] },
      { line: 4, cells: ["Otra", "20100070970"] },
    ]);
  });

  it("is detected by content, whatever the extension, and reads formulas as their result", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Hoja");
    ws.addRow(["a", "b"]);
    ws.addRow([1, { formula: "A2*2", result: 2 }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const sheet = await readSpreadsheet("subido.csv", bytes);
    expect(sheet.rows[0]!.cells).toEqual(["1", "2"]);
  });
});

describe("writing", () => {
  it("CSV starts with a BOM, quotes what needs it, and reads back the same", async () => {
    const csv = toCsv(["Nombre", "Texto"], [["Gómez, Hnos.", 'dice "hola"\nadiós'], ["Solo", null]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const sheet = await readSpreadsheet("x.csv", utf8(csv));
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ["Gómez, Hnos.", 'dice "hola"\nadiós'],
      ["Solo", ""],
    ]);
  });

  it("never lets a value become a formula, but leaves numbers alone", () => {
    expect(csvSafe("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(csvSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvSafe("+51 984")).toBe("'+51 984");
    expect(csvSafe("-12.5")).toBe("-12.5");
    expect(csvSafe("Empresa")).toBe("Empresa");
  });
});

describe("labels", () => {
  it("folds case, accents and spacing", () => {
    expect(fold("  Hélice_Tipo ")).toBe("helice tipo");
  });

  it("reads enum values as codes or as labels in either language", () => {
    const helix = enumReader(Helix, "helix");
    expect(helix("BUSINESS")).toBe("BUSINESS");
    expect(helix("empresa")).toBe("BUSINESS");
    expect(helix("Business")).toBe("BUSINESS");
    expect(helix("civil society")).toBe("CIVIL_SOCIETY");
    expect(helix("Investigacion")).toBe("RESEARCH");
    expect(helix("Empresas")).toBeNull();
  });
});
