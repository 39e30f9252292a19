import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { rucCheckDigit } from "../../lib/validation/identifiers";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The actor import in Chromium against the production build: the Cusco administrator downloads
// the template, uploads a CSV with a bad RUC and sees the translated row error with nothing
// saved, uploads the corrected file, sees the preview, commits, and finds the actors in the list.
// The progress bar is followed on a job that is still being checked.

test.setTimeout(120_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

function freshRuc(): string {
  // "2077…": clear of the demo firms' fictional "20999…" range and of other specs' "2088…".
  const ten = `2077${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return `${ten}${rucCheckDigit(ten)}`;
}

async function actorsNamed(prefix: string): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from "Actor" where name like $1`, [`${prefix}%`]);
    return rows[0]!.n;
  });
}

test("the Cusco administrator imports actors from a CSV: error, fix, preview, commit", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/actors");
  await page.getByRole("link", { name: "Importar", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importar actores" })).toBeVisible();

  // The template, in Spanish, with required columns marked.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Plantilla CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("plantilla-actores.csv");
  const template = fs.readFileSync((await download.path())!, "utf8");
  const header = template.replace(/^\uFEFF/, "").split(/\r?\n/)[0]!;
  expect(header).toContain("Nombre *");
  expect(header).toContain("RUC");
  const xlsxHref = await page.getByRole("link", { name: "Plantilla Excel (XLSX)" }).getAttribute("href");
  const xlsx = await page.request.get(xlsxHref!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

  // A file with a wrong check digit on its second data row (row 3): nothing is saved.
  const tag = `Importada ${unique()}`;
  const good = freshRuc();
  const fixed = freshRuc();
  const broken = `${fixed.slice(0, 10)}${(Number(fixed[10]) + 1) % 10}`;
  const csv = (ruc: string) =>
    `${header}\r\n${tag} Uno,,Empresa,Empresa,Cusco,${good},,,,Pequeña empresa,Formal,1079,\r\n${tag} Dos,,Empresa,FIRM,0801,${ruc},,,,,,,\r\n`;
  await page.getByLabel("Archivo CSV o XLSX").setInputFiles({ name: "actores.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv(broken)}`) });
  await page.getByRole("button", { name: "Revisar el archivo" }).click();
  await expect(page.getByText("El archivo tiene errores: no se importó nada.")).toBeVisible();
  const errors = page.getByRole("table", { name: "Errores por fila" });
  const errorRow = errors.getByRole("row").nth(1);
  await expect(errorRow.getByRole("cell").nth(0)).toHaveText("3");
  await expect(errorRow.getByRole("cell").nth(1)).toHaveText("RUC");
  await expect(errorRow.getByRole("cell").nth(2)).toContainText("Este RUC no es válido");
  await expect(page.getByRole("button", { name: /^Importar/ })).toHaveCount(0);
  expect(await actorsNamed(tag)).toBe(0);

  // The corrected file: preview, then one commit.
  await page.getByLabel("Archivo CSV o XLSX").setInputFiles({ name: "actores-corregido.csv", mimeType: "text/csv", buffer: Buffer.from(csv(fixed)) });
  await page.getByRole("button", { name: "Revisar el archivo" }).click();
  await expect(page.getByRole("heading", { name: "Vista previa" })).toBeVisible();
  await expect(page.getByText("2 filas listas para importar.")).toBeVisible();
  const preview = page.getByRole("table", { name: /Primeras 2 filas/ });
  await expect(preview.getByRole("cell", { name: `${tag} Dos` })).toBeVisible();
  expect(await actorsNamed(tag)).toBe(0);
  await page.getByRole("button", { name: "Importar 2 filas" }).click();
  await expect(page.getByText("Se importaron 2 registros.").first()).toBeVisible();
  expect(await actorsNamed(tag)).toBe(2);

  await page.getByRole("link", { name: "Ver la lista" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actores" })).toBeVisible();
  await page.getByLabel("Buscar", { exact: true }).fill(tag);
  await page.getByRole("button", { name: "Aplicar" }).click();
  const table = page.getByRole("table", { name: /^Actores de Cusco/ });
  await expect(table.getByRole("link", { name: `${tag} Uno` })).toBeVisible();
  await expect(table.getByRole("link", { name: `${tag} Dos` })).toBeVisible();
});

test("the progress bar follows a job that is still being checked, then shows its result", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  const jobId = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into "ImportJob"(id, "regionId", kind, status, "fileName", "totalRows", "processedRows", "updatedAt")
       select gen_random_uuid(), id, 'ACTORS', 'VALIDATING', 'grande.csv', 2000, 500, now() from "Region" where slug = 'cusco' returning id`,
    );
    return rows[0]!.id;
  });
  await page.goto(`/es/r/cusco/actors/import?job=${jobId}`);
  const bar = page.getByRole("progressbar", { name: "Avance de la revisión" });
  await expect(bar).toBeVisible();
  await expect(page.getByText("500 de 2000 filas revisadas")).toBeVisible();

  // Another instance moves the job on: the page follows it by polling.
  await withDb((db) => db.query(`update "ImportJob" set "processedRows" = 1500, "updatedAt" = now() where id = $1`, [jobId]));
  await expect(page.getByText("1500 de 2000 filas revisadas")).toBeVisible();
  await withDb((db) =>
    db.query(
      `update "ImportJob" set "processedRows" = 2000, status = 'INVALID', "errorCount" = 1,
         errors = '[{"row": 12, "column": "ruc", "code": "validation.actors.rucCheck"}]'::jsonb, rows = '{"preview": []}'::jsonb, "updatedAt" = now()
       where id = $1`,
      [jobId],
    ),
  );
  await expect(page.getByText("El archivo tiene errores: no se importó nada.")).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Errores por fila" }).getByRole("row").nth(1)).toContainText("12");

  // The same job, read by the Tacna administrator, does not exist.
  await signInAs(page, DEMO.tacnaAdmin);
  const response = await page.request.get(`/api/regions/cusco/imports/${jobId}`);
  expect(response.status()).toBe(404);
});
