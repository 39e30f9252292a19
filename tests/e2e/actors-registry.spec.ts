import { expect, test } from "@playwright/test";
import { rucCheckDigit } from "../../lib/validation/identifiers";
import { pickActor } from "./support/actor-picker";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The actor registry in Chromium against the production build: the Cusco administrator searches
// and filters the list (every choice lands in the URL), registers a firm with a valid RUC under a
// parent institution chosen by typing, finds it in the list, opens it and edits it (the parent
// search does not offer the firm itself; another parent is saved).

test.setTimeout(120_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

function freshRuc(): string {
  // "2088…": clear of the demo firms' fictional "20999…" range.
  const ten = `2088${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return `${ten}${rucCheckDigit(ten)}`;
}

test("the Cusco administrator searches, filters, registers a firm and edits it", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/actors");
  await expect(page.getByRole("heading", { level: 1, name: "Actores" })).toBeVisible();

  // Search, accent- and case-insensitive: the query goes into the URL.
  await page.getByLabel("Buscar", { exact: true }).fill("san antonio abad");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/[?&]q=san\+antonio\+abad/);
  const table = page.getByRole("table", { name: /^Actores de Cusco/ });
  await expect(table.getByRole("link", { name: "Universidad Nacional de San Antonio Abad del Cusco" })).toBeVisible();

  // A filter: only firms.
  await page.getByLabel("Buscar", { exact: true }).fill("");
  await page.getByLabel("Hélice", { exact: true }).selectOption("BUSINESS");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/[?&]helix=BUSINESS/);
  const helixCells = table.getByRole("row").locator("td:nth-child(2)");
  await expect(helixCells.first()).toHaveText("Empresa");
  expect(new Set(await helixCells.allTextContents())).toEqual(new Set(["Empresa"]));

  // Register a firm.
  const name = `Cafetalera Prueba ${unique()}`;
  const ruc = freshRuc();
  await page.getByRole("link", { name: "Registrar un actor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrar un actor" })).toBeVisible();
  await page.getByLabel("Nombre", { exact: true }).fill(name);
  await page.getByLabel("Hélice", { exact: true }).selectOption("BUSINESS");
  await page.getByLabel("Tipo", { exact: true }).selectOption("FIRM");
  await page.getByLabel("RUC", { exact: true }).fill(ruc);
  await page.getByLabel("Tamaño de empresa").selectOption("SMALL");
  await page.getByLabel("Código CIIU").fill("1079");
  await pickActor(page, "Institución superior", "Cámara de Comercio de Cusco");
  await page.getByRole("button", { name: "Registrar el actor" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByText(ruc)).toBeVisible();
  await expect(page.getByRole("link", { name: "Cámara de Comercio de Cusco" })).toBeVisible();

  // It is in the list; open it from there.
  await page.goto(`/es/r/cusco/actors?q=${encodeURIComponent(ruc)}`);
  await table.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Edit it.
  await page.getByRole("link", { name: "Editar" }).click();
  await expect(page.getByLabel("RUC", { exact: true })).toHaveValue(ruc);
  const parent = page.getByRole("combobox", { name: "Institución superior", exact: true });
  await expect(parent).toHaveValue("Cámara de Comercio de Cusco");
  await page.getByLabel("Descripción").fill("Tostado y venta de café de la provincia de La Convención.");
  // The firm cannot be its own parent: the search does not offer it.
  await parent.fill(name);
  await expect(page.getByText(`Ninguna organización coincide con «${name}».`)).toBeVisible();
  await expect(page.getByRole("option", { name })).toHaveCount(0);
  await pickActor(page, "Institución superior", "Asociación de Agencias de Turismo del Cusco");
  await page.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Tostado y venta de café de la provincia de La Convención.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Asociación de Agencias de Turismo del Cusco" })).toBeVisible();
});

test("the parent search of an institution does not offer its own units", async ({ page }) => {
  const unsaac = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `select a.id from "Actor" a join "Region" r on r.id = a."regionId" where r.slug = 'cusco' and a.acronym = 'UNSAAC'`,
    );
    return rows[0]!.id;
  });
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(`/es/r/cusco/actors/${unsaac}/edit`);
  const parent = page.getByRole("combobox", { name: "Institución superior", exact: true });
  const unit = "Facultad de Agronomía y Zootecnia";
  await parent.fill(unit);
  await expect(page.getByText(`Ninguna organización coincide con «${unit}».`)).toBeVisible();
  // Other organisations are still offered.
  await parent.fill("Cámara de Comercio");
  await expect(page.getByRole("option", { name: /Cámara de Comercio de Cusco/ })).toBeVisible();
});
