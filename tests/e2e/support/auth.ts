import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";

// Signs a demo user in through next-auth's own endpoints (the same HTTP the login form uses),
// so specs that are not about signing in start signed in without clicking through the form.
export const DEMO_PASSWORD = "Minka-demo-2026";

export const DEMO = {
  cuscoAdmin: "gore.cusco@minka.example",
  tacnaAdmin: "gore.tacna@minka.example",
  unsaacOffice: "investigacion.unsaac@minka.example",
  unjbgOffice: "investigacion.unjbg@minka.example",
  nationalViewer: "multisectorial@minka.example",
  platformAdmin: "admin@minka.example",
} as const;

export async function signInAs(target: Page | BrowserContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  await signInRequest(target.request, email, password);
}

/** Signs in an HTTP client (a page's, a context's, or a standalone one): it keeps the cookie. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/es" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  if (response.status() >= 400 || location.includes("error=")) {
    throw new Error(`sign-in as ${email} failed: ${response.status()} ${location}`);
  }
}
