// What a page view in a real browser costs the server, beside a plain request for the same page.
// The timed figures of the benchmark are plain GETs; a browser also runs the page's JavaScript,
// which may call the server again (prefetches of every link in view, the network API, RSC
// requests). Session 7 found each view of the national dashboard sending about 32 prefetches that
// cost the server four times the page itself (decision 0009): this keeps such a multiplier visible.
//
// The cost is the server process's CPU time (utime + stime from /proc/<pid>/stat, Linux only)
// over a number of views, divided by the number; the same for plain GETs. Skipped, with a reason,
// where there is no /proc or no Chromium (scripts/chromium.ts).
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../chromium";
import { timedRequest, type AppServer } from "./http";
import { round } from "./stats";

export interface BrowserViewResult {
  page: string;
  path: string;
  /** Server CPU per plain GET and per browser view, in milliseconds. */
  plainMs: number;
  viewMs: number;
  /** Requests the browser sent to the app per view: the document, API and RSC calls (not static files). */
  requestsPerView: number;
  prefetchesPerView: number;
}

const TICK_MS = 10; // Linux reports process CPU time in clock ticks of 1/100 s.

function cpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th
  // field of the line, stime the 15th.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export function browserViewsUnavailable(app: AppServer): string | null {
  if (!fs.existsSync(`/proc/${app.pid}/stat`)) return "no /proc: CPU time is read from Linux's /proc";
  if (!fs.existsSync(chromiumPath())) return `no Chromium at ${chromiumPath()} (CHROMIUM_PATH)`;
  return null;
}

/**
 * For each page: `views` plain GETs, then `views` views in Chromium (after a few of warm-up, so
 * the browser's cache holds the scripts), each until the network is idle. `cookie` is the Cookie
 * header of a signed-in user.
 */
export async function measureBrowserViews(app: AppServer, cookie: string, pages: { page: string; path: string }[], views: number): Promise<BrowserViewResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const context = await browser.newContext();
    const host = new URL(app.baseUrl).hostname;
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: host, path: "/" };
      }),
    );
    const tab = await context.newPage();
    let requests = 0;
    let prefetches = 0;
    tab.on("request", (request) => {
      if (!request.url().startsWith(app.baseUrl) || request.url().includes("/_next/static/")) return;
      requests++;
      if (request.headers()["next-router-prefetch"]) prefetches++;
    });
    const out: BrowserViewResult[] = [];
    for (const { page, path } of pages) {
      const url = `${app.baseUrl}${path}`;
      for (let i = 0; i < 3; i++) await timedRequest(url, { headers: { cookie } });
      let started = cpuMs(app.pid);
      for (let i = 0; i < views; i++) await timedRequest(url, { headers: { cookie } });
      const plainMs = (cpuMs(app.pid) - started) / views;

      for (let i = 0; i < 3; i++) await tab.goto(url, { waitUntil: "networkidle" });
      requests = 0;
      prefetches = 0;
      started = cpuMs(app.pid);
      for (let i = 0; i < views; i++) {
        const response = await tab.goto(url, { waitUntil: "networkidle" });
        if (!response?.ok()) throw new Error(`${page}: HTTP ${response?.status()} in the browser`);
      }
      const viewMs = (cpuMs(app.pid) - started) / views;
      out.push({ page, path, plainMs: round(plainMs), viewMs: round(viewMs), requestsPerView: round(requests / views), prefetchesPerView: round(prefetches / views) });
    }
    return out;
  } finally {
    await browser.close();
  }
}
