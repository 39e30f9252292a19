// The API token administration page over HTTP: platform administrators see it (with the link in
// the platform navigation); anyone else gets the not-found page, as for any page they may not
// open. Issuing and revoking are covered by tests/integration/api-tokens.test.ts and, for every
// caller, by the permission matrix (tests/e2e/matrix/metrics.ts); here, that revoking asks first.
import { expect, test } from "@playwright/test";
import { DEMO, signInAs, signInRequest } from "./support/auth";
import { withDb } from "./support/db";

test("a platform admin opens the token page: the list shows prefixes, never secrets", async ({ request }) => {
  await withDb((db) =>
    db.query(
      `insert into "ApiToken"(id, name, "tokenHash", prefix, scope, "updatedAt")
       values (gen_random_uuid(), 'Observatorio regional e2e', repeat('a', 64), 'minka_e2eabc', 'NATIONAL', now())
       on conflict ("tokenHash") do nothing`,
    ),
  );
  await signInRequest(request, DEMO.platformAdmin);
  const response = await request.get("/es/admin/api-tokens");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("Credenciales de la API");
  expect(html).toContain("Observatorio regional e2e");
  expect(html).toContain("minka_e2eabc");
  expect(html).not.toContain("a".repeat(64));
  expect(html).toContain('href="/es/admin/api-tokens"');
});

for (const who of ["nationalViewer", "cuscoAdmin"] as const) {
  test(`the token page is not found for ${who}`, async ({ request }) => {
    await signInRequest(request, DEMO[who]);
    const response = await request.get("/es/admin/api-tokens");
    expect(response.status()).toBe(404);
  });
}

test("revoking a token asks first, and only the answer revokes it", async ({ page }) => {
  const name = `Integración a revocar ${Date.now()}`;
  await withDb((db) =>
    db.query(
      `insert into "ApiToken"(id, name, "tokenHash", prefix, scope, "updatedAt")
       values (gen_random_uuid(), $1::text, md5($1::text) || md5($1::text || 'r'), 'minka_revoca', 'NATIONAL', now())`,
      [name],
    ),
  );
  const revokedAt = () => withDb(async (db) => (await db.query<{ revokedAt: Date | null }>(`select "revokedAt" from "ApiToken" where name = $1`, [name])).rows[0]!.revokedAt);
  await signInAs(page, DEMO.platformAdmin);
  await page.goto("/es/admin/api-tokens");
  const row = page.getByRole("row", { name: new RegExp(`^${name}`) });

  // The first step only opens the question, from the keyboard too.
  const confirm = row.getByRole("button", { name: `Sí, revocar la credencial ${name}` });
  await expect(confirm).toBeHidden();
  await row.getByText("Revocar", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(row.getByText("dejará de funcionar de inmediato y para siempre")).toBeVisible();
  expect(await revokedAt()).toBeNull();

  await confirm.click();
  await expect(row.getByRole("cell", { name: "Revocada" })).toBeVisible();
  expect(await revokedAt()).not.toBeNull();
});
