import { expect, test } from "@playwright/test";
import { pickActor } from "./support/actor-picker";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// Issue 5's journey in Chromium against the production build: the UNSAAC research office signs
// in, registers a project with a firm partner and a Canon funding line (a negative amount is
// refused first, with its message on the field), then adds its principal investigator and a
// publication, and finds the project on its list flagged "links academia and business".

test.setTimeout(120_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

test("the UNSAAC research office registers a project with a firm and Canon funding, adds its PI and an output", async ({ page }) => {
  const firm = await withDb(async (db) => {
    const { rows } = await db.query<{ name: string; acronym: string | null }>(
      `select a.name, a.acronym from "Actor" a join "Region" r on r.id = a."regionId"
       where r.slug = 'cusco' and a.type = 'FIRM' and a."archivedAt" is null order by a.name limit 1`,
    );
    return rows[0]!;
  });
  const firmLabel = firm.acronym ? `${firm.name} (${firm.acronym})` : firm.name;
  const title = `Tintes naturales para fibra de alpaca ${unique()}`;

  await signInAs(page, DEMO.unsaacOffice);
  await page.goto("/es/r/cusco/projects");
  await expect(page.getByRole("heading", { level: 1, name: "Proyectos de I+D+i" })).toBeVisible();
  await page.getByRole("link", { name: "Registrar un proyecto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrar un proyecto" })).toBeVisible();

  await page.getByLabel("Título", { exact: true }).fill(title);
  await page.getByLabel("Tipo", { exact: true }).selectOption("APPLIED_RESEARCH");
  await page.getByLabel("Estado", { exact: true }).selectOption("ACTIVE");
  await page.getByLabel("Inicio", { exact: true }).fill("2026-03-01");
  await page.getByLabel("Fin", { exact: true }).fill("2028-02-29");

  // The office's own university comes first, as coordinator; the firm is the partner.
  const first = page.getByRole("group", { name: "Participante 1" });
  await expect(first.getByLabel("Organización")).toHaveValue(/.+/);
  await expect(first.getByLabel("Rol en el consorcio")).toHaveValue("COORDINATOR");
  const second = page.getByRole("group", { name: "Participante 2" });
  // Organisations are searched as one types (any region's): the keyboard picks the firm.
  const organisation = second.getByRole("combobox", { name: "Organización" });
  await organisation.fill(firm.name);
  await expect(second.getByRole("option", { name: firmLabel, exact: false }).first()).toBeVisible();
  await organisation.press("ArrowDown");
  await organisation.press("Enter");
  await expect(organisation).toHaveValue(firmLabel);
  await expect(second.getByRole("listbox")).toBeHidden();
  await second.getByLabel("Rol en el consorcio").selectOption("PARTNER");

  const line = page.getByRole("group", { name: "Línea de financiamiento 1" });
  await line.getByLabel("Fuente de financiamiento").selectOption("CANON_ROYALTIES");
  await line.getByLabel("Programa o convocatoria").fill("Canon minero UNSAAC 2026");
  await line.getByLabel("Monto adjudicado").fill("-5000");
  await page.getByRole("button", { name: "Registrar el proyecto" }).click();

  // Refused, with the reason on the field; nothing is written.
  await expect(line.getByText("El monto no puede ser negativo.")).toBeVisible();
  expect(await withDb(async (db) => (await db.query(`select 1 from "Project" where title = $1`, [title])).rowCount)).toBe(0);

  await line.getByLabel("Monto adjudicado").fill("180000");
  await page.getByRole("button", { name: "Registrar el proyecto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Financiamiento" }).getByText("Canon y regalías", { exact: false })).toBeVisible();

  // Then the team and an output, on the same form.
  await page.getByRole("link", { name: "Editar el proyecto" }).click();
  const member = page.getByRole("group", { name: "Integrante 1" });
  await member.getByLabel("Nombres").fill("Rosa Elena");
  await member.getByLabel("Apellidos").fill("Huamán Quispe");
  await member.getByLabel("ORCID").fill("0000-0002-1825-0097");
  await member.getByLabel("Rol en el equipo").selectOption("PRINCIPAL_INVESTIGATOR");
  const output = page.getByRole("group", { name: "Resultado 1" });
  await output.getByLabel("Tipo de resultado").selectOption("PUBLICATION");
  await output.getByLabel("Título del resultado").fill("Tintes naturales andinos: solidez del color en fibra de alpaca");
  await output.getByLabel("Fecha del resultado").fill("2027-05-15");
  await output.getByLabel("DOI").fill("https://doi.org/10.5555/minka.tintes.2027");
  await page.getByRole("button", { name: "Guardar los cambios" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Equipo" }).getByRole("row", { name: /Rosa Elena Huamán Quispe/ })).toContainText("Investigador principal");
  await expect(page.getByRole("link", { name: "10.5555/minka.tintes.2027" })).toBeVisible();

  // On the office's list, found by its title, with the derived flag.
  await page.goto("/es/r/cusco/projects");
  await page.getByLabel("Buscar por título o código").fill(title);
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const row = page.getByRole("table", { name: /^Proyectos de Cusco/ }).getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Vincula academia y empresa");

  // Narrowed to a participant found by name (the organisation search, not a list of thousands).
  await pickActor(page, "Participante", firm.name);
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/[?&]participant=[0-9a-f-]{36}/);
  await expect(page.getByRole("combobox", { name: "Participante", exact: true })).toHaveValue(firmLabel);
  await expect(row).toContainText("Vincula academia y empresa");

  // The downloads carry the list's filter: the PeruCRIS consortium table of just this project.
  const href = await page.getByRole("link", { name: "Exportar PeruCRIS - Consorcio en CSV" }).getAttribute("href");
  expect(href).toContain("q=");
  const csv = await (await page.request.get(href!)).text();
  expect(csv.trim().split(/\r?\n/)).toHaveLength(3); // header, coordinator, partner
  expect(csv).toContain("Coordinator");
  expect(csv).toContain(firm.name);

  // What was written: one project, coordinated by UNSAAC, the firm as partner, one Canon line.
  const stored = await withDb(async (db) => {
    const { rows } = await db.query<{ roles: string; sources: string; members: string; outputs: string; version: number }>(
      `select p.version,
              (select string_agg(pp.role::text, ',' order by pp.role) from "ProjectParticipant" pp where pp."projectId" = p.id) as roles,
              (select string_agg(f.source::text || ':' || f."awardedAmount"::text, ',') from "FundingLine" f where f."projectId" = p.id) as sources,
              (select string_agg(m.role::text, ',') from "ProjectMember" m where m."projectId" = p.id) as members,
              (select string_agg(o.doi, ',') from "ProjectOutput" o where o."projectId" = p.id) as outputs
       from "Project" p where p.title = $1`,
      [title],
    );
    return rows;
  });
  expect(stored).toEqual([{ version: 2, roles: "COORDINATOR,PARTNER", sources: "CANON_ROYALTIES:180000.00", members: "PRINCIPAL_INVESTIGATOR", outputs: "10.5555/minka.tintes.2027" }]);
});

/** A fresh Cusco project coordinated by an organisation, written straight to the database. */
async function projectCoordinatedBy(actorSql: string, title: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `with p as (
         insert into "Project"(id, "regionId", title, type, status, "updatedAt")
         select gen_random_uuid(), r.id, $1, 'BASIC_RESEARCH', 'PROPOSED', now() from "Region" r where r.slug = 'cusco' returning id, "regionId")
       insert into "ProjectParticipant"(id, "regionId", "projectId", "actorId", role, "updatedAt")
       select gen_random_uuid(), p."regionId", p.id, (${actorSql}), 'COORDINATOR', now() from p returning "projectId" as id`,
      [title],
    );
    return rows[0]!.id;
  });
}

test("a save that lost to someone else's is refused and shows the project as it is now", async ({ page }) => {
  const title = `Proyecto en conflicto ${unique()}`;
  const id = await projectCoordinatedBy(
    `select a.id from "Actor" a join "Region" r on r.id = a."regionId" where r.slug = 'cusco' and a.helix = 'ACADEMIA' order by a.name limit 1`,
    title,
  );
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(`/es/r/cusco/projects/${id}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: `Editar «${title}»` })).toBeVisible();

  // Someone else saves first.
  await withDb((db) => db.query(`update "Project" set title = $2, version = version + 1 where id = $1`, [id, `${title} (otra oficina)`]));
  await page.getByLabel("Resumen").fill("Un cambio que llega tarde");
  await page.getByRole("button", { name: "Guardar los cambios" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Otra persona guardó este proyecto mientras usted lo editaba." })).toBeVisible();
  const panel = page.getByRole("region", { name: "El proyecto como está ahora" });
  await expect(panel).toContainText(`${title} (otra oficina)`);
  await expect(panel.getByRole("link", { name: "Volver a cargar el proyecto" })).toBeVisible();
  const summary = await withDb(async (db) => (await db.query<{ summary: string | null }>(`select summary from "Project" where id = $1`, [id])).rows[0]!.summary);
  expect(summary).toBeNull();
});

test("a research office cannot open another institution's project for editing", async ({ page }) => {
  const id = await projectCoordinatedBy(
    `select a.id from "Actor" a join "Region" r on r.id = a."regionId" where r.slug = 'cusco' and a.type = 'FIRM' order by a.name limit 1`,
    `Proyecto de una empresa ${unique()}`,
  );
  await signInAs(page, DEMO.unsaacOffice);
  // Readable, like any project of the region, but without an edit link; the edit page is "not found".
  await page.goto(`/es/r/cusco/projects/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: /Proyecto de una empresa/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Editar el proyecto" })).toHaveCount(0);
  const response = await page.goto(`/es/r/cusco/projects/${id}/edit`);
  expect(response?.status()).toBe(404);
});
