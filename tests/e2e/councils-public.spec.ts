import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The council's composition: the public page (no sign-in, no personal data) and the signed-in
// council page with its warnings and a composition on a past date.

/** Names of the people accredited to CORCYTEC Cusco's seats today (holders and substitutes). */
async function currentDelegateNames(): Promise<string[]> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `select p."givenNames" || ' ' || p."familyNames" as name
         from "Delegation" d
         join "Seat" s on s.id = d."seatId"
         join "Region" r on r.id = s."regionId"
         join "Person" p on p.id = d."personId" or p.id = d."substitutePersonId"
        where r.slug = 'cusco' and d."termStartsOn" <= current_date and d."termEndsOn" >= current_date`,
    );
    return rows.map((r) => r.name);
  });
}

test("the public composition page opens without signing in and shows no person", async ({ page }) => {
  const response = await page.goto("/es/p/cusco/council");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/es\/p\/cusco\/council$/);
  await expect(page.getByRole("heading", { level: 1, name: "Consejo regional de Cusco" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /CORCYTEC Cusco/ })).toBeVisible();

  const seats = page.getByRole("table", { name: /CORCYTEC Cusco\) al / });
  await expect(seats.getByRole("rowheader", { name: "Gobierno Regional Cusco (GORE Cusco)" })).toBeVisible();
  await expect(seats.getByRole("rowheader", { name: /Túpac Amaru/ })).toBeVisible();
  await expect(seats.getByRole("columnheader", { name: "Delegado" })).toHaveCount(0);
  await expect(seats.getByRole("link")).toHaveCount(0);

  const helix = page.getByRole("table", { name: /por hélice/ });
  await expect(helix.getByRole("rowheader", { name: "Gobierno" })).toBeVisible();
  await expect(helix.getByRole("rowheader", { name: "Academia" })).toBeVisible();

  const text = await page.locator("main").innerText();
  const names = await currentDelegateNames();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(text).not.toContain(name);
});

test("an unknown region has no public council page", async ({ page }) => {
  const response = await page.goto("/es/p/atlantis/council");
  expect(response?.status()).toBe(404);
});

test("a Cusco admin sees the council page with warnings and picks a past date", async ({ page }) => {
  await signInAs(page, DEMO.cuscoAdmin);
  const response = await page.goto("/es/r/cusco/council");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Consejo regional" })).toBeVisible();

  const warnings = page.getByRole("region", { name: "Alertas" });
  // Other specs may add seats while this one runs: look for the seeded warnings, not exact counts.
  await expect(warnings.getByRole("listitem").filter({ hasText: "Asiento vacante:" }).filter({ hasText: "Túpac Amaru" })).toHaveCount(1);
  const ending = warnings.getByRole("listitem").filter({ hasText: "Mandato por vencer:" });
  await expect(ending.filter({ hasText: "Universidad Andina del Cusco" })).toHaveCount(1);
  expect(await ending.count()).toBeGreaterThanOrEqual(3);

  // Today's delegates are named for a member of the region.
  const main = await page.locator("main").innerText();
  const names = await currentDelegateNames();
  expect(names.some((name) => main.includes(name))).toBe(true);

  await expect(page.getByRole("link", { name: "Ver la página pública de la composición" })).toHaveAttribute(
    "href",
    "/es/p/cusco/council",
  );

  // 1 March 2019: the tourism agencies' association still sat (it left at the end of 2020);
  // the Quillabamba university had not joined yet (April 2019).
  await page.getByRole("textbox", { name: "Composición al" }).fill("2019-03-01");
  await page.getByRole("button", { name: "Ver composición" }).click();
  await expect(page).toHaveURL(/\/es\/r\/cusco\/council\?on=2019-03-01$/);
  await expect(page.getByRole("heading", { level: 3, name: /Composición al .*2019/ })).toBeVisible();
  const seats = page.getByRole("table", { name: /CORCYTEC Cusco\) al / });
  await expect(seats.getByRole("rowheader", { name: /Asociación de Agencias de Turismo del Cusco/ })).toBeVisible();
  await expect(seats.getByRole("rowheader", { name: /Quillabamba/ })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Composición al" })).toHaveValue("2019-03-01");
});

test("a national viewer sees accredited delegates without names", async ({ page }) => {
  await signInAs(page, DEMO.nationalViewer);
  const response = await page.goto("/es/r/cusco/council");
  expect(response?.status()).toBe(200);
  const seats = page.getByRole("table", { name: /CORCYTEC Cusco\) al / });
  await expect(seats.getByRole("cell", { name: "Delegado acreditado" }).first()).toBeVisible();
  const text = await page.locator("main").innerText();
  for (const name of await currentDelegateNames()) expect(text).not.toContain(name);
});
