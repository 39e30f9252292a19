import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers every response carries. The Content-Security-Policy needs a per-request nonce and is
// set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Production is served over HTTPS (README); browsers ignore HSTS on plain HTTP, so local
  // production runs are unaffected.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Several builds of one checkout side by side (parallel test runs) each get their own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Types are checked once, by the typecheck step of `npm test` (tsc over the whole project,
  // tests included); checking them again inside every build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  // `pg` and `@node-rs/argon2` (a native addon) are on Next's built-in list of server externals;
  // the Prisma adapter is not, and bundling it next to an external `pg` gains nothing.
  serverExternalPackages: ["@prisma/adapter-pg"],
  // typedRoutes is off: links go through next-intl's `Link`, whose `href` omits the locale
  // prefix, so Next's generated route types would reject every one of them.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
