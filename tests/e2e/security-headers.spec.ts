import { expect, test } from "@playwright/test";

// Hardening that a browser enforces: a nonce-based CSP that Next's own scripts satisfy (the page
// still works), framing refused, no MIME sniffing, a referrer policy.

test("pages carry a nonce-based CSP that the app's own scripts satisfy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto("/es/login");
  const csp = first?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toContain("'unsafe-inline' 'nonce"); // scripts: nonce, never unsafe-inline

  // Every script the server rendered carries this response's nonce.
  const tags = ((await first?.text()) ?? "").match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  expect(new Set(tags.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? ""))).toEqual(new Set([nonce]));
  // Scripts without one were added later by Next's runtime (lazily loaded chunks such as the
  // translation catalogue): 'strict-dynamic' trusts what a nonce-bearing script loads, and they
  // are only ever the app's own static chunks. (The DOM property is read: the browser hides the
  // attribute's value once the CSP applies.)
  const added = await page.$$eval("script", (els) => els.filter((el) => !(el as HTMLScriptElement).nonce).map((el) => (el as HTMLScriptElement).src));
  for (const src of added) expect(new URL(src).pathname).toMatch(/^\/_next\/static\/chunks\//);

  // A fresh nonce per response.
  const second = await page.goto("/es/login");
  expect(second?.headers()["content-security-policy"]).not.toBe(csp);

  // The page is interactive: the sign-in form's JavaScript ran under the policy.
  await page.getByLabel("Correo electrónico").fill("nobody@minka.example");
  await page.getByLabel("Contraseña").fill("not-the-password");
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByText(/no son correctos/)).toBeVisible();
  expect(violations).toEqual([]);
});

test("every response refuses framing and sniffing and sets a referrer policy", async ({ request }) => {
  for (const path of ["/es", "/es/login", "/api/auth/csrf"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
    // `next start` runs in production mode: HSTS is on.
    expect(headers["strict-transport-security"], path).toContain("max-age=");
  }
});
