import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { meetingStatus, ownMeeting } from "./support/meetings";

// Forms posted before the page's JavaScript runs: on a slow connection, a click can come before
// hydration, and then the browser posts the form itself. Next answers such a post by running the
// action and rendering the page with its result. Forms that bound their region in the browser
// (`action.bind` in a client component) never got that answer: the render looped, holding a core
// (vercel/next.js#98045; components/admin/use-form-action.ts, `inRegion`). These tests post with
// JavaScript off, so every answer below is the server's own HTML.

test.use({ javaScriptEnabled: false });

test("a refused form comes back with its message and changes nothing; ticked, it saves and goes back to the meeting", async ({ page }) => {
  const meetingId = await ownMeeting("PLANNED", 9, "Sesión que no se realizará (sin JavaScript)");
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(`/es/r/cusco/council/meetings/${meetingId}`);

  await page.getByRole("button", { name: "Cancelar la sesión" }).click();
  await expect(page.getByText("Marque la casilla para confirmar que la sesión no se realizará.")).toBeVisible();
  expect(await meetingStatus(meetingId)).toBe("PLANNED");

  await page.getByLabel(/^Confirmo que esta sesión no se realizará/).check();
  await page.getByRole("button", { name: "Cancelar la sesión" }).click();
  await expect(page.getByText("La sesión quedó cancelada.")).toBeVisible();
  expect(await meetingStatus(meetingId)).toBe("CANCELLED");
});

test("the actor form, with a malformed RUC, marks that field and registers nothing", async ({ page }) => {
  const name = `Empresa sin JavaScript ${Date.now().toString(36)}`;
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto("/es/r/cusco/actors/new");

  await page.getByLabel("Nombre").fill(name);
  await page.getByLabel("RUC").fill("123");
  await page.getByRole("button", { name: "Registrar el actor" }).click();
  await expect(page.getByText("Revise los campos marcados.")).toBeVisible();
  await expect(page.getByLabel("RUC")).toHaveAttribute("aria-invalid", "true");
  const saved = await withDb(async (db) => (await db.query(`select 1 from "Actor" where name = $1`, [name])).rowCount);
  expect(saved).toBe(0);
});

test("a form whose action the server bound (ending a seat) answers too", async ({ page }) => {
  const seatId = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `select s.id from "Seat" s join "Region" r on r.id = s."regionId" where r.slug = 'cusco' and s."endsOn" is null order by s."createdAt" limit 1`,
    );
    return rows[0]!.id;
  });
  await signInAs(page, DEMO.cuscoAdmin);
  await page.goto(`/es/r/cusco/council/seats/${seatId}`);

  // No end date: refused with the form's message (the seat is not touched; other specs may).
  await page.getByRole("button", { name: "Terminar el asiento" }).click();
  await expect(page.getByText("Revise los campos marcados.")).toBeVisible();
});
