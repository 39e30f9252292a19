import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale routing only: `/` and unprefixed paths redirect to `/es/...`. Authorization is never
// decided here; every page and action checks the session and membership on the server.
export default createMiddleware(routing);

export const config = {
  // Everything except the auth/API routes, Next's internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
