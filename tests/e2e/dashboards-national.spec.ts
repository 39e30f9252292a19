import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import pg from "pg";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { rscPayload } from "./support/rsc";

// The dashboards in Chromium against the production build: the national viewer's journey from
// the national comparison to Cusco's network and a CSV download; the region dashboard's table
// alternatives; the national page's sorting, comparison and coverage; the printable report; the
// previous figures, said to be so, while a region's new ones take long to compute.

test.setTimeout(120_000);

/** Opens every "show the data as a table" disclosure of the page. */
async function openAllTables(page: Page) {
  const closed = page.locator("details:not([open]) > summary");
  // Each click opens one, so the list shrinks: always click the first still closed.
  for (let left = await closed.count(); left > 0; left = await closed.count()) {
    await closed.first().click();
    await expect(closed).toHaveCount(left - 1);
  }
}

test("the national viewer compares regions, opens Cusco's dashboard, filters the network by year and downloads a CSV", async ({ page }) => {
  await signInAs(page, DEMO.nationalViewer);
  await page.goto("/es/national");
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional de cooperación" })).toBeVisible();

  // The tile map: one tile per region, coloured by the cooperation index; an empty region says so.
  const map = page.getByRole("list", { name: /^Mapa de regiones del Perú: Índice de cooperación/ });
  await expect(map.getByRole("link")).toHaveCount(26);
  await expect(map.getByRole("link", { name: /^Amazonas/ })).toContainText("Sin datos");
  await expect(map.getByRole("link", { name: /^Cusco/ })).not.toContainText("Sin datos");

  // Switch the metric: the choice lands in the URL and the map follows.
  await page.getByLabel("Métrica del mapa").selectOption({ label: "Densidad de la red" });
  await page.getByRole("button", { name: "Mostrar" }).click();
  await expect(page).toHaveURL(/[?&]metric=density/);
  const densityMap = page.getByRole("list", { name: /^Mapa de regiones del Perú: Densidad de la red/ });
  await expect(densityMap.getByRole("link", { name: /^Cusco/ })).toContainText("%");

  // Open Cusco's dashboard from its tile.
  await densityMap.getByRole("link", { name: /^Cusco/ }).click();
  await expect(page).toHaveURL(/\/es\/r\/cusco\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tablero de cooperación" })).toBeVisible();

  // Filter the network by year.
  await page.getByLabel("Año", { exact: true }).selectOption("2020");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/[?&]year=2020/);
  const network = page.getByRole("region", { name: "Red de cooperación" });
  await expect(network.getByText(/^Año 2020: \d+ actor/)).toBeVisible();

  // The network arrives from the API after the page: a status line while it loads, then the
  // summary. Its table alternative and its CSV download hold the same rows.
  await network.getByText("Tabla de actores de la red").click();
  const nodes = network.getByRole("table", { name: "Actores de la red de cooperación de Cusco, 2020" });
  await expect(nodes).toBeVisible();
  const tableRows = nodes.locator("tbody tr");
  const count = await tableRows.count();
  expect(count).toBeGreaterThan(0);
  const firstActor = (await tableRows.first().locator("th").innerText()).trim();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    network.getByRole("link", { name: "Exportar Red de actores en CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cusco-red-de-actores-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const csv = Papa.parse<string[]>(text.trim(), { newline: "\r\n" }).data;
  expect(csv[0]).toEqual(["Actor", "Hélice", "Vínculos", "Comunidad"]);
  expect(csv).toHaveLength(count + 1);
  expect(csv[1]![0]).toBe(firstActor);
  expect(Number(csv[1]![2])).toBeGreaterThan(0);
});

test("every chart of the region dashboard has a table alternative and a CSV download", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/dashboard");
  const headline = page.getByRole("region", { name: "Cifras principales" });
  await expect(headline.getByRole("term").filter({ hasText: "Índice de cooperación" })).toBeVisible();
  // The change since last year is written in words, not only shown by colour.
  await expect(headline.getByText(/(Sube|Baja|Igual|Sin comparación)/).first()).toBeVisible();

  await expect(page.getByRole("table", { name: /^Peso de los vínculos entre hélices en Cusco, \d{4}$/ })).toBeVisible();
  // The network's summary and tables come from the API after the page: wait for them first.
  const network = page.getByRole("region", { name: "Red de cooperación" });
  await expect(network.getByText(/^Año \d{4}: \d+ actor/)).toBeVisible();
  await openAllTables(page);
  // The network's tables have CSV and XLSX downloads of the whole network.
  for (const [name, dataset] of [
    [/^Actores de la red de cooperación de Cusco, \d{4}$/, "Red de actores"],
    [/^Vínculos de la red de cooperación de Cusco, \d{4}$/, "Red de vínculos"],
  ] as const) {
    await expect(network.getByRole("table", { name })).toBeVisible();
    for (const format of ["CSV", "Excel (XLSX)"]) await expect(network.getByRole("link", { name: `Exportar ${dataset} en ${format}` })).toHaveCount(1);
  }
  for (const name of [
    "Métricas de cooperación de Cusco por año",
    "Asientos del consejo por hélice en Cusco",
    "Sesiones del consejo por año en Cusco",
    "Acuerdos del consejo por estado en Cusco",
    /^Seguimiento de los planes de Cusco/,
    "Proyectos por área prioritaria en Cusco",
    "Proyectos y montos por fuente de financiamiento en Cusco",
  ]) {
    const table = page.getByRole("table", { name });
    await expect(table).toBeVisible();
    await expect(page.getByRole("link", { name: typeof name === "string" ? `Descargar CSV: ${name}` : new RegExp(`^Descargar CSV: ${name.source.slice(1)}`) })).toHaveCount(1);
  }
  const areas = page.getByRole("table", { name: "Proyectos por área prioritaria en Cusco" });
  await expect(areas.getByRole("rowheader", { name: /fibra de alpaca/i })).toBeVisible();

  // The network table links each actor to its page (the keyboard's way to what a click on a node does).
  const nodes = page.getByRole("table", { name: /^Actores de la red de cooperación de Cusco/ });
  await nodes.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/es\/r\/cusco\/actors\/[0-9a-f-]{36}$/);
});

test("the region dashboard's network comes from the API after the page; a failed load says so and can be retried", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  // The page's own HTML carries no network: only the loading line where the network will go.
  const html = await (await page.request.get("/es/r/cusco/dashboard")).text();
  expect(html).toContain("Cargando la red de cooperación");
  expect(html).not.toContain("Actores de la red de cooperación de Cusco");

  // The first request for the network fails (as on a dropped connection); the retry succeeds.
  let failures = 0;
  await page.route(/\/api\/v1\/regions\/08\/network\?/, async (route) => {
    if (failures++ === 0) return route.fulfill({ status: 503, body: "" });
    return route.continue();
  });
  await page.goto("/es/r/cusco/dashboard");
  const network = page.getByRole("region", { name: "Red de cooperación" });
  await expect(network.getByRole("alert")).toContainText("No se pudo cargar la red de cooperación");
  await network.getByRole("button", { name: "Reintentar" }).click();
  await expect(network.getByText(/^Año \d{4}: \d+ actor/)).toBeVisible();
  await expect(network.getByRole("alert")).toHaveCount(0);
  expect(failures).toBe(2);
});

test("a network larger than the drawing's core comes as its core; the page says so and counts the whole network", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  // The page asks for a core of 300 actors, more than Cusco's demo network has: ask for 3 instead.
  const asked: string[] = [];
  await page.route(/\/api\/v1\/regions\/08\/network\?/, (route) => {
    const url = new URL(route.request().url());
    asked.push(url.searchParams.get("top") ?? "");
    url.searchParams.set("top", "3");
    return route.continue({ url: url.toString() });
  });
  await page.goto("/es/r/cusco/dashboard");
  const network = page.getByRole("region", { name: "Red de cooperación" });
  const summary = network.getByText(/^Año \d{4}: \d+ actor/);
  await expect(summary).toBeVisible();
  expect(asked).toEqual(["300"]);

  const [, year, actors, links] = /^Año (\d{4}): (\d+) actores y (\d+) vínculos/.exec(await summary.innerText())!;
  const whole = (await (await page.request.get(`/api/v1/regions/08/network?year=${year}`)).json()) as { nodes: unknown[]; edges: unknown[] };
  const core = (await (await page.request.get(`/api/v1/regions/08/network?year=${year}&top=3`)).json()) as { nodes: unknown[]; edges: unknown[] };
  // The summary counts the whole network; the line under it says what the drawing shows.
  expect([Number(actors), Number(links)]).toEqual([whole.nodes.length, whole.edges.length]);
  expect(core.nodes.length).toBeLessThan(whole.nodes.length);
  await expect(network.getByText(/^La red es grande: el dibujo muestra su núcleo/)).toContainText(`(${core.nodes.length} actores y ${core.edges.length} vínculos)`);
  await network.getByText("Tabla de actores de la red").click();
  await expect(network.getByRole("table", { name: `Actores de la red de cooperación de Cusco, ${year}` }).locator("tbody tr")).toHaveCount(core.nodes.length);
});

test("the national page sorts, compares regions and shows data coverage", async ({ page }) => {
  await signInAs(page, DEMO.nationalViewer);
  await page.goto("/es/national");
  const table = page.getByRole("table", { name: /^Métricas de cooperación por región/ });
  await table.getByRole("link", { name: /^Índice de cooperación/ }).click();
  await expect(page).toHaveURL(/[?&]sort=cooperationIndex&dir=asc/);
  await table.getByRole("link", { name: /^Índice de cooperación/ }).click();
  await expect(page).toHaveURL(/[?&]sort=cooperationIndex&dir=desc/);
  await expect(table.getByRole("columnheader", { name: /^Índice de cooperación/ })).toHaveAttribute("aria-sort", "descending");
  // Regions with data first, "no data" last, never sorted as zero.
  const regions = await table.locator("tbody th").allInnerTexts();
  expect(regions.slice(0, 2).sort()).toEqual(["Cusco", "Tacna"]);
  await expect(table.locator("tbody tr").last()).toContainText("Sin datos");

  const compare = page.getByRole("form", { name: "Regiones a comparar" });
  await compare.getByLabel("Cusco").check();
  await compare.getByLabel("Tacna").check();
  await compare.getByRole("button", { name: "Comparar" }).click();
  await expect(page).toHaveURL(/compare=cusco&compare=tacna/);
  const compared = page.getByRole("table", { name: /^Regiones comparadas/ });
  await expect(compared.locator("tbody tr")).toHaveCount(2);
  await expect(page.getByRole("list", { name: "Una gráfica por métrica" }).getByRole("listitem")).toHaveCount(9);

  const coverage = page.getByRole("table", { name: "Datos registrados por región y su fecha más reciente" });
  await expect(coverage.getByRole("row", { name: /Amazonas/ })).toContainText("No");
  await expect(coverage.getByRole("row", { name: /Cusco/ })).toContainText("Sí");
  await expect(page.getByRole("link", { name: "Seguimiento nacional de las recomendaciones" })).toHaveAttribute("href", "/es/national/recommendations");
});

test("the dashboards' tables and bar charts reach the browser once as HTML and once as plain rows, not as an element per cell", async ({ page }) => {
  await signInAs(page, DEMO.nationalViewer);
  for (const path of ["/es/r/cusco/dashboard", "/es/national"]) {
    const html = await (await page.request.get(path)).text();
    const payload = rscPayload(html);
    expect(payload.length, path).toBeGreaterThan(1000);
    // The HTML draws the cells and bars (readable before any JavaScript runs)…
    expect(html, path).toMatch(/<td[ >]/);
    // …and the payload carries their text as props (TableView, SvgBarChart, RegionTile), never
    // as a tree of elements, which doubled every dashboard's size.
    for (const element of ["td", "th", "rect", "text"]) expect(payload, `${path}: <${element}> in the payload`).not.toContain(`["$","${element}"`);
  }
});

test("the printable report follows the study and prints without the site's navigation", async ({ page }) => {
  await signInAs(page, DEMO.nationalViewer);
  await page.goto("/es/r/tacna/report");
  await expect(page.getByRole("heading", { level: 1, name: "Informe de Tacna" })).toBeVisible();
  for (const chapter of ["1. Los actores", "2. La gobernanza", "3. El plan", "4. La cooperación", "5. Las recomendaciones"]) {
    await expect(page.getByRole("heading", { level: 2, name: chapter })).toBeVisible();
  }
  // The governance chapter names the region's current forum and its seats in force.
  const governance = page.getByRole("region", { name: "2. La gobernanza" });
  await expect(governance.getByRole("definition").filter({ hasText: "Foro Regional de Investigación, Desarrollo e Innovación de Tacna" })).toBeVisible();
  await expect(governance.getByRole("term").filter({ hasText: "Asientos vigentes" }).locator("xpath=following-sibling::dd")).toHaveText(/^[1-9]\d*$/);
  const recommendations = page.getByRole("table", { name: "Estado de las recomendaciones del estudio en Tacna" });
  for (const code of ["A", "B", "C", "D", "E", "F", "G"]) await expect(recommendations.getByRole("rowheader", { name: code, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Imprimir / PDF" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimir / PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Informe de Tacna" })).toBeVisible();
});

test("the dashboards stay closed to those who may not see them", async ({ page }) => {
  await signInAs(page, DEMO.tacnaAdmin);
  expect((await page.goto("/es/national"))?.status()).toBe(404);
  expect((await page.goto("/es/r/cusco/dashboard"))?.status()).toBe(404);
  expect((await page.goto("/es/r/cusco/report"))?.status()).toBe(404);
  expect((await page.goto("/es/r/tacna/dashboard"))?.status()).toBe(200);
});

test("while a region's new figures take long to compute, the pages show the previous ones and say so", async ({ page }) => {
  // The pages wait METRICS_WAIT_MS (2 s) for a recomputation. Another app instance computing the
  // region — its advisory lock, held here — outlasts that, and a change arrives meanwhile.
  test.setTimeout(90_000);
  await signInAs(page, DEMO.nationalViewer);
  const staleNote = page.getByRole("status").filter({ hasText: "antes de los últimos cambios de la región, y se están recalculando" });
  const metricsApi = async () => ((await (await page.request.get("/api/v1/regions/23/metrics")).json()) as { data: { stale: boolean; dataVersion: number }[] }).data;
  const network = page.getByRole("region", { name: "Red de cooperación" });
  const networkNote = network.getByRole("status").filter({ hasText: "Se muestra la red anterior a los últimos cambios de la región" });
  const national = await page.context().newPage();
  const nationalNote = national.getByRole("status").filter({ hasText: "Cifras en recálculo tras cambios recientes: Tacna." });

  await page.goto("/es/r/tacna/dashboard");
  await expect(network.getByText(/^Año \d{4}: \d+ actor/)).toBeVisible();
  await expect(staleNote).toHaveCount(0);
  const fresh = await metricsApi();
  expect(fresh.length).toBeGreaterThan(0);
  expect(fresh.every((y) => !y.stale)).toBe(true);

  const lock = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await lock.connect();
  try {
    await lock.query("BEGIN");
    await lock.query(`SELECT pg_advisory_xact_lock(hashtextextended('minka:metrics:' || id::text, 0)) FROM "Region" WHERE slug = 'tacna'`);
    await withDb((client) => client.query(`UPDATE "Region" SET "dataVersion" = "dataVersion" + 1 WHERE slug = 'tacna'`));

    // The printed report carries the warning.
    await page.goto("/es/r/tacna/report");
    await expect(staleNote).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(staleNote).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // So does the national page, in a second tab, naming the region.
    await national.goto("/es/national");
    await expect(nationalNote).toBeVisible();
    await expect(national.getByRole("list", { name: /^Mapa de regiones del Perú/ }).getByRole("link", { name: /^Tacna/ })).not.toContainText("Sin datos");

    await page.goto("/es/r/tacna/dashboard");
    await expect(staleNote).toBeVisible();
    await expect(staleNote).toContainText(/^Estas cifras se calcularon el \d/);
    await expect(staleNote).toContainText("Esta página se actualizará sola cuando estén listas.");
    // The figures are still there, and the network (from the API) says the same of itself.
    await expect(page.getByRole("region", { name: "Cifras principales" }).getByText(/^Cifras del año \d{4}/)).toBeVisible();
    await expect(networkNote).toBeVisible();
    await expect(network.getByText(/^Año \d{4}: \d+ actor/)).toBeVisible();

    const during = await metricsApi();
    expect(during.map((y) => y.dataVersion)).toEqual(fresh.map((y) => y.dataVersion));
    expect(during.every((y) => y.stale)).toBe(true);
  } finally {
    await lock.query("COMMIT");
    await lock.end();
  }

  // The other instance gone, both pages, which ask every few seconds, update themselves: no reload.
  await expect(staleNote).toHaveCount(0, { timeout: 30_000 });
  await expect(networkNote).toHaveCount(0);
  await expect(network.getByText(/^Año \d{4}: \d+ actor/)).toBeVisible();
  await expect(nationalNote).toHaveCount(0, { timeout: 30_000 });
  const after = await metricsApi();
  expect(after.every((y) => !y.stale && y.dataVersion === fresh[0]!.dataVersion + 1)).toBe(true);
});
