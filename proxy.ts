import createMiddleware from "next-intl/middleware";
import type { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";

// Runs before every page: locale routing (`/` and unprefixed paths go to `/es/…`) and the
// Content-Security-Policy with a fresh nonce. Authorization is never decided here: every page
// and action checks the session and membership on the server (lib/tenancy.ts).
const handleI18nRouting = createMiddleware(routing);

const isDev = process.env.NODE_ENV !== "production";

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // Next's inline bootstrap scripts carry the nonce; 'strict-dynamic' lets the scripts they
    // load run. React's development build needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, layout) are not a script vector; nonces for styles would
    // break them for no gain.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Adds headers to the request the app will see, the way NextResponse.next({ request }) does, on
 * top of what next-intl already forwards (its locale header). Next reads the nonce from the
 * request's CSP header and puts it on its own scripts.
 */
function forwardRequestHeaders(response: NextResponse, extra: Record<string, string>) {
  const overrides = response.headers.get("x-middleware-override-headers");
  if (overrides === null) return; // a redirect: nothing is rendered
  const names = new Set(overrides.split(",").filter(Boolean));
  for (const [name, value] of Object.entries(extra)) {
    names.add(name);
    response.headers.set(`x-middleware-request-${name}`, value);
  }
  response.headers.set("x-middleware-override-headers", [...names].join(","));
}

export default function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const response = handleI18nRouting(request);
  forwardRequestHeaders(response, {
    "content-security-policy": csp,
    "x-nonce": nonce,
    // Where the sign-in page sends people back to (see pageGate in lib/tenancy.ts).
    "x-minka-path": `${request.nextUrl.pathname}${request.nextUrl.search}`,
  });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything except the auth/API routes, Next's internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
