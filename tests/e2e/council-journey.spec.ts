import { expect, test } from "@playwright/test";
import { rucCheckDigit } from "../../lib/validation/identifiers";
import { DEMO, signInAs } from "./support/auth";
import { pickActor } from "./support/actor-picker";
import { withDb } from "./support/db";
import { limaDay } from "./support/meetings";

// Issue 4's journey in Chromium, through the UI only: the Cusco regional administrator registers
// a firm, gives it a seat on CORCYTEC, schedules a meeting, records attendance with quorum,
// adopts an agreement owned by the firm with a due date, and later marks it done; the public
// composition page (no sign-in) then shows the firm's seat.

test.setTimeout(180_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

function freshRuc(): string {
  // "2077…": clear of the demo firms' fictional "20999…" range and of the actor spec's "2088…".
  const ten = `2077${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return `${ten}${rucCheckDigit(ten)}`;
}

test("the Cusco administrator registers a firm, seats it, holds a meeting with quorum and follows an agreement to done", async ({ page, browser }) => {
  await signInAs(page, DEMO.cuscoAdmin);

  // 1. Register the firm.
  const firm = `Textiles Andinos Journey ${unique()}`;
  await page.goto("/es/r/cusco/actors/new");
  await page.getByLabel("Nombre", { exact: true }).fill(firm);
  await page.getByLabel("Hélice", { exact: true }).selectOption("BUSINESS");
  await page.getByLabel("Tipo", { exact: true }).selectOption("FIRM");
  await page.getByLabel("RUC", { exact: true }).fill(freshRuc());
  await page.getByRole("button", { name: "Registrar el actor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: firm })).toBeVisible();

  // 2. Give it a voting seat on the council, from yesterday.
  await page.goto("/es/r/cusco/council");
  await page.getByRole("link", { name: /^Agregar un asiento a .*CORCYTEC Cusco/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agregar un asiento" })).toBeVisible();
  await pickActor(page, "Institución", firm);
  await page.getByLabel("Rol").selectOption("MEMBER");
  await page.getByLabel("Desde").fill(limaDay(-1));
  await expect(page.getByLabel("Con voto")).toBeChecked();
  await page.getByRole("button", { name: "Agregar el asiento" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Asiento de ${firm}` })).toBeVisible();

  // 3. Schedule a meeting for early today and mark it held.
  await page.goto("/es/r/cusco/council");
  await page.getByRole("link", { name: "Reuniones" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sesiones del consejo" })).toBeVisible();
  await page.getByRole("link", { name: "Programar una sesión" }).click();
  const title = `Sesión ordinaria Journey ${unique()}`;
  await page.getByLabel("Título").fill(title);
  await page.getByLabel("Fecha y hora").fill(`${limaDay()}T00:10`);
  await page.getByLabel("Lugar").fill("Auditorio del Gobierno Regional");
  await page.getByLabel("Agenda").fill("1. Incorporación de nuevos miembros\n2. Acuerdos");
  await page.getByRole("button", { name: "Programar la sesión" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Marcar como realizada" }).click();

  // 4. Attendance: the new seat is on the list; everyone present → quorum reached.
  const sheet = page.getByRole("table", { name: /^Asientos activos el/ });
  await expect(sheet.getByRole("rowheader", { name: firm })).toBeVisible();
  const selects = sheet.getByRole("combobox");
  const count = await selects.count();
  for (let i = 0; i < count; i++) await selects.nth(i).selectOption({ label: "Presente (sin indicar quién)" });
  await page.getByRole("button", { name: "Guardar la asistencia" }).click();
  const voting = await withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from "Seat" s join "Council" c on c.id = s."councilId" join "Region" r on r.id = s."regionId"
       where r.slug = 'cusco' and c.acronym = 'CORCYTEC Cusco' and s.voting
         and s."startsOn" <= $1::date and (s."endsOn" is null or s."endsOn" > $1::date)`,
      [limaDay()],
    );
    return rows[0]!.n;
  });
  await expect(
    page.getByText(`Quórum alcanzado: ${voting} de ${voting} asientos con voto presentes (se requieren más de ${Math.floor(voting / 2)})`),
  ).toBeVisible();

  // 5. Adopt an agreement owned by the firm, due in 45 days.
  const reference = `ACU-J-${unique()}`.slice(0, 40);
  await page.getByLabel("Referencia").fill(reference);
  await pickActor(page, "Institución responsable", firm);
  await page.getByLabel("Fecha límite").fill(limaDay(45));
  await page.getByLabel("Texto del acuerdo").fill("Presentar el plan de mejora de la cadena textil de alpaca.");
  await page.getByRole("button", { name: "Adoptar el acuerdo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se adoptó el acuerdo." })).toBeVisible();

  // 6. Later: the agreement is done.
  await page.getByRole("table", { name: `Acuerdos adoptados en ${title}` }).getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Acuerdo ${reference}` })).toBeVisible();
  await expect(page.getByRole("link", { name: firm })).toBeVisible();
  await page.getByLabel("Estado").selectOption({ label: "Cumplido" });
  await page.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  const saved = await withDb(async (db) => {
    const { rows } = await db.query<{ status: string; completed: string; owner: string; due: string }>(
      `select a.status, to_char(a."completedOn", 'YYYY-MM-DD') as completed, o.name as owner, to_char(a."dueOn", 'YYYY-MM-DD') as due
       from "Agreement" a join "Actor" o on o.id = a."ownerActorId" where a.reference = $1`,
      [reference],
    );
    return rows[0];
  });
  expect(saved).toEqual({ status: "DONE", completed: limaDay(), owner: firm, due: limaDay(45) });

  // 7. The public composition page, without signing in, shows the firm's seat.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  const response = await publicPage.goto("/es/p/cusco/council");
  expect(response?.status()).toBe(200);
  await expect(publicPage.getByRole("table", { name: /CORCYTEC Cusco\) al / }).getByRole("rowheader", { name: firm })).toBeVisible();
  await anonymous.close();
});
