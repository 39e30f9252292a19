import { expect, test } from "@playwright/test";
import { pickActor } from "./support/actor-picker";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The recommendations tracker in Chromium against the production build: the Tacna administrator
// updates recommendation B's status and responsible institution (chosen by typing in the
// organisation picker), and the national viewer sees the status in the national matrix.

test.setTimeout(120_000);

test("the Tacna administrator updates recommendation B and the national viewer sees it in the matrix", async ({ browser }) => {
  const current = await withDb(async (db) => {
    const { rows } = await db.query<{ status: string | null; responsible: string | null }>(
      `select f.status::text as status, a.name as responsible from "Recommendation" rec
       left join "RecommendationFollowUp" f on f."recommendationId" = rec.id and f."regionId" = (select id from "Region" where slug = 'tacna')
       left join "Actor" a on a.id = f."responsibleActorId"
       where rec."regionId" is null and rec.code = 'B'`,
    );
    return rows[0] ?? { status: null, responsible: null };
  });
  // A status and an institution different from today's, so the change is visible.
  const [value, label] = current.status === "COMPLETED" ? ["IN_PROGRESS", "En curso"] : ["COMPLETED", "Completada"];
  const [responsible, acronym] = current.responsible === "Gobierno Regional Tacna" ? ["Universidad Nacional Jorge Basadre Grohmann", "UNJBG"] : ["Gobierno Regional Tacna", "GORE Tacna"];

  const admin = await browser.newContext();
  await signInAs(admin, DEMO.tacnaAdmin);
  const page = await admin.newPage();
  await page.goto("/es/r/tacna/recommendations");
  await expect(page.getByRole("heading", { level: 1, name: "Recomendaciones del estudio" })).toBeVisible();
  await page.getByRole("link", { name: "Agendas y políticas regionales de innovación a mediano y largo plazo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^B\. Agendas y políticas regionales/ })).toBeVisible();

  await page.getByLabel("Estado", { exact: true }).selectOption(value);
  await pickActor(page, "Institución responsable", responsible);
  await page.getByLabel("Acciones realizadas").fill("Plan Basadre aprobado por ordenanza regional; agenda de I+D+i incorporada.");
  // A link that is not a web address is refused, with the reason.
  await page.getByLabel("Enlaces de evidencia").fill("ordenanza en el diario");
  await page.getByRole("button", { name: "Guardar seguimiento" }).click();
  await expect(page.getByText("Cada línea debe ser una dirección completa que empiece con http:// o https://.")).toBeVisible();

  await page.getByLabel("Enlaces de evidencia").fill("https://www.regiontacna.gob.pe/ordenanza-plan-basadre.pdf");
  await page.getByRole("button", { name: "Guardar seguimiento" }).click();
  await expect(page.getByRole("status").filter({ hasText: "El seguimiento se guardó." })).toBeVisible();
  await expect(page.getByRole("link", { name: "https://www.regiontacna.gob.pe/ordenanza-plan-basadre.pdf" })).toBeVisible();
  await expect(page.getByRole("link", { name: responsible, exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Institución responsable", exact: true })).toHaveValue(`${responsible} (${acronym})`);
  const saved = await withDb(async (db) => {
    const { rows } = await db.query<{ name: string }>(
      `select a.name from "RecommendationFollowUp" f join "Actor" a on a.id = f."responsibleActorId"
       where f."regionId" = (select id from "Region" where slug = 'tacna')
         and f."recommendationId" = (select id from "Recommendation" where "regionId" is null and code = 'B')`,
    );
    return rows[0]?.name;
  });
  expect(saved).toBe(responsible);
  await admin.close();

  const national = await browser.newContext();
  await signInAs(national, DEMO.nationalViewer);
  const view = await national.newPage();
  await view.goto("/es/national/recommendations");
  await expect(view.getByRole("heading", { level: 1, name: "Avance de las recomendaciones por región" })).toBeVisible();
  const table = view.getByRole("table", { name: /^Estado de las recomendaciones A–G por región/ });
  const tacna = table.getByRole("row").filter({ has: view.getByRole("rowheader", { name: "Tacna" }) });
  // Cells: A, B, …, G, last update. The badge's symbol is hidden from assistive technology; the word is the status.
  await expect(tacna.getByRole("cell").nth(1)).toContainText(label);
  await expect(tacna.getByRole("cell").nth(1)).not.toContainText("Sin datos");
  // A region that recorded nothing reads "Sin datos", never "Sin iniciar".
  const regions = await withDb(async (db) => (await db.query(`select 1 from "Region"`)).rowCount ?? 0);
  if (regions > 2) await expect(table.getByRole("cell", { name: "Sin datos" }).first()).toBeVisible();
  await national.close();
});

test("the Cusco administrator corrects a recommendation of the region's own; a save that lost shows the saved text", async ({ browser }) => {
  const code = `CUS-E${Date.now() % 10_000}`;
  const id = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into "Recommendation"(id, "regionId", code, "titleEs", "titleEn", "bodyEs", "bodyEn", "updatedAt")
       select gen_random_uuid(), r.id, $1, 'Parque tecnologico', 'Technology park', 'Crear un parque.', 'Build a park.', now()
       from "Region" r where r.slug = 'cusco' returning id`,
      [code],
    );
    return rows[0]!.id;
  });

  const admin = await browser.newContext();
  await signInAs(admin, DEMO.cuscoAdmin);
  const page = await admin.newPage();
  await page.goto(`/es/r/cusco/recommendations/${id}`);
  await page.getByRole("link", { name: "Editar la recomendación" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Editar la recomendación ${code}` })).toBeVisible();
  await expect(page.getByLabel("Título en castellano")).toHaveValue("Parque tecnologico");

  // A second tab opens the same form before the first one saves.
  const other = await admin.newPage();
  await other.goto(`/es/r/cusco/recommendations/${id}/edit`);

  // An empty title is refused next to its field, and nothing is saved.
  await page.getByLabel("Título en castellano").fill("");
  await page.getByRole("button", { name: "Guardar la recomendación" }).click();
  await expect(page.getByLabel("Título en castellano")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Título en castellano").fill("Parque tecnológico de Cusco");
  await page.getByRole("button", { name: "Guardar la recomendación" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La recomendación se guardó." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${code}. Parque tecnológico de Cusco` })).toBeVisible();

  await other.getByLabel("Texto en inglés").fill("Build a science park.");
  await other.getByRole("button", { name: "Guardar la recomendación" }).click();
  const conflict = other.getByRole("region", { name: "Otra persona guardó cambios antes que usted" });
  await expect(conflict).toContainText("Parque tecnológico de Cusco");
  await expect(other.getByLabel("Texto en inglés")).toHaveValue("Build a science park.");
  const saved = await withDb(async (db) => (await db.query(`select "titleEs", "bodyEn", version from "Recommendation" where id = $1`, [id])).rows[0]);
  expect(saved).toEqual({ titleEs: "Parque tecnológico de Cusco", bodyEn: "Build a park.", version: 2 });

  // The study's recommendations are the same for every region: no edit link, and no edit page.
  const b = await withDb(async (db) => (await db.query<{ id: string }>(`select id from "Recommendation" where "regionId" is null and code = 'B'`)).rows[0]!.id);
  await page.goto(`/es/r/cusco/recommendations/${b}`);
  await expect(page.getByRole("heading", { level: 1, name: /^B\. / })).toBeVisible();
  await expect(page.getByRole("link", { name: "Editar la recomendación" })).toHaveCount(0);
  const response = await page.goto(`/es/r/cusco/recommendations/${b}/edit`);
  expect(response?.status()).toBe(404);
  await admin.close();
});
