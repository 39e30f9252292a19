import { fileURLToPath } from "node:url";

// The benchmark's bare Next app (see app/page.jsx). It has no node_modules of its own: Turbopack
// must be allowed to resolve `next` and `react` from the project's, two folders up.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: fileURLToPath(new URL("../../..", import.meta.url)) },
};

export default nextConfig;
