import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// The landing page: Spanish by default, every region listed, numbers only where there is data.

test("a new visitor gets the Spanish landing page, whatever their browser prefers", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/es$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(
    page.getByRole("heading", { level: 1, name: "Sistemas regionales de innovación del Perú" }),
  ).toBeVisible();
  await context.close();
});

test("lists the 26 regions, pilot regions first, with numbers or 'sin datos'", async ({ page }) => {
  await page.goto("/es");
  const table = page.getByRole("table", { name: "Regiones del Perú y sus cifras principales" });
  await expect(table.getByRole("rowheader")).toHaveCount(26);

  // For a visitor, every region links to its overview (behind the sign-in page).
  await expect(table.getByRole("rowheader").getByRole("link")).toHaveCount(26);

  // Cusco, a pilot region, shows counts: actors, projects and evidence cells are numbers.
  const cusco = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Cusco", exact: true }) });
  await expect(cusco).toHaveCount(1);
  const cells = cusco.getByRole("cell");
  for (const index of [1, 2, 3]) {
    await expect(cells.nth(index)).toHaveText(/^\d[\d\s.,]*$/);
  }
  await expect(cusco).not.toContainText("Sin datos");

  // A region that has recorded nothing says so instead of showing zeros.
  const amazonas = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Amazonas", exact: true }) });
  await expect(amazonas).toContainText("Sin datos");
  await expect(amazonas.getByRole("cell").filter({ hasText: /^0$/ })).toHaveCount(0);

  // Pilot regions come before the others.
  const firstRegion = table.getByRole("rowheader").first();
  await expect(firstRegion).toContainText(/Cusco|Tacna/);
});

test("the language switch turns the page into English and back", async ({ page }) => {
  await page.goto("/es");
  await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Regional innovation systems of Peru" })).toBeVisible();
  const table = page.getByRole("table", { name: "Peru's regions and their headline figures" });
  const amazonas = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Amazonas", exact: true }) });
  await expect(amazonas).toContainText("No data");

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Sistemas regionales de innovación del Perú" }),
  ).toBeVisible();
});

test("a region links to its overview, which asks a visitor to sign in first", async ({ page }) => {
  await page.goto("/es");
  await page.getByRole("link", { name: "Cusco", exact: true }).click();
  await expect(page).toHaveURL(/\/es\/login\?callbackUrl=%2Fes%2Fr%2Fcusco$/);
  await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
});

test("a signed-in user gets links only to the regions they may open; councils link to their public page", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es");
  const table = page.getByRole("table", { name: "Regiones del Perú y sus cifras principales" });
  await expect(page.getByText("Las regiones que usted puede consultar enlazan con su resumen")).toBeVisible();
  // Cusco's administrator opens Cusco; Tacna's page would answer "not found", so it is no link.
  await expect(table.getByRole("rowheader").getByRole("link")).toHaveText(["Cusco"]);
  // The row header holds the name and the "Piloto" badge.
  const tacna = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Tacna\b/ }) });
  await expect(tacna).toHaveCount(1);
  // Tacna's forum is public all the same.
  await tacna.getByRole("link", { name: /Foro/ }).click();
  await expect(page).toHaveURL(/\/es\/p\/tacna\/council$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tacna");
});

test("a national viewer gets a link to every region", async ({ page }) => {
  await signInAs(page, DEMO.nationalViewer);
  await page.goto("/es");
  const table = page.getByRole("table", { name: "Regiones del Perú y sus cifras principales" });
  await expect(table.getByRole("rowheader").getByRole("link")).toHaveCount(26);
  await table.getByRole("link", { name: "Tacna", exact: true }).click();
  await expect(page).toHaveURL(/\/es\/r\/tacna$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tacna" })).toBeVisible();
});

test("the page has landmarks and a skip link to the main content", async ({ page }) => {
  await page.goto("/es");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navegación principal" })).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Saltar al contenido principal" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

// Without an icon of its own, every first visit asked for /favicon.ico and got a rendered 404
// page (and a console error).
test("pages name Minka's icon, and the browser asks for no other", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/es");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.waitForLoadState("networkidle");
  expect(missing).toEqual([]);
});
