import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// Exports from the pages: the actors list's link carries its filters; the council page offers
// seats and agreements. Files are read back and compared with the database.

test("the actors list exports what it shows, and the council page its seats", async ({ page }) => {
  await signInAs(page, DEMO.unsaacOffice);
  await page.goto("/es/r/cusco/actors?helix=ACADEMIA");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportar Actores en CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cusco-actores-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^Nombre,Sigla,Hélice,Tipo,Provincia,RUC/);
  const academia = await withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from "Actor" a join "Region" r on r.id = a."regionId" where r.slug = 'cusco' and a.helix = 'ACADEMIA' and a."archivedAt" is null`,
    );
    return rows[0]!.n;
  });
  expect(lines.length - 1).toBe(academia);
  expect(lines.slice(1).every((l) => l.includes(",Academia,"))).toBe(true);

  await page.goto("/es/r/cusco/council");
  const seatsHref = await page.getByRole("link", { name: "Exportar Asientos del consejo en Excel (XLSX)" }).getAttribute("href");
  const seats = await page.request.get(seatsHref!);
  expect(seats.status()).toBe(200);
  expect(seats.headers()["content-disposition"]).toMatch(/attachment; filename="cusco-asientos-del-consejo-\d{4}-\d{2}-\d{2}\.xlsx"/);
  await expect(page.getByRole("link", { name: "Exportar Acuerdos en CSV" })).toBeVisible();
});
