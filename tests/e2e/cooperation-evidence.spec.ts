import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { pickActor } from "./support/actor-picker";
import { withDb } from "./support/db";

// Cooperation evidence in Chromium against the production build: the Cusco administrator records
// a convenio between two actors and finds it in the list and on an actor's page; two people edit
// the same evidence and the second save is refused with the current values and a reload link.

test.setTimeout(120_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Two live Cusco actors by name (for the party pickers and the conflict test). */
async function cuscoActors(): Promise<{ id: string; name: string }[]> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string; name: string }>(
      `select a.id, a.name from "Actor" a join "Region" r on r.id = a."regionId"
       where r.slug = 'cusco' and a."archivedAt" is null and a.name in ('Universidad Nacional de San Antonio Abad del Cusco', 'Gobierno Regional Cusco')
       order by a.name`,
    );
    return rows;
  });
}

test("the Cusco administrator records a convenio between two actors and sees it in the list and on an actor's page", async ({ page }) => {
  const actors = await cuscoActors();
  expect(actors).toHaveLength(2);
  const title = `Convenio específico de prueba ${unique()}`;
  // Today (UTC): the newest evidence, so it heads the list.
  const today = new Date().toISOString().slice(0, 10);

  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/cooperation");
  await expect(page.getByRole("heading", { level: 1, name: "Evidencias de cooperación" })).toBeVisible();
  await page.getByRole("link", { name: "Registrar evidencia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrar un convenio o evento conjunto" })).toBeVisible();

  await page.getByLabel("Tipo", { exact: true }).selectOption("CONVENIO");
  await page.getByLabel("Título", { exact: true }).fill(title);
  await page.getByLabel("Fecha de firma").fill(today);
  // A validity before the signing date is refused, with the reason, and nothing is saved.
  await page.getByLabel("Vigente hasta").fill("2001-01-01");
  await page.getByLabel("Enlace al documento").fill("https://www.example.pe/convenios/prueba.pdf");
  // Parties are searched as one types (a region has thousands of organisations).
  await pickActor(page, "Parte 1", actors[0]!.name);
  await pickActor(page, "Parte 2", actors[1]!.name);
  await page.getByRole("button", { name: "Registrar evidencia" }).click();
  await expect(page.getByText("La vigencia no puede terminar antes de la fecha de firma.")).toBeVisible();
  expect(await withDb(async (db) => (await db.query(`select 1 from "CooperationEvidence" where title = $1`, [title])).rowCount)).toBe(0);

  await page.getByLabel("Vigente hasta").fill("2030-12-31");
  await page.getByRole("button", { name: "Registrar evidencia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Los cambios se guardaron." })).toBeVisible();
  await expect(page.getByRole("link", { name: actors[0]!.name, exact: false }).first()).toBeVisible();

  // In the list, newest first.
  await page.goto("/es/r/cusco/cooperation");
  const table = page.getByRole("table", { name: /^Evidencias de cooperación de Cusco/ });
  await expect(table.getByRole("link", { name: title })).toBeVisible();
  // Filtered by one of its actors, too (the filter lands in the URL).
  await pickActor(page, "Actor participante", actors[1]!.name);
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${actors[1]!.id}`));
  await expect(table.getByRole("link", { name: title })).toBeVisible();

  // On the actor's page.
  await page.goto(`/es/r/cusco/actors/${actors[0]!.id}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a second save of the same evidence is refused, showing the other change and a reload link", async ({ browser }) => {
  const actors = await cuscoActors();
  const original = `Evento conjunto de prueba ${unique()}`;
  const evidenceId = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string; regionId: string }>(
      `insert into "CooperationEvidence"(id, "regionId", kind, title, "occurredOn", "updatedAt")
       select gen_random_uuid(), id, 'JOINT_EVENT', $1, date '2025-04-02', now() from "Region" where slug = 'cusco' returning id, "regionId"`,
      [original],
    );
    const { id, regionId } = rows[0]!;
    await db.query(`insert into "CooperationParty"("regionId", "evidenceId", "actorId") values ($1, $2, $3), ($1, $2, $4)`, [regionId, id, actors[0]!.id, actors[1]!.id]);
    return id;
  });

  const context = await browser.newContext();
  await signInAs(context, DEMO.cuscoAdmin);
  const first = await context.newPage();
  const second = await context.newPage();
  const editUrl = `/es/r/cusco/cooperation/${evidenceId}/edit`;
  await first.goto(editUrl);
  await second.goto(editUrl);
  await expect(first.getByLabel("Título", { exact: true })).toHaveValue(original);
  await expect(second.getByLabel("Título", { exact: true })).toHaveValue(original);

  // The other person saves first.
  const theirs = `${original} (revisado)`;
  await second.getByLabel("Título", { exact: true }).fill(theirs);
  await second.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(second.getByRole("heading", { level: 1, name: theirs })).toBeVisible();

  // This save is refused: the message, the record as it is now, and a reload link.
  await first.getByLabel("Título", { exact: true }).fill(`${original} (mío)`);
  await first.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(first.getByRole("alert").filter({ hasText: "Otra persona modificó esta evidencia" })).toBeVisible();
  const conflict = first.getByRole("region", { name: "Otra persona guardó cambios antes que usted" });
  await expect(conflict).toContainText(theirs);
  expect(await withDb(async (db) => (await db.query<{ title: string }>(`select title from "CooperationEvidence" where id = $1`, [evidenceId])).rows[0]!.title)).toBe(theirs);

  await conflict.getByRole("link", { name: "Volver a cargar la evidencia" }).click();
  await expect(first.getByLabel("Título", { exact: true })).toHaveValue(theirs);
  await context.close();
});
