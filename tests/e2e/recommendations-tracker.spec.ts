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
