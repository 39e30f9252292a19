import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { signInAs } from "./support/auth";

// The account pages in Chromium against the production build: password reset by the link in the
// outbox (read from the MailMessage table, as an administrator would without SMTP), change of
// password from the account page, invitation acceptance, and the sign-in hold-back message.
// Each test makes its own account directly in the database, so no demo account — which other
// specs sign in with at the same time — ever has its password or sessions changed.

const START_PASSWORD = "llama alpaca vicuña";

function database(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: run the e2e tests with `npm test -- e2e`.");
  return new pg.Pool({ connectionString, max: 2 });
}

let pool: pg.Pool;
test.beforeAll(() => {
  pool = database();
});
test.afterAll(async () => {
  await pool.end();
});

function uniqueEmail(label: string): string {
  return `e2e.${label}.${Date.now().toString(36)}${randomBytes(3).toString("hex")}@minka.example`;
}

async function createAccount(label: string, opts: { password?: string | null; name?: string } = {}): Promise<{ id: string; email: string }> {
  const email = uniqueEmail(label);
  const passwordHash = opts.password === null ? null : await hashPassword(opts.password ?? START_PASSWORD);
  const { rows } = await pool.query<{ id: string }>(
    `insert into "User" (id, email, name, "passwordHash", "updatedAt") values (gen_random_uuid(), $1, $2, $3, now()) returning id`,
    [email, opts.name ?? "Cuenta de prueba e2e", passwordHash],
  );
  return { id: rows[0]!.id, email };
}

/** The reset link the outbox holds for an address; the form answers before the mail is queued. */
async function linkFromOutbox(email: string): Promise<string> {
  let body: string | undefined;
  await expect
    .poll(
      async () => {
        const { rows } = await pool.query<{ textBody: string }>(`select "textBody" from "MailMessage" where "toEmail" = $1 order by "createdAt" desc limit 1`, [
          email,
        ]);
        body = rows[0]?.textBody;
        return body ?? null;
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();
  const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(body!);
  expect(link, body).not.toBeNull();
  // The mail's host is the public URL; the test browser talks to the same server.
  const url = new URL(link![0]);
  return `${url.pathname}${url.search}`;
}

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

test("a forgotten password is reset through the emailed link, which then works only once", async ({ page, context }) => {
  const account = await createAccount("reset");
  const newPassword = `nueva frase ${randomBytes(4).toString("hex")}`;

  await page.goto("/es/login");
  await page.getByRole("link", { name: "¿Olvidó su contraseña?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Restablecer la contraseña" })).toBeVisible();
  await page.getByLabel("Correo electrónico").fill(account.email.toUpperCase());
  await page.getByRole("button", { name: "Enviar el enlace" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Si hay una cuenta con ese correo electrónico");

  const link = await linkFromOutbox(account.email);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Elegir una nueva contraseña" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();

  // The policy speaks first: a common password is refused next to the field.
  await page.getByLabel("Nueva contraseña").fill("password123");
  await page.getByRole("button", { name: "Guardar la contraseña" }).click();
  await expect(page.getByLabel("Nueva contraseña")).toHaveAccessibleDescription(/de las más usadas/);

  // The same link open in a second tab, as when someone clicks the mail twice.
  const secondTab = await context.newPage();
  await secondTab.goto(link);
  await expect(secondTab.getByLabel("Nueva contraseña")).toBeVisible();

  await page.getByLabel("Nueva contraseña").fill(newPassword);
  await page.getByRole("button", { name: "Guardar la contraseña" }).click();
  await expect(page).toHaveURL(/\/es\/login\?notice=passwordReset$/);

  // The second tab's submission is refused: the link was used once already. The refusal is logged.
  await secondTab.getByLabel("Nueva contraseña").fill("una tercera frase distinta");
  await secondTab.getByRole("button", { name: "Guardar la contraseña" }).click();
  await expect(secondTab.getByRole("main").getByRole("alert")).toHaveText("El enlace venció o ya se usó.");
  await secondTab.close();
  const events = await pool.query<{ detail: unknown }>(`select detail from "SecurityEvent" where kind = 'token_invalid' and "userId" = $1`, [account.id]);
  expect(events.rows.map((r) => r.detail)).toEqual([{ tokenKind: "PASSWORD_RESET", reason: "used" }]);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Su contraseña se restableció. Inicie sesión con la nueva contraseña.");

  // The old password no longer works; the new one does.
  await signInThroughForm(page, account.email, START_PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("El correo electrónico o la contraseña no son correctos.");
  await signInThroughForm(page, account.email, newPassword);
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toBeVisible();

  // The same link a second time: refused, with a way to ask for a new one.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Este enlace ya no es válido" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pedir un enlace nuevo" })).toBeVisible();
  await expect(page.getByLabel("Nueva contraseña")).toHaveCount(0);

  const { rows } = await pool.query<{ action: string }>(`select action from "AuditEntry" where "entityId" = $1 order by id`, [account.id]);
  expect(rows.map((r) => r.action)).toEqual(["PASSWORD_RESET", "SIGN_IN"]);
});

test("asking a reset for an unknown address answers the same and sends nothing", async ({ page }) => {
  const nobody = uniqueEmail("nobody");
  await page.goto("/es/forgot-password");
  await page.getByLabel("Correo electrónico").fill(nobody);
  await page.getByRole("button", { name: "Enviar el enlace" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Si hay una cuenta con ese correo electrónico");
  await page.waitForTimeout(1000);
  const { rows } = await pool.query(`select 1 from "MailMessage" where "toEmail" = $1`, [nobody]);
  expect(rows).toHaveLength(0);
});

test("a made-up reset link shows the expired-link page", async ({ page }) => {
  await page.goto(`/es/reset-password?token=${randomBytes(32).toString("base64url")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Este enlace ya no es válido" })).toBeVisible();
  await page.goto("/es/reset-password");
  await expect(page.getByRole("heading", { level: 1, name: "Este enlace ya no es válido" })).toBeVisible();
});

test("changing the password ends the session, and the new password signs in", async ({ page }) => {
  const account = await createAccount("change");
  const newPassword = `otra frase ${randomBytes(4).toString("hex")}`;
  await signInAs(page, account.email, START_PASSWORD);

  await page.goto("/es/account/password");
  await expect(page.getByRole("heading", { level: 1, name: "Cambiar la contraseña" })).toBeVisible();

  // A wrong current password is refused next to its field.
  await page.getByLabel("Contraseña actual").fill("no es la contraseña");
  await page.getByLabel("Nueva contraseña").fill(newPassword);
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(page.getByLabel("Contraseña actual")).toHaveAccessibleDescription("La contraseña actual no es correcta.");
  await expect(page.getByLabel("Contraseña actual")).toBeFocused();

  await page.getByLabel("Contraseña actual").fill(START_PASSWORD);
  await page.getByLabel("Nueva contraseña").fill(newPassword);
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(page).toHaveURL(/\/es\/login\?notice=passwordChanged$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Su contraseña se cambió");
  // This session ended with the change: the server refuses its cookie from now on.
  await expect(page.getByRole("banner").getByRole("link", { name: "Iniciar sesión" })).toBeVisible();
  await page.goto("/es/account/password");
  await expect(page).toHaveURL(/\/es\/login\?callbackUrl=/);

  await signInThroughForm(page, account.email, newPassword);
  await expect(page).toHaveURL(/\/es\/account\/password$/);
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toBeVisible();

  const { rows } = await pool.query<{ action: string }>(`select action from "AuditEntry" where "entityId" = $1 order by id`, [account.id]);
  expect(rows.map((r) => r.action)).toEqual(["SIGN_IN", "PASSWORD_CHANGE", "SIGN_IN"]);
});

test("a password change ends the user's other sessions too, including next-auth's session endpoint", async ({ page, browser }) => {
  const account = await createAccount("elsewhere");
  // The same person, signed in on another device before the change.
  const elsewhere = await browser.newContext();
  try {
    await signInAs(elsewhere, account.email, START_PASSWORD);
    const before = await elsewhere.request.get("/api/auth/session");
    expect(((await before.json()) as { user?: { email?: string } }).user?.email).toBe(account.email);

    await signInAs(page, account.email, START_PASSWORD);
    await page.goto("/es/account/password");
    await page.getByLabel("Contraseña actual").fill(START_PASSWORD);
    await page.getByLabel("Nueva contraseña").fill(`otra frase ${randomBytes(4).toString("hex")}`);
    await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
    await expect(page).toHaveURL(/\/es\/login\?notice=passwordChanged$/);

    // The other device's token still carries a valid signature; the server refuses it everywhere.
    const after = await elsewhere.request.get("/api/auth/session");
    expect(after.status()).toBe(200);
    expect(await after.json()).toEqual({});
    const other = await elsewhere.newPage();
    await other.goto("/es/account/password");
    await expect(other).toHaveURL(/\/es\/login\?callbackUrl=/);
  } finally {
    await elsewhere.close();
  }
});

test("an invited person sets their name and password, then signs in; the invitation works once", async ({ page }) => {
  const account = await createAccount("invited", { password: null, name: "Persona invitada" });
  const raw = randomBytes(32).toString("base64url");
  await pool.query(
    `insert into "AuthToken" (id, "userId", kind, "tokenHash", "expiresAt", "updatedAt")
     values (gen_random_uuid(), $1, 'INVITATION', $2, now() + interval '7 days', now())`,
    [account.id, createHash("sha256").update(raw).digest("hex")],
  );

  await page.goto(`/es/invitation?token=${raw}`);
  await expect(page.getByRole("heading", { level: 1, name: "Activar su cuenta" })).toBeVisible();
  await expect(page.getByLabel("Nombre")).toHaveValue("Persona invitada");
  await page.getByLabel("Nombre").fill("Rosa Condori");
  await page.getByLabel("Nueva contraseña").fill("flores de qantu 2026");
  await page.getByRole("button", { name: "Activar la cuenta" }).click();
  await expect(page).toHaveURL(/\/es\/login\?notice=invitationAccepted$/);

  await signInThroughForm(page, account.email, "flores de qantu 2026");
  await expect(page.getByRole("banner")).toContainText("Rosa Condori");

  // Signing out is audited too (next-auth's signOut event).
  await page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Iniciar sesión" })).toBeVisible();
  await expect
    .poll(async () => (await pool.query<{ action: string }>(`select action from "AuditEntry" where "userId" = $1 order by id`, [account.id])).rows.map((r) => r.action))
    .toEqual(["ACCEPT_INVITATION", "SIGN_IN", "SIGN_OUT"]);

  await page.goto(`/es/invitation?token=${raw}`);
  await expect(page.getByRole("heading", { level: 1, name: "Este enlace ya no es válido" })).toBeVisible();
});

test("ten failed sign-ins hold the account+address pair back with its own message", async ({ page }) => {
  const account = await createAccount("held");
  await page.goto("/es/login");
  for (let i = 0; i < 10; i++) {
    await signInThroughForm(page, account.email, `wrong ${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("El correo electrónico o la contraseña no son correctos.");
  }
  await signInThroughForm(page, account.email, START_PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Demasiados intentos fallidos");
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
});

test("the account page is for signed-in people only", async ({ page }) => {
  await page.goto("/es/account/password");
  await expect(page).toHaveURL(/\/es\/login\?callbackUrl=%2Fes%2Faccount%2Fpassword$/);
});
