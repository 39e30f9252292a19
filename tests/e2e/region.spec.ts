import { expect, test } from "@playwright/test";

// The region overview: public headline figures of one region, addressed by its slug.

test("the Cusco overview shows the region's facts and headline figures", async ({ page }) => {
  const response = await page.goto("/es/r/cusco");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Cusco/);
  await expect(page.getByRole("heading", { level: 1, name: "Cusco" })).toBeVisible();

  const facts = page.getByRole("region", { name: "Datos de la región" });
  await expect(facts.getByRole("definition").filter({ hasText: "PE-CUS" })).toHaveCount(1);
  await expect(facts.getByRole("definition").filter({ hasText: /^08$/ })).toHaveCount(1);

  const headline = page.getByRole("region", { name: "Cifras principales" });
  for (const label of ["Actores", "Proyectos", "Evidencias de cooperación", "Asientos en el consejo"]) {
    await expect(headline.getByRole("term").filter({ hasText: label })).toBeVisible();
  }
  await expect(headline.getByRole("definition").first()).toHaveText(/^\d[\d\s.,]*$/);

  const helix = page.getByRole("table", { name: "Actores registrados en Cusco, por hélice" });
  for (const label of ["Gobierno", "Academia", "Empresa", "Total"]) {
    await expect(helix.getByRole("rowheader", { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "Proyectos de I+D+i de Cusco, por estado" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Convenios y eventos conjuntos registrados en Cusco/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Consejo regional" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Proyectos recientes" })).toBeVisible();
});

test("the overview follows the language switch and keeps the region", async ({ page }) => {
  await page.goto("/es/r/cusco");
  await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/r\/cusco$/);
  await expect(page.getByRole("region", { name: "Headline figures" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Actors registered in Cusco, by helix" })).toBeVisible();
});

test("a region without data says so", async ({ page }) => {
  await page.goto("/es/r/amazonas");
  await expect(page.getByRole("heading", { level: 1, name: "Amazonas" })).toBeVisible();
  await expect(page.getByText("Esta región aún no ha registrado datos en Minka.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Cifras principales" })).toHaveCount(0);
});

test("an unknown region slug is a 404 with the localized not-found page", async ({ page }) => {
  const response = await page.goto("/es/r/atlantida");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "No encontramos esta página" })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();

  const english = await page.goto("/en/r/atlantida");
  expect(english?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find this page" })).toBeVisible();
});

test("an unknown path under a locale is a 404 too", async ({ page }) => {
  const response = await page.goto("/es/no/existe");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "No encontramos esta página" })).toBeVisible();
});
