import { expect, test, type Browser, type Page } from "@playwright/test";
import { pickActor } from "./support/actor-picker";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { limaDay, meetingStatus, ownMeeting } from "./support/meetings";

// Council meetings and agreements in Chromium against the production build: the Cusco
// administrator schedules a meeting, marks it held, records attendance (first without quorum,
// then with it), adopts an agreement (a due date before the meeting is refused), writes a
// follow-up note, finds the agreement on the next planned meeting's agenda, hands it to another
// institution and marks it done (and it leaves that agenda), reads the overdue list, and loses a
// concurrent edit with the conflict screen (the meeting, its attendance, its status). Owners are
// chosen by typing in the organisation picker.

test.setTimeout(180_000);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** Marks the first `count` voting seats present and every other seat absent, then saves. */
async function recordAttendance(page: Page, count: number): Promise<number> {
  const table = page.getByRole("table", { name: /^Asientos activos el/ });
  const rows = table.getByRole("row").filter({ has: page.getByRole("combobox") });
  const total = await rows.count();
  let voting = 0;
  let present = 0;
  for (let i = 0; i < total; i++) {
    const row = rows.nth(i);
    const isVoting = (await row.getByRole("cell").nth(1).textContent())?.trim() === "Sí";
    if (isVoting) voting++;
    const mark = isVoting && present < count;
    if (mark) present++;
    await row.getByRole("combobox").selectOption({ label: mark ? "Presente (sin indicar quién)" : "Ausente" });
  }
  await page.getByRole("button", { name: "Guardar la asistencia" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se guardó la asistencia." })).toBeVisible();
  return voting;
}

async function nextPlannedMeetingId(): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `select m.id from "Meeting" m join "Region" r on r.id = m."regionId"
       where r.slug = 'cusco' and m.status = 'PLANNED' and m."scheduledAt" >= ($1::date + interval '5 hours')
       order by m."scheduledAt", m.id limit 1`,
      [limaDay()],
    );
    return rows[0]!.id;
  });
}

test("the Cusco administrator runs a meeting: attendance and quorum, an agreement, its follow-up and completion", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/council/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Sesiones del consejo" })).toBeVisible();

  // Record a meeting held three days ago (a date no seat added by a concurrent spec reaches).
  const title = `Sesión extraordinaria E2E ${unique()}`;
  await page.getByRole("link", { name: "Programar una sesión" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programar una sesión" })).toBeVisible();
  await page.getByLabel("Título").fill(title);
  await page.getByLabel("Fecha y hora").fill(`${limaDay(-3)}T09:30`);
  await page.getByLabel("Lugar").fill("Sala de sesiones del Gobierno Regional");
  await page.getByLabel("Agenda").fill("1. Plan regional de CTI\n2. Informes");
  await page.getByRole("button", { name: "Programar la sesión" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByText("1. Plan regional de CTI")).toBeVisible();
  const meetingUrl = page.url();

  // Mark it held: the page says so, and the attendance form appears.
  await page.getByRole("button", { name: "Marcar como realizada" }).click();
  await expect(page.getByText("La sesión quedó registrada como realizada.")).toBeVisible();
  await expect(page.getByText("La asistencia aún no se ha registrado.")).toBeVisible();

  // Nobody present: no quorum, and no agreements can be adopted.
  const voting = await recordAttendance(page, 0);
  const threshold = Math.floor(voting / 2);
  await expect(page.getByText(`Sin quórum: 0 de ${voting} asientos con voto presentes (se requieren más de ${threshold})`)).toBeVisible();
  await expect(page.getByText("Solo una sesión realizada que alcanzó el quórum puede adoptar acuerdos")).toBeVisible();

  // Exactly half is still not quorum; one more is.
  await recordAttendance(page, threshold);
  await expect(page.getByText(`Sin quórum: ${threshold} de ${voting} asientos con voto presentes`)).toBeVisible();
  await recordAttendance(page, threshold + 1);
  await expect(page.getByText(`Quórum alcanzado: ${threshold + 1} de ${voting} asientos con voto presentes (se requieren más de ${threshold})`)).toBeVisible();

  // Adopt an agreement: a due date before the meeting is refused, then a valid one.
  const reference = `ACU-E2E-${unique()}`.slice(0, 40);
  await page.getByLabel("Referencia").fill(reference);
  const owner = page.getByRole("combobox", { name: "Institución responsable", exact: true });
  await pickActor(page, "Institución responsable", "Universidad Nacional de San Antonio Abad del Cusco");
  await page.getByLabel("Fecha límite").fill(limaDay(-4));
  await page.getByLabel("Texto del acuerdo").fill("Presentar la propuesta de agenda regional de innovación.");
  await page.getByRole("button", { name: "Adoptar el acuerdo" }).click();
  await expect(page.getByText("La fecha límite no puede ser anterior a la fecha de la sesión.")).toBeVisible();
  // The refused form keeps the chosen institution.
  await expect(owner).toHaveValue("Universidad Nacional de San Antonio Abad del Cusco (UNSAAC)");
  await page.getByLabel("Fecha límite").fill(limaDay(30));
  await page.getByRole("button", { name: "Adoptar el acuerdo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se adoptó el acuerdo." })).toBeVisible();
  // The form empties for the next agreement, the institution too.
  await expect(owner).toHaveValue("");
  await expect(page.getByLabel("Referencia")).toHaveValue("");
  const adopted = page.getByRole("table", { name: `Acuerdos adoptados en ${title}` });
  await expect(adopted.getByRole("link", { name: reference })).toBeVisible();

  // It is open: the next planned meeting lists it among the pending agreements.
  const nextId = await nextPlannedMeetingId();
  await page.goto(`/es/r/cusco/council/meetings/${nextId}`);
  await expect(page.getByRole("heading", { name: "Acuerdos pendientes" })).toBeVisible();
  await expect(page.getByRole("link", { name: reference })).toBeVisible();

  // A follow-up note, signed and in order.
  await page.goto(meetingUrl);
  await page.getByRole("table", { name: `Acuerdos adoptados en ${title}` }).getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Acuerdo ${reference}` })).toBeVisible();
  await page.getByLabel("Nota de seguimiento").fill("Se reunió la comisión técnica.");
  await page.getByRole("button", { name: "Agregar la nota" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se agregó la nota." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Se reunió la comisión técnica." })).toBeVisible();

  // Hand it to another institution and mark it done: today's date is recorded, and it leaves the
  // next meeting's agenda.
  await expect(page.getByRole("combobox", { name: "Institución responsable", exact: true })).toHaveValue(
    "Universidad Nacional de San Antonio Abad del Cusco (UNSAAC)",
  );
  await pickActor(page, "Institución responsable", "Cámara de Comercio de Cusco");
  await page.getByLabel("Estado").selectOption({ label: "Cumplido" });
  await page.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cámara de Comercio de Cusco" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Institución responsable", exact: true })).toHaveValue("Cámara de Comercio de Cusco");
  const completedOn = await withDb(async (db) => {
    const { rows } = await db.query<{ status: string; completed: string; owner: string }>(
      `select a.status, to_char(a."completedOn", 'YYYY-MM-DD') as completed, o.name as owner
       from "Agreement" a join "Actor" o on o.id = a."ownerActorId" where a.reference = $1`,
      [reference],
    );
    return rows[0]!;
  });
  expect(completedOn).toEqual({ status: "DONE", completed: limaDay(), owner: "Cámara de Comercio de Cusco" });
  await page.goto(`/es/r/cusco/council/meetings/${nextId}`);
  await expect(page.getByRole("heading", { name: "Acuerdos pendientes" })).toBeVisible();
  await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
});

test("the overdue agreements: counted on the meetings page, listed most delayed first, filtered by status", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  const expected = await withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from "Agreement" a join "Region" r on r.id = a."regionId"
       where r.slug = 'cusco' and a.status in ('PENDING', 'IN_PROGRESS') and a."dueOn" < $1::date`,
      [limaDay()],
    );
    return rows[0]!.n;
  });
  expect(expected).toBeGreaterThan(1);
  await page.goto("/es/r/cusco/council/meetings");
  await expect(page.getByText(`${expected} acuerdos vencidos`)).toBeVisible();
  await page.getByRole("link", { name: "Ver los acuerdos vencidos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acuerdos vencidos" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `${expected} acuerdos` })).toBeVisible();
  const table = page.getByRole("table", { name: /^Acuerdos del consejo de Cusco/ });
  const statusCells = table.getByRole("row").locator("td:nth-child(5)");
  await expect(statusCells.first()).toContainText("Vencido");
  for (const text of await statusCells.allTextContents()) expect(text).toContain("Vencido");

  await page.getByLabel("Estado").selectOption("IN_PROGRESS");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/view=overdue/);
  await expect(page).toHaveURL(/status=IN_PROGRESS/);
  await expect(statusCells.first()).toContainText("En curso");
  for (const text of await statusCells.allTextContents()) expect(text).toMatch(/^En curso\s*Vencido$/);
});

test("a second save of the same agreement is refused, showing the saved values and a reload link", async ({ browser }) => {
  const id = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `select a.id from "Agreement" a join "Region" r on r.id = a."regionId" where r.slug = 'cusco' and a.status = 'PENDING' order by a.id limit 1`,
    );
    return rows[0]!.id;
  });
  const context = await browser.newContext();
  await signInAs(context, DEMO.cuscoAdmin);
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) await page.goto(`/es/r/cusco/council/agreements/${id}`);

  await first.getByLabel("Estado").selectOption({ label: "En curso" });
  await first.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Se guardaron los cambios." })).toBeVisible();

  await second.getByLabel("Estado").selectOption({ label: "Descartado" });
  await second.getByRole("button", { name: "Guardar los cambios" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Otra persona modificó este acuerdo" })).toBeVisible();
  const panel = second.getByRole("region", { name: "El acuerdo, tal como está guardado ahora" });
  await expect(panel.getByText("En curso")).toBeVisible();
  await panel.getByRole("link", { name: "Volver a cargar el acuerdo" }).click();
  await expect(second.getByLabel("Estado")).toHaveValue("IN_PROGRESS");
  await context.close();
});

/** The same meeting open twice, as the Cusco administrator: two editors at once. */
async function openTwice(browser: Browser, meetingId: string) {
  const context = await browser.newContext();
  await signInAs(context, DEMO.cuscoAdmin);
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) await page.goto(`/es/r/cusco/council/meetings/${meetingId}`);
  return { context, first, second };
}

test("an attendance save that loses to another shows the attendance as saved, seat by seat, and reloads it", async ({ browser }) => {
  // Held four days ago: seats active, nothing recorded yet.
  const { context, first, second } = await openTwice(browser, await ownMeeting("HELD", -4, "Asistencia en paralelo"));
  const seatRows = (page: Page) => page.getByRole("table", { name: /^Asientos activos el/ }).getByRole("row").filter({ has: page.getByRole("combobox") });
  const institution = ((await seatRows(first).first().getByRole("rowheader").textContent()) ?? "").trim();
  expect(institution).not.toBe("");

  // The first page records the first seat present and saves.
  await seatRows(first).first().getByRole("combobox").selectOption({ label: "Presente (sin indicar quién)" });
  await first.getByRole("button", { name: "Guardar la asistencia" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Se guardó la asistencia." })).toBeVisible();

  // The second, still at the old version, loses: its choice stays in the form, the saved one is shown.
  await seatRows(second).nth(1).getByRole("combobox").selectOption({ label: "Presente (sin indicar quién)" });
  await second.getByRole("button", { name: "Guardar la asistencia" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Otra persona modificó esta sesión" })).toBeVisible();
  const panel = second.getByRole("region", { name: "La asistencia, tal como está guardada ahora" });
  await expect(panel.getByRole("term").filter({ hasText: institution }).first()).toBeVisible();
  await expect(panel.getByRole("definition").first()).toHaveText("Presente (sin indicar quién)");
  await expect(panel.getByRole("definition").nth(1)).toHaveText("Ausente");
  await expect(seatRows(second).nth(1).getByRole("combobox")).toHaveValue(/:present$/);

  await panel.getByRole("link", { name: "Volver a cargar la sesión" }).click();
  await expect(seatRows(second).first().getByRole("combobox")).toHaveValue(/:present$/);
  await expect(seatRows(second).nth(1).getByRole("combobox")).toHaveValue(/:absent$/);
  await context.close();
});

test("a status change that loses to another shows the meeting's status as saved and reloads it", async ({ browser }) => {
  const { context, first, second } = await openTwice(browser, await ownMeeting("PLANNED", -2, "Estado en paralelo"));

  await first.getByRole("button", { name: "Marcar como realizada" }).click();
  await expect(first.getByRole("table", { name: /^Asientos activos el/ })).toBeVisible();

  await second.getByLabel(/^Confirmo que esta sesión no se realizará/).check();
  await second.getByRole("button", { name: "Cancelar la sesión" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Otra persona modificó esta sesión" })).toBeVisible();
  const panel = second.getByRole("region", { name: "La sesión, tal como está guardada ahora" });
  await expect(panel.getByRole("definition")).toHaveText("Realizada");
  await panel.getByRole("link", { name: "Volver a cargar la sesión" }).click();
  await expect(second.getByRole("button", { name: "Cancelar la sesión" })).toHaveCount(0);
  await expect(second.getByRole("table", { name: /^Asientos activos el/ })).toBeVisible();
  await context.close();
});

test("cancelling a meeting, which cannot be undone, needs the box ticked first", async ({ page }) => {
  const meetingId = await ownMeeting("PLANNED", 7, "Sesión que no se realizará");
  const status = () => meetingStatus(meetingId);
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(`/es/r/cusco/council/meetings/${meetingId}`);

  await page.getByRole("button", { name: "Cancelar la sesión" }).click();
  await expect(page.getByText("Marque la casilla para confirmar que la sesión no se realizará.")).toBeVisible();
  await expect(page.getByLabel(/^Confirmo que esta sesión no se realizará/)).toHaveAttribute("aria-invalid", "true");
  expect(await status()).toBe("PLANNED");

  await page.getByLabel(/^Confirmo que esta sesión no se realizará/).check();
  await page.getByRole("button", { name: "Cancelar la sesión" }).click();
  // The page comes back saying so, with the meeting cancelled and nothing left to move it on.
  await expect(page.getByText("La sesión quedó cancelada.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancelar la sesión" })).toHaveCount(0);
  await expect(page.getByRole("definition").filter({ hasText: /^Cancelada$/ })).toBeVisible();
  expect(await status()).toBe("CANCELLED");
});
