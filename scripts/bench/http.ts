// The benchmark's HTTP side: a production server (`next start`) on a benchmark database, demo
// users signed in through next-auth's own endpoints, timed requests, and server actions posted
// exactly as a browser does (React's encodeReply).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "./server";

const require = createRequire(import.meta.url);

export const DEMO_PASSWORD = "Minka-demo-2026";

export interface AppServer {
  baseUrl: string;
  /** The server's process id: the benchmark reads its CPU time (scripts/bench/browser.ts). */
  pid: number;
  stop(): Promise<void>;
}

function nextBin(): string {
  return path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
}

export function distDir(): string {
  return path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");
}

/** `next build` into the benchmark's build folder; `dir` builds another app (scripts/bench/next-alone). */
export async function buildApp(dir = ROOT): Promise<void> {
  const child = spawn(process.execPath, [nextBin(), "build"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed in ${path.relative(ROOT, dir) || "."} (exit ${code}).`);
}

export function startApp(databaseUrl: string, port: number): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  return startNext(ROOT, port, "/es", {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "benchmark-secret-that-is-long-enough-0123456789",
    NEXTAUTH_URL: baseUrl,
    LOG_LEVEL: "warn",
  });
}

/** `next start` of the app built in `dir`, once `readyPath` answers 200. */
export async function startNext(dir: string, port: number, readyPath: string, env: Record<string, string> = {}): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [nextBin(), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}.`);
    try {
      const response = await fetch(`${baseUrl}${readyPath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 120 s.");
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Signs a user in and returns the Cookie header that carries the session. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true", callbackUrl: "/es" }),
    redirect: "manual",
  });
  const session = cookiesOf(response);
  if (!session.includes("session-token")) throw new Error(`sign-in as ${email} failed (${response.status}).`);
  return [csrfCookie, session].filter(Boolean).join("; ");
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** One request's time to the last byte, in milliseconds, and its status. */
export interface Timed {
  ms: number;
  status: number;
  body: string;
  /** Where a server action redirected to (Next's x-action-redirect header), if it did. */
  redirect: string | null;
  headers: Headers;
}

export async function timedRequest(url: string, init: RequestInit): Promise<Timed> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { ...init, redirect: "manual" });
  const body = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: response.status, body, redirect: response.headers.get("x-action-redirect") ?? response.headers.get("location"), headers: response.headers };
}

// ---------------------------------------------------------------------------------------------
// Server actions
// ---------------------------------------------------------------------------------------------

const flight = require("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

/** The id of a server action ("lib/projects/actions.ts", "createProjectAction") in the build. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir(), "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, info]) => (info.filename ?? "").replace(/^\[project\]\//, "").replace(/^\.\//, "") === file && info.exportedName === exportedName,
  );
  if (!entry) throw new Error(`Server action ${file}#${exportedName} is not in the build.`);
  return entry[0];
}

/** Posts a server action call as the browser does; resolves when the whole response arrived. */
export async function postServerAction(
  url: string,
  actionId: string,
  args: unknown[],
  cookie: string,
): Promise<Timed> {
  const encoded = await flight.encodeReply(args);
  const wire = new Request("http://minka.invalid", { method: "POST", body: encoded });
  const body = Buffer.from(await wire.arrayBuffer());
  return timedRequest(url, {
    method: "POST",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": wire.headers.get("content-type") ?? "text/plain;charset=UTF-8",
      Cookie: cookie,
    },
    body,
  });
}
