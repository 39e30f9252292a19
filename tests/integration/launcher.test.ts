// The launcher behind `npm run dev` / `npm start` / `npm run db:*`, run as a real process.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { anyFreePort, runningServerPid } from "@/scripts/db/embedded";
import { createTestDatabase } from "../support/database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "minka-launcher-test-"));
fs.chmodSync(dataRoot, 0o755);

function launcherEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Each test says which database it wants; NODE_ENV is vitest's "test", and the launcher
  // decides it per command.
  const { DATABASE_URL: _db, NODE_ENV: _mode, ...env } = process.env;
  return { ...env, ...extra } as NodeJS.ProcessEnv;
}

function runLauncher(args: string[], extra: Record<string, string>) {
  return spawnSync(process.execPath, [TSX, "scripts/run.ts", ...args], { cwd: ROOT, env: launcherEnv(extra), encoding: "utf8", timeout: 120_000 });
}

afterAll(() => fs.rmSync(dataRoot, { recursive: true, force: true }));
// Each test starts real processes (tsx, PostgreSQL, Next); on a busy 2-core machine that is slow.
vi.setConfig({ testTimeout: 120_000 });

describe("launcher faults", () => {
  it("names the host of an unreachable DATABASE_URL in one line and exits non-zero", async () => {
    const port = await anyFreePort(); // free, so nothing answers there
    const result = runLauncher(["migrate", "status"], { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/minka` });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(lines[0]).toMatch(/Cannot reach the database/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("works on a reachable DATABASE_URL (a server of its own, as in production)", async () => {
    const tdb = await createTestDatabase();
    try {
      const deploy = runLauncher(["migrate", "deploy"], { DATABASE_URL: tdb.url });
      expect(deploy.status, deploy.stdout + deploy.stderr).toBe(0);
      const status = runLauncher(["migrate", "status"], { DATABASE_URL: tdb.url });
      expect(status.status, status.stdout + status.stderr).toBe(0);
      expect(status.stdout).not.toMatch(/Embedded PostgreSQL/);
    } finally {
      await tdb.drop();
    }
  });

  it("reports every bad variable on its own line", () => {
    const result = runLauncher(["migrate", "status"], { PORT: "seventy", DEMO_DATA: "perhaps" });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith("[minka] Configuration error:"))).toBe(true);
  });
});

describe("launcher on the embedded database", () => {
  const dataDir = path.join(dataRoot, "data");

  it("seeds an empty embedded database, keeps it across runs, and stops its server", () => {
    const first = runLauncher(["seed"], { DATA_DIR: dataDir });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Embedded PostgreSQL on 127\.0\.0\.1:\d+/);
    expect(runningServerPid(path.join(dataDir, "postgres"))).toBeNull();

    const status = runLauncher(["migrate", "status"], { DATA_DIR: dataDir });
    expect(status.status, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toMatch(/init/);
  }, 180_000);

  it("serves the app and, on Ctrl-C, stops Next and then the database", async () => {
    const port = await anyFreePort();
    const child = spawn(process.execPath, [TSX, "scripts/run.ts", "dev"], {
      cwd: ROOT,
      env: launcherEnv({ DATA_DIR: dataDir, PORT: String(port) }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    // Wait until the app answers over HTTP.
    let status = 0;
    for (let i = 0; i < 240 && status === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = await fetch(`http://127.0.0.1:${port}/es`).then((r) => r.status, () => 0);
    }
    expect(status, output).toBe(200);
    expect(output).toContain("gore.cusco@minka.example");

    const pgPid = runningServerPid(path.join(dataDir, "postgres"));
    expect(pgPid).not.toBeNull();
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output).toContain("Embedded PostgreSQL stopped");
    expect(runningServerPid(path.join(dataDir, "postgres"))).toBeNull();
    expect(fs.existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);
  }, 180_000);
});
