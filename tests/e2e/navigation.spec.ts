import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// The header's navigation by role: each demo user signs in through the form and sees exactly the
// links their role allows, the current one marked with aria-current; pages outside their role
// answer with the not-found page. Then a person with roles in two regions switches between them.

const PASSWORD = "Minka-demo-2026";

// Several sign-ins and page loads per test on a small machine: more than the default 30 s.
test.setTimeout(120_000);

async function signIn(page: Page, email: string) {
  await page.goto("/es/login");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
}

function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Navegación principal" });
}

async function navLinks(page: Page): Promise<{ name: string; href: string | null }[]> {
  const links = mainNav(page).getByRole("link");
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((anchors) =>
    anchors.map((a) => ({ name: (a.textContent ?? "").trim(), href: a.getAttribute("href") })),
  );
}

const PUBLIC = [
  { name: "Inicio", href: "/es" },
  { name: "Regiones", href: "/es#regions" },
];

type Section = "overview" | "dashboard" | "actors" | "council" | "cooperation" | "projects" | "plans" | "recommendations" | "members" | "audit" | "mail";
const SECTION_LINKS: Record<Section, [string, string]> = {
  overview: ["Resumen", ""],
  dashboard: ["Tablero", "/dashboard"],
  actors: ["Actores", "/actors"],
  council: ["Consejo", "/council"],
  cooperation: ["Cooperación", "/cooperation"],
  projects: ["Proyectos", "/projects"],
  plans: ["Planes", "/plans"],
  recommendations: ["Recomendaciones", "/recommendations"],
  members: ["Miembros", "/admin/members"],
  audit: ["Auditoría", "/admin/audit"],
  mail: ["Correo saliente", "/admin/mail"],
};
const regionLinks = (slug: string, sections: Section[]) =>
  sections.map((section) => ({ name: SECTION_LINKS[section][0], href: `/es/r/${slug}${SECTION_LINKS[section][1]}` }));

const READ: Section[] = ["overview", "dashboard", "actors", "council", "cooperation", "projects", "plans", "recommendations"];
const ALL: Section[] = [...READ, "members", "audit", "mail"];
const NATIONAL = { name: "Comparación nacional", href: "/es/national" };
const PLATFORM = { name: "Administración de la plataforma", href: "/es/admin/regions" };

const USERS = [
  {
    email: "gore.cusco@minka.example",
    home: /\/es\/r\/cusco$/,
    region: "Cusco",
    links: [...PUBLIC, ...regionLinks("cusco", ALL)],
    forbidden: ["/es/admin/regions", "/es/admin/audit", "/es/r/tacna/admin/members"],
  },
  {
    email: "gore.tacna@minka.example",
    home: /\/es\/r\/tacna$/,
    region: "Tacna",
    links: [...PUBLIC, ...regionLinks("tacna", ALL)],
    forbidden: ["/es/admin/regions", "/es/admin/mail", "/es/r/cusco/admin/members"],
  },
  {
    email: "investigacion.unsaac@minka.example",
    home: /\/es\/r\/cusco$/,
    region: "Cusco",
    links: [...PUBLIC, ...regionLinks("cusco", READ)],
    forbidden: ["/es/r/cusco/admin/members", "/es/r/cusco/admin/audit", "/es/r/cusco/admin/mail", "/es/admin/regions"],
  },
  {
    email: "investigacion.unjbg@minka.example",
    home: /\/es\/r\/tacna$/,
    region: "Tacna",
    links: [...PUBLIC, ...regionLinks("tacna", READ)],
    forbidden: ["/es/r/tacna/admin/members", "/es/r/tacna/admin/audit", "/es/r/tacna/admin/mail", "/es/admin/audit"],
  },
  {
    email: "multisectorial@minka.example",
    home: /\/es$/,
    region: null,
    links: [...PUBLIC, NATIONAL],
    forbidden: ["/es/r/cusco/admin/members", "/es/r/tacna/admin/audit", "/es/admin/regions", "/es/admin/mail"],
  },
  {
    email: "admin@minka.example",
    home: /\/es$/,
    region: null,
    links: [...PUBLIC, NATIONAL, PLATFORM],
    forbidden: [],
  },
];

for (const user of USERS) {
  test(`${user.email} sees exactly the navigation of their role`, async ({ page }) => {
    await signIn(page, user.email);
    await expect(page).toHaveURL(user.home);
    expect(await navLinks(page)).toEqual(user.links);

    if (user.region) {
      // The region they act in is named, and its overview is the current page.
      await expect(mainNav(page).getByRole("list", { name: `Región ${user.region}` })).toBeVisible();
      await expect(mainNav(page).getByRole("link", { name: "Resumen" })).toHaveAttribute("aria-current", "page");
      await expect(mainNav(page).getByText("Cambiar de región")).toHaveCount(0);
    }
    for (const path of user.forbidden) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "No encontramos esta página" })).toBeVisible();
    }
  });
}

test("each link of a regional administrator leads to its page and marks itself current", async ({ page }) => {
  await signIn(page, "gore.cusco@minka.example");
  for (const [name, heading, path] of [
    ["Miembros", "Miembros", /\/es\/r\/cusco\/admin\/members$/],
    ["Auditoría", "Auditoría", /\/es\/r\/cusco\/admin\/audit$/],
    ["Correo saliente", "Correo saliente", /\/es\/r\/cusco\/admin\/mail$/],
    ["Resumen", "Cusco", /\/es\/r\/cusco$/],
  ] as const) {
    await mainNav(page).getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(mainNav(page).locator("[aria-current='page']")).toHaveCount(1);
  }
});

test("a platform administrator reaches platform administration and any region's administration", async ({ page }) => {
  await signIn(page, "admin@minka.example");
  await mainNav(page).getByRole("link", { name: "Administración de la plataforma" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/regions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Administración de la plataforma" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Administración de la plataforma" })).toHaveAttribute("aria-current", "page");
  const sections = page.getByRole("navigation", { name: "Secciones de la administración de la plataforma" });
  await sections.getByRole("link", { name: "Auditoría" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/audit$/);
  // Inside platform administration, its header link marks the section as the current location.
  await expect(mainNav(page).getByRole("link", { name: "Administración de la plataforma" })).toHaveAttribute("aria-current", "true");

  // In a region's pages, the links of that region appear, by the platform role's permissions.
  await page.goto("/es/r/tacna");
  expect(await navLinks(page)).toEqual([...PUBLIC, ...regionLinks("tacna", ALL), NATIONAL, PLATFORM]);
  await mainNav(page).getByRole("link", { name: "Miembros" }).click();
  await expect(page).toHaveURL(/\/es\/r\/tacna\/admin\/members$/);
  await expect(page.getByRole("table", { name: /Miembros de Tacna/ })).toBeVisible();
});

test("a national viewer sees a region's reading links there, and nothing to administer", async ({ page }) => {
  await signIn(page, "multisectorial@minka.example");
  await page.goto("/es/r/cusco");
  expect(await navLinks(page)).toEqual([...PUBLIC, ...regionLinks("cusco", READ), NATIONAL]);
});

test("the navigation follows the language", async ({ page }) => {
  await signIn(page, "gore.tacna@minka.example");
  await page.goto("/en/r/tacna/admin/members");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Members" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Audit trail" })).toHaveAttribute("href", "/en/r/tacna/admin/audit");
});

// ---------------------------------------------------------------------------------------------
// A person with roles in two regions
// ---------------------------------------------------------------------------------------------

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("a person with roles in two regions picks the region to act in; removing one takes effect on the next page", async ({ browser }) => {
  const admin = await asUser(browser, "gore.cusco@minka.example");
  // The Cusco administrator gives UNJBG's editor (of Tacna) a viewer role in Cusco.
  await admin.goto("/es/r/cusco/admin/members");
  await admin.getByLabel("Nombre completo").fill("Vicerrectorado de Investigación – UNJBG (demo)");
  await admin.getByLabel("Correo electrónico").fill("investigacion.unjbg@minka.example");
  await admin.getByLabel("Rol", { exact: true }).selectOption({ label: "Consulta" });
  await admin.getByRole("button", { name: "Invitar" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "ya tenía una cuenta" })).toBeVisible();

  try {
    const editor = await asUser(browser, "investigacion.unjbg@minka.example");
    await expect(editor).toHaveURL(/\/es\/r\/tacna$/);
    const nav = mainNav(editor);
    await expect(nav.getByRole("list", { name: "Región Tacna" })).toBeVisible();
    await nav.getByText("Cambiar de región").click();
    await nav.getByRole("list", { name: "Otras regiones en las que usted trabaja" }).getByRole("link", { name: "Cusco" }).click();
    await expect(editor).toHaveURL(/\/es\/r\/cusco$/);
    await expect(nav.getByRole("list", { name: "Región Cusco" })).toBeVisible();
    expect(await navLinks(editor)).toEqual([...PUBLIC, ...regionLinks("cusco", READ)]);
    await nav.getByText("Cambiar de región").click();
    await expect(nav.getByRole("link", { name: "Tacna" })).toHaveAttribute("href", "/es/r/tacna");

    // The Cusco administrator removes the role again; the editor's very next page no longer offers Cusco.
    await removeFromCusco(admin, "investigacion.unjbg@minka.example");
    await editor.reload();
    await expect(nav.getByText("Cambiar de región")).toHaveCount(0);
    await expect(nav.getByRole("list", { name: "Región Tacna" })).toBeVisible();
  } finally {
    await removeFromCusco(admin, "investigacion.unjbg@minka.example").catch(() => {});
  }
});

// Every page is rendered per request, so a prefetch gets only the route's outline and costs the
// server a request per link in view (lib/i18n/navigation.tsx): links do not prefetch, and a click
// still navigates inside the app rather than reloading the page.
test("links in view send no prefetch requests, and following one stays a client-side navigation", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await signInAs(page, DEMO.nationalViewer);
  await page.goto("/es/national");
  const map = page.getByRole("list", { name: /^Mapa de regiones del Perú/ });
  await expect(map.getByRole("link")).toHaveCount(26);
  await expect(page.getByRole("table", { name: "Datos registrados por región y su fecha más reciente" })).toBeVisible();
  // Scroll through the page so that every link has been in view, then hover one (Next also
  // prefetches on hover), and give the router time to act.
  await page.keyboard.press("End");
  await map.getByRole("link", { name: /^Cusco/ }).hover();
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  // A full reload would drop this marker; the App Router's navigation keeps the document.
  await page.evaluate(() => Object.assign(window, { minkaMarker: "kept" }));
  await map.getByRole("link", { name: /^Cusco/ }).click();
  await expect(page).toHaveURL(/\/es\/r\/cusco\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tablero de cooperación" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { minkaMarker?: string }).minkaMarker)).toBe("kept");
});

async function removeFromCusco(admin: Page, email: string) {
  await admin.goto("/es/r/cusco/admin/members");
  const row = admin.getByRole("row").filter({ hasText: email });
  if ((await row.count()) === 0) return;
  await row.getByRole("link", { name: /^Gestionar a / }).click();
  await admin.getByLabel(/^Confirmo que quiero quitar a /).check();
  await admin.getByRole("button", { name: "Quitar de la región" }).click();
  await expect(admin).toHaveURL(/\/es\/r\/cusco\/admin\/members\?removed=1$/);
  await expect(admin.getByRole("status").filter({ hasText: "Se quitó a la persona de la región." })).toBeVisible();
}
