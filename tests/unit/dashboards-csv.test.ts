import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvDataUrl, toCsv, type CsvColumn } from "@/lib/dashboards/csv";
import { metricChange, onHundredScale } from "@/lib/dashboards/format";
import { sortNationalRows, type NationalRow } from "@/lib/dashboards/national";
import { parseNationalQuery, parseRegionDashboardQuery, resolveYear } from "@/lib/dashboards/query";

type Row = { name: string; value: number | null };
const columns: CsvColumn<Row>[] = [
  { header: "Nombre", value: (r) => r.name },
  { header: "Valor", value: (r) => r.value },
];

describe("CSV builder", () => {
  it("writes a header and one line per row, CRLF-separated", () => {
    expect(toCsv(columns, [{ name: "Cusco", value: 3 }, { name: "Tacna", value: 0.25 }])).toBe("Nombre,Valor\r\nCusco,3\r\nTacna,0.25");
  });

  it("quotes commas, quotes and line breaks, so a spreadsheet reads the same cells back", () => {
    const rows: Row[] = [
      { name: 'Cámara de Comercio, "Tacna"', value: 1 },
      { name: "línea\nnueva", value: 2 },
    ];
    const csv = toCsv(columns, rows);
    expect(csv).toContain('"Cámara de Comercio, ""Tacna"""');
    const parsed = Papa.parse<string[]>(csv, { newline: "\r\n" }).data;
    expect(parsed).toEqual([["Nombre", "Valor"], ['Cámara de Comercio, "Tacna"', "1"], ["línea\nnueva", "2"]]);
  });

  it("defuses text a spreadsheet would run as a formula, but leaves negative numbers alone", () => {
    const csv = toCsv(columns, [{ name: "=HYPERLINK(\"http://x\")", value: -3 }, { name: "@SUM(A1)", value: null }]);
    const parsed = Papa.parse<string[]>(csv, { newline: "\r\n" }).data;
    expect(parsed[1]).toEqual(["'=HYPERLINK(\"http://x\")", "-3"]);
    expect(parsed[2]).toEqual(["'@SUM(A1)", ""]);
  });

  it("writes no data as an empty cell, never as zero", () => {
    expect(toCsv(columns, [{ name: "Amazonas", value: null }])).toBe("Nombre,Valor\r\nAmazonas,");
  });

  it("makes a UTF-8 data: URL with a byte-order mark for Excel", () => {
    const url = csvDataUrl("a,b\r\nÁncash,1");
    expect(url.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(",") + 1))).toBe("\uFEFFa,b\r\nÁncash,1");
  });
});

describe("dashboard helpers", () => {
  it("reads the URL, ignoring bad values", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(parseRegionDashboardQuery({ year: "2024", kind: ["PROJECT", "NOPE"] }, now)).toEqual({ year: 2024, kinds: ["PROJECT"] });
    expect(parseRegionDashboardQuery({ year: "2099", kind: "PROJECT,CONVENIO,JOINT_EVENT,COUNCIL" }, now)).toEqual({ year: null, kinds: [] });
    const q = parseNationalQuery({ metric: "nope", sort: "density", dir: "desc", compare: ["cusco", "tacna", "../x"] }, now);
    expect(q).toMatchObject({ metric: "cooperationIndex", sort: "density", dir: "desc", compare: ["cusco", "tacna"] });
  });

  it("shows the year asked for if the metrics have it, else the latest one they have", () => {
    expect(resolveYear(2020, [2019, 2020, 2021])).toBe(2020);
    expect(resolveYear(2018, [2019, 2020, 2021])).toBe(2021);
    expect(resolveYear(null, [2019, 2021])).toBe(2021);
    expect(resolveYear(null, [], new Date("2026-01-01T00:00:00Z"))).toBe(2026);
  });

  it("words the change since last year in the metric's own terms", () => {
    expect(metricChange("crossHelixShare", 0.5, 0.45)).toEqual({ direction: "up", delta: 5, better: true });
    expect(metricChange("isolatedShare", 0.5, 0.45)).toEqual({ direction: "up", delta: 5, better: false });
    expect(metricChange("actors", 10, 12)).toEqual({ direction: "down", delta: -2, better: null });
    expect(metricChange("density", null, 0.1)).toBeNull();
    expect(onHundredScale("density", 0.1234)).toBe(12.3);
    expect(onHundredScale("actors", 5)).toBeNull();
  });

  it("sorts regions without data last, whichever the direction", () => {
    const row = (name: string, v: number | null): NationalRow => ({
      region: { id: name, code: name, slug: name, name },
      hasData: v !== null,
      lastDataAt: null,
      values: { density: v },
    });
    const rows = [row("Amazonas", null), row("Cusco", 0.2), row("Tacna", 0.4), row("Ica", 0)];
    expect(sortNationalRows(rows, "density", "desc", "es").map((r) => r.region.name)).toEqual(["Tacna", "Cusco", "Ica", "Amazonas"]);
    expect(sortNationalRows(rows, "density", "asc", "es").map((r) => r.region.name)).toEqual(["Ica", "Cusco", "Tacna", "Amazonas"]);
    expect(sortNationalRows(rows, "name", "asc", "es").map((r) => r.region.name)).toEqual(["Amazonas", "Cusco", "Ica", "Tacna"]);
  });
});
