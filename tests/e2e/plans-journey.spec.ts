import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { rscPayload } from "./support/rsc";

// Plans in Chromium against the production build: the Cusco regional admin adds an indicator to
// the seeded plan 2011–2021, enters a measurement that is far behind its path (off track), then one
// that is ahead of it (on track), and the plan's status summary follows each step. The indicator
// is created in the test, so the journey does not depend on what other specs did to seeded ones.

test.setTimeout(120_000);

const PLAN = "Plan Regional de Competitividad de Cusco 2011-2021";
const unique = () => `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1e3)}`;
const today = () => new Date().toISOString().slice(0, 10);

/** The "whole plan" row of the summary table: counts per status, in the table's column order. */
async function summary(page: Page) {
  const table = page.getByRole("table", { name: "Indicadores por estado, por objetivo y del plan completo" });
  const row = table.getByRole("row", { name: /^Plan completo/ });
  await expect(row).toBeVisible();
  const cells = row.getByRole("cell");
  const n = (await cells.allTextContents()).map((s) => Number(s.trim()));
  return { onTrack: n[0]!, atRisk: n[1]!, offTrack: n[2]!, noData: n[3]!, total: n[4]! };
}

async function addMeasurement(page: Page, value: string, status: string) {
  await page.getByLabel("Fecha", { exact: true }).fill(today());
  await page.getByLabel("Valor (proyectos)").fill(value);
  await page.getByRole("button", { name: "Añadir la medición" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se añadió la medición." })).toBeVisible();
  await expect(page.getByTestId("indicator-status")).toContainText(status);
}

test("the Cusco administrator turns an indicator from off track to on track, and the plan summary follows", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/plans");
  await expect(page.getByRole("heading", { level: 1, name: "Planes e indicadores" })).toBeVisible();
  await page.getByRole("link", { name: PLAN }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Resumen del estado de los indicadores" })).toBeVisible();
  const start = await summary(page);

  // A new indicator of objective OE1: 10 projects in 2020 → 20 in 2030.
  const code = `E${unique()}`;
  const name = `Proyectos con empresas ${code}`;
  await page.getByRole("link", { name: "Añadir un indicador al objetivo OE1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Añadir un indicador" })).toBeVisible();
  await page.getByLabel("Código", { exact: true }).fill(code);
  await page.getByLabel("Nombre", { exact: true }).fill(name);
  await page.getByLabel("Unidad", { exact: true }).fill("proyectos");
  await page.getByLabel("Valor de línea de base").fill("10");
  await page.getByLabel("Año de línea de base").fill("2020");
  await page.getByLabel("Valor meta").fill("20");
  // A target year before the baseline is refused with a translated message, and nothing is saved.
  await page.getByLabel("Año meta").fill("2019");
  await page.getByRole("button", { name: "Añadir el indicador" }).click();
  await expect(page.getByText("El año meta debe ser posterior al año de la línea de base.")).toBeVisible();
  expect(await withDb(async (db) => (await db.query(`select 1 from "Indicator" where code = $1`, [code])).rowCount)).toBe(0);
  await page.getByLabel("Año meta").fill("2030");
  await page.getByRole("button", { name: "Añadir el indicador" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${code} — ${name}` })).toBeVisible();
  await expect(page.getByTestId("indicator-status")).toContainText("Sin datos");

  // Today the path expects about 16: 10 is far behind.
  await addMeasurement(page, "10", "Fuera de camino");
  await page.getByRole("link", { name: "Volver al plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  const off = await summary(page);
  expect(off).toEqual({ ...start, offTrack: start.offTrack + 1, total: start.total + 1 });

  // 19 is ahead of the path: on track.
  await page.getByRole("link", { name: `Indicador ${code}: ${name}` }).click();
  await addMeasurement(page, "19", "En camino");
  // The chart and its table show both measurements.
  await expect(page.getByRole("figure", { name: new RegExp(`^${code} — .*trayectoria`) })).toBeVisible();
  await expect(page.getByRole("table", { name: `Mediciones del indicador ${code}, de la más reciente a la más antigua` }).getByRole("row")).toHaveCount(3);
  await page.getByRole("link", { name: "Volver al plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  const on = await summary(page);
  expect(on).toEqual({ ...start, onTrack: start.onTrack + 1, total: start.total + 1 });
});

test("an objective with many indicators shows them a page at a time; the summaries count them all", async ({ page }) => {
  const title = `Plan con muchos indicadores ${unique()}`;
  const planId = await withDb(async (db) => {
    const region = (await db.query<{ id: string }>(`select id from "Region" where slug = 'tacna'`)).rows[0]!.id;
    const plan = (
      await db.query<{ id: string }>(
        `insert into "Plan"(id, "regionId", title, "startYear", "endYear", "updatedAt") values (gen_random_uuid(), $1, $2, 2023, 2030, now()) returning id`,
        [region, title],
      )
    ).rows[0]!.id;
    const objective = (
      await db.query<{ id: string }>(
        `insert into "Objective"(id, "regionId", "planId", code, title, "updatedAt") values (gen_random_uuid(), $1, $2, 'OE1', 'Objetivo con muchos indicadores', now()) returning id`,
        [region, plan],
      )
    ).rows[0]!.id;
    await db.query(
      `insert into "Indicator"(id, "regionId", "objectiveId", code, name, unit, "updatedAt")
       select gen_random_uuid(), $1, $2, 'I' || lpad(g::text, 2, '0'), 'Indicador ' || g, 'proyectos', now() from generate_series(1, 30) g`,
      [region, objective],
    );
    return plan;
  });
  try {
    await signInAs(page, DEMO.tacnaAdmin);
    await page.goto(`/es/r/tacna/plans/${planId}`);
    expect((await summary(page)).total).toBe(30);
    const first = page.getByRole("table", { name: "Indicadores del objetivo OE1, página 1 de 2" });
    await expect(first.getByRole("row")).toHaveCount(26); // the header and 25 indicators
    await expect(first.getByRole("link", { name: "Indicador I01: Indicador 1", exact: true })).toBeVisible();

    await page.getByRole("navigation", { name: "Páginas de indicadores del objetivo OE1" }).getByRole("link", { name: "Página siguiente" }).click();
    const second = page.getByRole("table", { name: "Indicadores del objetivo OE1, página 2 de 2" });
    await expect(second.getByRole("row")).toHaveCount(6);
    await expect(second.getByRole("link", { name: "Indicador I30: Indicador 30", exact: true })).toBeVisible();
    expect((await summary(page)).total).toBe(30);

    // The indicators' table reaches the browser once as HTML and once as plain rows (decision
    // 0010), not as an element per cell: the payload's only cells are the summary table's (one
    // objective and the whole plan, six cells each); 25 indicators drawn on the server add 150.
    const html = await (await page.request.get(`/es/r/tacna/plans/${planId}`)).text();
    expect(html).toMatch(/<td[ >]/);
    const payload = rscPayload(html);
    expect(payload).toContain('"name":"Indicador 25"');
    expect(payload.split('["$","td"').length - 1).toBeLessThanOrEqual(12);
  } finally {
    await withDb((db) => db.query(`delete from "Plan" where id = $1`, [planId]));
  }
});

/** A plan of its own with one indicator (10 projects in 2020 → 20 in 2030) measured 1.9 today: its page. */
async function planWithMistypedMeasurement(): Promise<{ indicatorId: string; indicatorPage: string }> {
  const title = `Plan con una medición errada ${unique()}`;
  const { planId, indicatorId } = await withDb(async (db) => {
    const region = (await db.query<{ id: string }>(`select id from "Region" where slug = 'cusco'`)).rows[0]!.id;
    const insert = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(sql, params)).rows[0]!.id;
    const plan = await insert(`insert into "Plan"(id, "regionId", title, "startYear", "endYear", "updatedAt") values (gen_random_uuid(), $1, $2, 2020, 2030, now()) returning id`, [region, title]);
    const objective = await insert(
      `insert into "Objective"(id, "regionId", "planId", code, title, "updatedAt") values (gen_random_uuid(), $1, $2, 'OE1', 'Objetivo', now()) returning id`,
      [region, plan],
    );
    // 10 projects in 2020 → 20 in 2030; today the path expects about 16.
    const indicator = await insert(
      `insert into "Indicator"(id, "regionId", "objectiveId", code, name, unit, "baselineValue", "baselineYear", "targetValue", "targetYear", "updatedAt")
       values (gen_random_uuid(), $1, $2, 'I1', 'Proyectos con empresas', 'proyectos', 10, 2020, 20, 2030, now()) returning id`,
      [region, objective],
    );
    await db.query(`insert into "Measurement"(id, "regionId", "indicatorId", "measuredOn", value, "updatedAt") values (gen_random_uuid(), $1, $2, current_date, 1.9, now())`, [region, indicator]);
    return { planId: plan, indicatorId: indicator };
  });
  return { indicatorId, indicatorPage: `/es/r/cusco/plans/${planId}/indicators/${indicatorId}` };
}

test("a mistyped measurement is corrected in place; a second tab that saves later sees the conflict", async ({ page, context }) => {
  const { indicatorId, indicatorPage } = await planWithMistypedMeasurement();
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(indicatorPage);
  await expect(page.getByTestId("indicator-status")).toContainText("Fuera de camino");

  // 1.9 was meant to be 19: open the measurement's edit page from its row.
  await page.getByRole("link", { name: /^Editar la medición del / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Corregir la medición del / })).toBeVisible();
  await expect(page.getByLabel("Valor (proyectos)")).toHaveValue("1.9");
  const editUrl = page.url();

  // A second tab opens the same form before the first saves.
  const second = await context.newPage();
  await second.goto(editUrl);
  await expect(second.getByLabel("Valor (proyectos)")).toHaveValue("1.9");

  // A value that is not a number is refused with a message, and nothing changes.
  await page.getByLabel("Valor (proyectos)").fill("diecinueve");
  await page.getByRole("button", { name: "Guardar la medición" }).click();
  await expect(page.getByLabel("Valor (proyectos)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Valor (proyectos)").fill("19");
  await page.getByLabel("Nota").fill("Corregido: se había omitido un dígito");
  await page.getByRole("button", { name: "Guardar la medición" }).click();
  await expect(page).toHaveURL(new RegExp(`${indicatorPage}\\?saved=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByTestId("indicator-status")).toContainText("En camino");
  // Still one measurement: corrected, not added.
  expect(await withDb(async (db) => (await db.query(`select value::text from "Measurement" where "indicatorId" = $1`, [indicatorId])).rows)).toEqual([{ value: "19.0000" }]);

  // The second tab saves from the old version: the panel shows what is saved now.
  await second.getByLabel("Valor (proyectos)").fill("18");
  await second.getByRole("button", { name: "Guardar la medición" }).click();
  const panel = second.getByRole("region", { name: "El registro cambió mientras usted lo editaba" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("19");
  await expect(panel).toContainText("Corregido: se había omitido un dígito");
  expect(await withDb(async (db) => (await db.query(`select value::text from "Measurement" where "indicatorId" = $1`, [indicatorId])).rows)).toEqual([{ value: "19.0000" }]);
  await second.close();
});

test("a measurement entered by mistake is deleted from its own page, once the box is ticked", async ({ page }) => {
  const { indicatorId, indicatorPage } = await planWithMistypedMeasurement();
  const measurements = () => withDb(async (db) => (await db.query(`select value::text from "Measurement" where "indicatorId" = $1`, [indicatorId])).rows);
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(indicatorPage);
  // The list offers no one-click delete: a row leads to the measurement's page.
  await expect(page.getByRole("button", { name: /Eliminar/ })).toHaveCount(0);
  await page.getByRole("link", { name: /^Editar la medición del / }).click();

  const deletion = page.locator("section", { has: page.getByRole("heading", { name: "Eliminar la medición" }) });
  await deletion.getByRole("button", { name: "Eliminar la medición" }).click();
  await expect(deletion.getByText("Marque la casilla para confirmar")).toBeVisible();
  expect(await measurements()).toEqual([{ value: "1.9000" }]);

  await deletion.getByLabel("Sí, eliminar esta medición").check();
  await deletion.getByRole("button", { name: "Eliminar la medición" }).click();
  await expect(page).toHaveURL(new RegExp(`${indicatorPage}\\?deleted=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Se eliminó la medición." })).toBeVisible();
  await expect(page.getByTestId("indicator-status")).toContainText("Sin datos");
  expect(await measurements()).toEqual([]);
});
