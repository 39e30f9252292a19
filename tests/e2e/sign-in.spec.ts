import { expect, test, type Page } from "@playwright/test";

// Sign-in through the form for every demo account, and the refusals that must not leak anything.

const PASSWORD = "Minka-demo-2026";

// Where each demo user lands: their first region's overview, or the landing page for the
// national viewer and the platform administrator, who belong to no region.
const DEMO_USERS = [
  { email: "gore.cusco@minka.example", home: /\/es\/r\/cusco$/ },
  { email: "gore.tacna@minka.example", home: /\/es\/r\/tacna$/ },
  { email: "investigacion.unsaac@minka.example", home: /\/es\/r\/cusco$/ },
  { email: "investigacion.unjbg@minka.example", home: /\/es\/r\/tacna$/ },
  { email: "multisectorial@minka.example", home: /\/es$/ },
  { email: "admin@minka.example", home: /\/es$/ },
];

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

async function currentSession(page: Page): Promise<{ user?: { email: string; name: string } }> {
  const response = await page.request.get("/api/auth/session");
  expect(response.ok()).toBeTruthy();
  return response.json();
}

for (const user of DEMO_USERS) {
  test(`${user.email} signs in through the form and sees their name in the header`, async ({ page }) => {
    await page.goto("/es/login");
    await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
    await signIn(page, user.email, PASSWORD);

    await expect(page).toHaveURL(user.home);
    const header = page.getByRole("banner");
    await expect(header.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Iniciar sesión" })).toHaveCount(0);

    const session = await currentSession(page);
    expect(session.user?.email).toBe(user.email);
    await expect(header).toContainText(session.user?.name ?? "(no name in session)");
  });
}

test("the email is matched without regard to case", async ({ page }) => {
  await page.goto("/es/login");
  await signIn(page, "  GORE.Cusco@Minka.Example ", PASSWORD);
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
});

test("a wrong password shows the generic error and opens no session", async ({ page }) => {
  await page.goto("/es/login");
  await signIn(page, "gore.cusco@minka.example", "not-the-password");

  await expect(page.getByRole("main").getByRole("alert")).toHaveText("El correo electrónico o la contraseña no son correctos.");
  await expect(page).toHaveURL(/\/es\/login$/);
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
  expect((await currentSession(page)).user).toBeUndefined();
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
});

test("an unknown email gets exactly the same message as a wrong password", async ({ page }) => {
  await page.goto("/es/login");
  await signIn(page, "nobody@minka.example", PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("El correo electrónico o la contraseña no son correctos.");
  expect((await currentSession(page)).user).toBeUndefined();
});

test("empty fields are reported next to each field", async ({ page }) => {
  await page.goto("/es/login");
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByLabel("Correo electrónico")).toHaveAccessibleDescription("Ingrese su correo electrónico.");
  await expect(page.getByLabel("Contraseña")).toHaveAccessibleDescription("Ingrese su contraseña.");
  await expect(page.getByLabel("Correo electrónico")).toBeFocused();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/es/login");
  await signIn(page, "gore.tacna@minka.example", PASSWORD);
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("a same-site callbackUrl is followed, another site's is ignored", async ({ page, baseURL }) => {
  await page.goto(`/es/login?callbackUrl=${encodeURIComponent("/en/r/tacna")}`);
  await signIn(page, "gore.cusco@minka.example", PASSWORD);
  await expect(page).toHaveURL(/\/en\/r\/tacna$/);

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  for (const evil of ["https://evil.example/", "//evil.example/", "/\\evil.example/"]) {
    await page.goto(`/es/login?callbackUrl=${encodeURIComponent(evil)}`);
    await signIn(page, "gore.cusco@minka.example", PASSWORD);
    await expect(page).toHaveURL(/\/es\/r\/cusco$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? page.url()).origin);
    await page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Iniciar sesión" })).toBeVisible();
  }
});

test("signing out ends the session", async ({ page }) => {
  await page.goto("/es/login");
  await signIn(page, "investigacion.unsaac@minka.example", PASSWORD);
  const header = page.getByRole("banner");
  await header.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/es$/);
  await expect(header.getByRole("link", { name: "Iniciar sesión" })).toBeVisible();
  expect((await currentSession(page)).user).toBeUndefined();
});
