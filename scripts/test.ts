// `npm test`: every check the project has, in the order that fails fastest, against a real
// PostgreSQL (DATABASE_URL's server, else a throwaway embedded one) and Debian's Chromium.
// It ends with one summary line: "minka: N passed, N failed".
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { anyFreePort, startEmbeddedPostgres, type EmbeddedServer } from "./db/embedded";
import { deployMigrations } from "./migrate/engine";
import { adminQuery, uniqueDatabaseName, withDatabase } from "../tests/support/pg";
import { chromiumPath } from "./chromium";

const ROOT = path.resolve(import.meta.dirname, "..");
// Per build folder, so parallel runs (NEXT_DIST_DIR) do not overwrite each other's reports.
const REPORTS = path.join(ROOT, "test-results", process.env.NEXT_DIST_DIR ?? "");

interface StepResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function bin(pkgPath: string): string {
  return path.join(ROOT, "node_modules", pkgPath);
}

function installedChromium(): string {
  const candidate = chromiumPath();
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install Debian's build (sudo apt-get install -y chromium-headless-shell, or chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return candidate;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function step(results: StepResult[], name: string, body: () => Promise<{ code: number; passed?: number; failed?: number }>) {
  console.log(`\n[test] ── ${name} ──`);
  const started = Date.now();
  let outcome: { code: number; passed?: number; failed?: number };
  try {
    outcome = await body();
  } catch (error) {
    console.error(`[test] ${name}: ${(error as Error).message}`);
    outcome = { code: 1 };
  }
  const ok = outcome.code === 0;
  results.push({
    name,
    ok,
    passed: outcome.passed ?? (ok ? 1 : 0),
    failed: outcome.failed ?? (ok ? 0 : 1),
    seconds: (Date.now() - started) / 1000,
  });
  return ok;
}

async function main(): Promise<number> {
  // `npm test -- unit e2e tests/e2e/foo.spec.ts`: step names choose the steps; anything else is a
  // file filter handed to Vitest and Playwright (for working on one feature).
  const STEPS = ["lint", "typecheck", "unit", "e2e", "bench"];
  const args = process.argv.slice(2);
  const only = args.filter((a) => STEPS.includes(a));
  const filters = args.filter((a) => !STEPS.includes(a));
  const wants = (s: string) => only.length === 0 || only.includes(s);
  fs.mkdirSync(REPORTS, { recursive: true });
  const results: StepResult[] = [];
  const node = process.execPath;

  // Static checks first: seconds, and they catch most slips.
  if (wants("lint")) await step(results, "lint", async () => ({ code: await run(node, [bin("eslint/bin/eslint.js"), "--max-warnings=0", "."]) }));
  if (wants("typecheck"))
    await step(results, "typecheck", async () => {
      const gen = await run(node, [bin("next/dist/bin/next"), "typegen"]);
      if (gen !== 0) return { code: gen };
      return { code: await run(node, [bin("typescript/bin/tsc"), "--noEmit"]) };
    });

  // One PostgreSQL server for the rest of the run.
  let embedded: EmbeddedServer | null = null;
  let tmp: string | null = null;
  let serverUrl = process.env.DATABASE_URL;
  const e2eDatabase = uniqueDatabaseName("minka_e2e");
  const benchDatabase = uniqueDatabaseName("minka_bench");
  try {
    if ((wants("unit") || wants("e2e") || wants("bench")) && !serverUrl) {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "minka-test-"));
      fs.chmodSync(tmp, 0o755);
      embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "postgres"), ephemeral: true });
      serverUrl = embedded.url;
      console.log(`[test] Embedded PostgreSQL on port ${embedded.port}.`);
    }

    if (wants("unit"))
      await step(results, "unit and integration (vitest)", async () => {
        const report = path.join(REPORTS, "vitest.json");
        fs.rmSync(report, { force: true });
        const code = await run(node, [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...filters], {
          ...process.env,
          TEST_DATABASE_SERVER_URL: serverUrl,
        });
        const json = readJson<{ numPassedTests: number; numFailedTests: number }>(report);
        return { code, passed: json?.numPassedTests, failed: json ? json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0) : undefined };
      });

    if (wants("e2e"))
      await step(results, "end-to-end (Playwright, Chromium, production build)", async () => {
        const chromium = installedChromium();
        const url = withDatabase(serverUrl!, e2eDatabase);
        await adminQuery(serverUrl!, `create database "${e2eDatabase}"`);
        await deployMigrations(url);
        const { createDbClient } = await import("../lib/db-client");
        const { seedDatabase } = await import("../prisma/seed/index");
        const db = createDbClient(url, 4);
        await seedDatabase(db, { demo: true });
        await db.$disconnect();

        const port = await anyFreePort();
        const env = {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: "1",
          DATABASE_URL: url,
          AUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
          E2E_PORT: String(port),
          CHROMIUM_PATH: chromium,
        };
        // Built without DATABASE_URL: a build machine (a CI stage, an image build) has no database.
        const { DATABASE_URL: _noDatabase, ...buildEnv } = env;
        const build = await run(node, [bin("next/dist/bin/next"), "build"], { ...buildEnv, NODE_ENV: "production" });
        if (build !== 0) return { code: build };
        const report = path.join(REPORTS, "playwright.json");
        fs.rmSync(report, { force: true });
        // The permission-matrix project depends on the whole chromium project (it must run after
        // every other spec: playwright.config.ts); a run of the matrix alone needs no such order.
        const matrixOnly = filters.length > 0 && filters.every((f) => !f.startsWith("-") && "tests/e2e/permission-matrix.spec.ts".includes(f));
        const code = await run(node, [bin("@playwright/test/cli.js"), "test", ...filters, ...(matrixOnly ? ["--no-deps"] : [])], {
          ...env,
          PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        });
        const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
        return {
          code,
          passed: json ? json.stats.expected + json.stats.flaky : undefined,
          failed: json ? json.stats.unexpected : undefined,
        };
      });

    // The benchmark at a tiny scale, on the build the end-to-end step made: it proves the
    // generator and the measurements still work; its figures mean nothing here (issue 8).
    if (wants("bench") && filters.length === 0)
      await step(results, "benchmark smoke run (scale 0.02)", async () => {
        const out = path.join(REPORTS, "bench");
        const reuseBuild = wants("e2e") ? ["--no-build"] : [];
        const args = ["scripts/bench/run.ts", "--scale", "0.02", "--quick", "--no-doc", "--out", out, "--database", benchDatabase, ...reuseBuild];
        const code = await run(node, [bin("tsx/dist/cli.mjs"), ...args], {
          ...process.env,
          DATABASE_URL: serverUrl,
          NEXT_TELEMETRY_DISABLED: "1",
        });
        return { code: code === 0 && fs.existsSync(path.join(out, "benchmarks.json")) ? 0 : 1 };
      });
  } finally {
    if (serverUrl && wants("bench")) await adminQuery(serverUrl, `drop database if exists "${benchDatabase}" with (force)`).catch(() => {});
    if (serverUrl && wants("e2e")) await adminQuery(serverUrl, `drop database if exists "${e2eDatabase}" with (force)`).catch(() => {});
    if (embedded) await embedded.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }

  console.log("\n[test] Summary");
  for (const r of results) {
    console.log(`[test]   ${r.ok ? "ok  " : "FAIL"} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(0)} s)`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`minka: ${passed} passed, ${failed} failed`);
  return results.every((r) => r.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test] ${(error as Error).message}`);
    console.log("minka: 0 passed, 1 failed");
    process.exit(1);
  },
);
