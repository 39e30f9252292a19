// What Next alone costs for a page as large as a dashboard: the part of a dashboard's time that no
// query, cache or index in Minka can remove, measured in the same run as the dashboard and its SQL
// floor. Issue 8 asks for each dashboard within 3× its floor; when Next alone already takes more
// than that for a page of the dashboard's size, the report says so beside the ratio.
//
// The app measured is scripts/bench/next-alone: one dynamic page of table rows (`?rows=N`) in the
// smallest root layout, built and started with the same `next` as Minka. Rendering cost grows with
// the HTML and the RSC payload Next writes beside it, so the benchmark picks N to match the
// dashboard's size in bytes. The same page served from Next's page cache (`/cached/N`) is timed
// beside it: what a cache of rendered pages would buy (decision 0013).
import path from "node:path";
import { startNext, timedRequest, type AppServer } from "./http";
import { ROOT } from "./server";

export const NEXT_ALONE_DIR = path.join(ROOT, "scripts", "bench", "next-alone");

export function startNextAlone(port: number): Promise<AppServer> {
  return startNext(NEXT_ALONE_DIR, port, "/?rows=0");
}

/** One timed request for the page of `rows` rows: its time and its size in bytes. */
async function requestRows(app: AppServer, rows: number): Promise<{ ms: number; bytes: number }> {
  const { ms, status, body } = await timedRequest(`${app.baseUrl}/?rows=${rows}`, {});
  if (status !== 200) throw new Error(`next-alone: HTTP ${status} for ${rows} rows`);
  return { ms, bytes: Buffer.byteLength(body) };
}

/** The number of rows whose page is closest to `bytes` long (the size is linear in the rows). */
export async function rowsForBytes(app: AppServer, bytes: number): Promise<number> {
  const [empty, hundred] = [(await requestRows(app, 0)).bytes, (await requestRows(app, 100)).bytes];
  return Math.max(0, Math.round(((bytes - empty) / (hundred - empty)) * 100));
}

export async function timeNextAlone(app: AppServer, rows: number): Promise<number> {
  return (await requestRows(app, rows)).ms;
}

/**
 * The same page of `rows` rows served from Next's page cache (`/cached/N`, rendered on its first
 * request and kept): what a dashboard would cost served from a cache of rendered pages
 * (docs/decisions/0013-dashboards-rendered-per-request.md). Throws unless Next says it answered
 * from its cache, so the figure cannot silently be a render.
 */
export async function timeCachedNextAlone(app: AppServer, rows: number): Promise<number> {
  const url = `${app.baseUrl}/cached/${rows}`;
  // The page's first request renders and stores it (MISS); from the second on it must be a HIT.
  for (let attempt = 1; ; attempt++) {
    const { ms, status, headers } = await timedRequest(url, {});
    if (status !== 200) throw new Error(`next-alone: HTTP ${status} for ${url}`);
    const cache = headers.get("x-nextjs-cache");
    if (cache === "HIT") return ms;
    if (cache !== "MISS" || attempt > 1) throw new Error(`next-alone: ${url} was not served from Next's page cache (x-nextjs-cache: ${cache}).`);
  }
}
