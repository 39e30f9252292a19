import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium";

// End-to-end tests run against a production build (`next start`) on a database that
// scripts/test.ts created, migrated and seeded for this run. Debian's Chromium, never a
// downloaded browser (this machine has no route to browser downloads).
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous: a 2-core CI machine builds, serves and drives Chromium at once.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json"]],
  // Playwright empties its output folder at start: one per build folder keeps parallel runs apart.
  outputDir: `test-results/${process.env.NEXT_DIST_DIR ?? ".next"}/artifacts`,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /permission-matrix/ },
    // The matrix creates users, memberships and a region: it runs after every other spec, so
    // none of them sees its records.
    { name: "permission-matrix", testMatch: /permission-matrix\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/es`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
