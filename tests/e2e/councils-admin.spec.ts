import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { pickActor } from "./support/actor-picker";
import { withDb } from "./support/db";
import { limaDay } from "./support/meetings";

// Council administration in Chromium against the production build: the Cusco administrator
// edits the council's legal basis, gives a firm a seat, accredits a delegate (a new person) and
// finds them in today's composition; and two tabs editing the same seat: the second save is
// refused with the other change shown, nothing overwritten.

test.setTimeout(120_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** The same day `years` later, as YYYY-MM-DD (29 February becomes the 28th). */
const yearsLater = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`.replace(/-02-29$/, "-02-28");

/** A fresh firm of Cusco, with no seat. */
async function freshFirm(name: string): Promise<string> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into "Actor"(id, "regionId", name, helix, type, "updatedAt")
       select gen_random_uuid(), r.id, $1, 'BUSINESS', 'FIRM', now() from "Region" r where r.slug = 'cusco' returning id`,
      [name],
    );
    return rows[0]!.id;
  });
}

test("the Cusco administrator edits the legal basis, gives a firm a seat and accredits its delegate", async ({ page }) => {
  const u = unique();
  const firm = `Textiles Andinos Prueba ${u}`;
  await freshFirm(firm);
  await signInAs(page, DEMO.cuscoAdmin);

  await page.goto("/es/r/cusco/council");
  const work = page.getByRole("navigation", { name: "Trabajo del consejo" });
  await expect(work.getByRole("link", { name: "Reuniones", exact: true })).toHaveAttribute("href", "/es/r/cusco/council/meetings");
  await expect(work.getByRole("link", { name: "Acuerdos", exact: true })).toHaveAttribute("href", "/es/r/cusco/council/agreements");

  // The legal basis.
  const ordinance = `Ordenanza Regional N.° 045-2014-CR/GRC.CUSCO ${u}`;
  await page.getByRole("link", { name: /^Editar el consejo/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Editar Consejo Regional/ })).toBeVisible();
  await page.getByLabel("Número de ordenanza").fill(ordinance);
  await page.getByLabel("Fecha de la ordenanza").fill("2014-05-12");
  await page.getByLabel("Enlace al documento").fill(`https://www.regioncusco.gob.pe/ordenanzas/${u}.pdf`);
  await page.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Consejo regional" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByText(`${ordinance}, del 12 may 2014`)).toBeVisible();
  await expect(page.getByRole("link", { name: "(ver documento)" })).toHaveAttribute("href", `https://www.regioncusco.gob.pe/ordenanzas/${u}.pdf`);

  // A seat for the firm, from today.
  const today = limaDay();
  await page.getByRole("link", { name: /^Agregar un asiento/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Agregar un asiento" })).toBeVisible();
  await pickActor(page, "Institución", firm);
  await page.getByLabel("Rol", { exact: true }).selectOption("MEMBER");
  await expect(page.getByLabel("Con voto", { exact: true })).toBeChecked();
  await page.getByLabel("Desde", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Agregar el asiento" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Asiento de ${firm}` })).toBeVisible();

  // Its delegate: a new person, for a two-year term.
  const family = `Quispe Prueba ${u}`;
  await page.getByLabel("Nombres", { exact: true }).fill("Rosa");
  await page.getByLabel("Apellidos", { exact: true }).fill(family);
  await page.getByLabel("Inicio del mandato").fill(today);
  await page.getByLabel("Último día del mandato").fill(yearsLater(today, 2));
  await page.getByLabel("Documento de acreditación").fill(`Oficio N.° 12-2026 ${u}`);
  await page.getByRole("button", { name: "Acreditar al delegado" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Mandatos del asiento/ }).getByRole("rowheader", { name: `Rosa ${family}` })).toBeVisible();

  // Today's composition shows the seat with its delegate.
  await page.goto("/es/r/cusco/council");
  const seats = page.getByRole("table", { name: /^Asientos de .*CORCYTEC Cusco/ });
  const row = seats.getByRole("row").filter({ has: page.getByRole("rowheader", { name: firm }) });
  await expect(row).toContainText("Miembro");
  await expect(row).toContainText("Con voto");
  await expect(row).toContainText(`Rosa ${family}`);

  // Written once, with its audit entries.
  const audit = await withDb(async (client) => {
    const { rows } = await client.query<{ entity: string; n: number }>(
      `select entity, count(*)::int as n from "AuditEntry" a
        where a.at > now() - interval '10 minutes'
          and a."entityId" in (
            select s.id::text from "Seat" s join "Actor" x on x.id = s."actorId" where x.name = $1
            union all select d.id::text from "Delegation" d join "Seat" s on s.id = d."seatId" join "Actor" x on x.id = s."actorId" where x.name = $1)
        group by entity order by entity`,
      [firm],
    );
    return rows;
  });
  expect(audit).toEqual([
    { entity: "Delegation", n: 1 },
    { entity: "Seat", n: 1 },
  ]);
});

test("two tabs edit the same seat: the second save is refused and shows the other change", async ({ browser }) => {
  const u = unique();
  const firm = `Conflicto Prueba ${u}`;
  const actorId = await freshFirm(firm);
  // Without a vote from the start: a voting seat dated 2021 would change the quorum of Cusco's
  // meetings while other specs (council-meetings) record attendance and adopt agreements.
  const seatId = await withDb(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into "Seat"(id, "regionId", "councilId", "actorId", role, voting, "startsOn", "updatedAt")
       select gen_random_uuid(), c."regionId", c.id, $1, 'MEMBER', false, date '2021-01-01', now()
         from "Council" c join "Region" r on r.id = c."regionId" where r.slug = 'cusco' and c.status <> 'DISSOLVED' limit 1 returning id`,
      [actorId],
    );
    return rows[0]!.id;
  });

  const context = await browser.newContext();
  await signInAs(context, DEMO.cuscoAdmin);
  const first = await context.newPage();
  const second = await context.newPage();
  for (const p of [first, second]) {
    await p.goto(`/es/r/cusco/council/seats/${seatId}`);
    await expect(p.getByRole("heading", { level: 1, name: `Asiento de ${firm}` })).toBeVisible();
  }

  // The first tab makes the seat an observer (still without a vote).
  await first.getByLabel("Rol", { exact: true }).selectOption("OBSERVER");
  await expect(first.getByLabel("Con voto", { exact: true })).not.toBeChecked();
  await first.getByRole("button", { name: "Guardar el asiento" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();

  // The second tab, still on the old version, changes the start date: refused.
  await second.getByLabel("Desde", { exact: true }).fill("2021-02-01");
  await second.getByRole("button", { name: "Guardar el asiento" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Otra persona guardó este registro mientras usted lo editaba." })).toBeVisible();
  const notice = second.getByRole("region", { name: "Lo que está guardado ahora" });
  await expect(notice).toContainText("Observador");
  await expect(notice).toContainText("Sin voto");
  // What the second person typed is still in the form.
  await expect(second.getByLabel("Desde", { exact: true })).toHaveValue("2021-02-01");

  const stored = await withDb(async (client) => {
    const { rows } = await client.query<{ role: string; voting: boolean; startsOn: string; version: number }>(
      `select role::text, voting, to_char("startsOn", 'YYYY-MM-DD') as "startsOn", version from "Seat" where id = $1`,
      [seatId],
    );
    return rows[0];
  });
  expect(stored).toEqual({ role: "OBSERVER", voting: false, startsOn: "2021-01-01", version: 2 });

  // Reloading shows the saved version.
  await notice.getByRole("link", { name: "Recargar con los datos actuales" }).click();
  await expect(second.getByLabel("Rol", { exact: true })).toHaveValue("OBSERVER");
  await expect(second.getByLabel("Desde", { exact: true })).toHaveValue("2021-01-01");
  await context.close();
});
