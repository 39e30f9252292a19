import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// The region overview: headline figures of one region, addressed by its slug, behind the tenant
// gate (members of the region, national viewers, platform admins).

test.describe("signed out", () => {
  test("the overview sends a visitor to sign in, and back after signing in", async ({ page }) => {
    await page.goto("/es/r/cusco");
    await expect(page).toHaveURL(/\/es\/login\?callbackUrl=%2Fes%2Fr%2Fcusco$/);
    await page.getByLabel("Correo electrónico").fill(DEMO.cuscoAdmin);
    await page.getByLabel("Contraseña").fill("Minka-demo-2026");
    await page.getByRole("button", { name: "Ingresar" }).click();
    await expect(page).toHaveURL(/\/es\/r\/cusco$/);
    await expect(page.getByRole("heading", { level: 1, name: "Cusco" })).toBeVisible();
  });
});

test.beforeEach(async ({ page }, testInfo) => {
  if (testInfo.titlePath.includes("signed out")) return;
  await signInAs(page, DEMO.nationalViewer);
});

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

test.describe("another region", () => {
  test("the Tacna admin opening Cusco gets exactly the not-found answer of a missing region", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, DEMO.tacnaAdmin);
    const other = await page.goto("/es/r/cusco");
    expect(other?.status()).toBe(404);
    const otherMain = await page.getByRole("main").innerText();
    const missing = await page.goto("/es/r/atlantida");
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole("main").innerText()).toBe(otherMain);
    // Their own region opens.
    expect((await page.goto("/es/r/tacna"))?.status()).toBe(200);
    await context.close();
  });
});
