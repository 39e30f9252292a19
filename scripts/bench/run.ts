// `npm run bench -- [--scale 1[,10]] [--runs 3] [--quick] [--no-build] [--no-doc]`
//
// Measures a production build (`next build` + `next start`) on the synthetic national dataset
// (scripts/bench/generate.ts; generated on first use): server time of the pages and actions of
// issue 8, throughput of the metrics API and a dashboard under load (autocannon), the SQL floor
// of each dashboard (the same figures by plain queries through `pg`), and the JavaScript a
// dashboard sends. Prints pass / fall-short against the targets and writes docs/benchmarks.json
// and docs/benchmarks.md. CI runs it at a tiny scale with --quick to prove it still works; the
// figures only mean something on an otherwise idle machine.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { anyFreePort, withDatabase } from "../db/embedded";
import { deployMigrations } from "../migrate/engine";
import { generateBenchData } from "./generate";
import { browserViewsUnavailable, measureBrowserViews, type BrowserViewResult } from "./browser";
import { buildApp, distDir, signIn, startApp, type AppServer } from "./http";
import { NEXT_ALONE_DIR, rowsForBytes, startNextAlone, timeCachedNextAlone, timeNextAlone } from "./next-alone";
import { benchDatabaseName, databaseExists, openBenchServer, parseArgs, ROOT, scaleArg } from "./server";
import { combineRuns, median, round, timing, type Timing } from "./stats";
import { sweepPages, type SweepRow } from "./sweep";
import { BENCH_REGION, BENCH_YEAR, dashboardAfterChange, FLOORS, PAGE_PATHS, runFloor, settleMetrics, TARGETS, type BenchContext, type TargetResult } from "./targets";

const log = (line: string) => console.log(line);

interface LoadResult {
  requestsPerSecond: number;
  p99: number;
  errors: number;
  non2xx: number;
  seconds: number;
  /** How many loads of `seconds` each: the figures are their medians, errors their sum. */
  runs: number;
}

/** Next alone (scripts/bench/next-alone.ts) for a page as large as one of Minka's. */
interface NextAloneResult extends Timing {
  /** The Minka page it stands for, and that page's size. */
  page: string;
  htmlKb: number;
  rows: number;
  /** The same page served from Next's page cache (rendered once, then sent as it is). */
  cached: Timing;
}

/** The pages measured against Next alone: the two dashboards and the signed-in page without data. */
const NEXT_ALONE_PAGES = ["emptyPage", "regionDashboard", "nationalDashboard"] as const;

interface ScaleResult {
  scale: number;
  targets: Record<string, TargetResult>;
  floors: Record<string, Timing>;
  nextAlone: NextAloneResult[];
  /** Server CPU of a view in Chromium against a plain GET (scripts/bench/browser.ts), or why not measured. */
  browserViews: BrowserViewResult[];
  browserViewsSkipped: string | null;
  load: Record<string, LoadResult>;
  bundleKb: number;
  counts: Record<string, number>;
  /** The slowest statements of the dashboards' floors, with their plans (EXPLAIN ANALYZE). */
  slowest: { page: string; ms: number; sql: string; plan: string }[];
  /** Every page of the region and the platform, as the platform administrator (scripts/bench/sweep.ts). */
  sweep: SweepRow[];
  /** The region dashboard right after a change to the region (scripts/bench/targets.ts, dashboardAfterChange). */
  afterChange: Timing & { staleShown: number; recompute: Timing };
}

/**
 * Throughput under load, `runs` times like every other figure: the load generator shares the
 * machine's two cores with the server, and one 30-second load swung from 250 to 360 requests/s
 * between otherwise identical runs.
 */
async function load(url: string, headers: Record<string, string>, seconds: number, runs: number): Promise<LoadResult> {
  const results: Awaited<ReturnType<typeof autocannon>>[] = [];
  for (let run = 0; run < runs; run++) results.push(await autocannon({ url, connections: 50, duration: seconds, headers }));
  return {
    requestsPerSecond: round(median(results.map((r) => r.requests.average))),
    p99: round(median(results.map((r) => r.latency.p99))),
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    seconds,
    runs,
  };
}

/**
 * `count` timings of `measure` (milliseconds) after three of warm-up: the first requests compile
 * nothing in production, but they fill the metrics cache and PostgreSQL's buffers; steady state is
 * what the targets are about.
 */
async function sample(count: number, measure: () => Promise<number>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await measure();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await measure());
  return timing(samples);
}

/**
 * A national read-only API token, as a platform admin would issue it (lib/api/tokens.ts stores
 * the SHA-256 of the secret): API clients call with tokens, not browser sessions.
 */
async function issueApiToken(pool: pg.Pool): Promise<string> {
  const secret = `minka_${randomBytes(24).toString("base64url")}`;
  await pool.query(
    `insert into "ApiToken"(id, name, "tokenHash", prefix, scope, "updatedAt") values (gen_random_uuid(), 'benchmark', $1, $2, 'NATIONAL', now())`,
    [createHash("sha256").update(secret, "utf8").digest("hex"), secret.slice(0, 12)],
  );
  return secret;
}

/** EXPLAIN ANALYZE of every floor statement, warm; the three slowest with their plans. */
async function slowestStatements(ctx: BenchContext): Promise<ScaleResult["slowest"]> {
  const out: ScaleResult["slowest"] = [];
  for (const floor of FLOORS) {
    for (const query of await floor.queries(ctx)) {
      const { rows } = await ctx.pool.query<{ "QUERY PLAN": string }>(`explain (analyze, costs off) ${query.sql}`, query.params);
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      out.push({ page: floor.key, ms: round(ms, 2), sql: query.sql.replace(/\s+/g, " ").trim(), plan });
    }
  }
  return out.sort((a, b) => b.ms - a.ms).slice(0, 3);
}

/**
 * gzip size of the scripts a page's HTML loads before any interaction: its script tags and the
 * scripts it preloads (the chunks of components the server rendered lazily, such as the page's
 * translation catalogue, which hydration waits for).
 */
async function initialJavaScriptKb(app: AppServer, pagePath: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${app.baseUrl}${pagePath}`, { headers: { cookie } })).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link(?=[^>]*rel="preload")(?=[^>]*as="script")[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const sources = [...new Set([...scripts, ...preloads])];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, app.baseUrl))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return round(bytes / 1024);
}

async function measureScale(
  serverUrl: string,
  scale: number,
  opts: { runs: number; samples: number; loadSeconds: number; database?: string },
): Promise<ScaleResult> {
  const database = opts.database ?? benchDatabaseName(scale);
  let counts: Record<string, number> = {};
  const url = withDatabase(serverUrl, database);
  if (!(await databaseExists(serverUrl, database))) {
    log(`[bench] ${database} does not exist: generating scale ${scale} …`);
    counts = (await generateBenchData(serverUrl, scale, database)).counts;
  } else {
    // A dataset from an earlier run keeps its rows; the build being measured may need columns
    // added since (pending migrations would make its pages fail, not measure them).
    const { applied } = await deployMigrations(url);
    if (applied.length) log(`[bench] ${database}: applied ${applied.join(", ")}`);
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  if (!Object.keys(counts).length) {
    const { rows } = await pool.query<Record<string, number>>(
      `select (select count(*)::int from "Actor") as "Actor", (select count(*)::int from "Project") as "Project",
              (select count(*)::int from "CooperationParty") as "CooperationParty", (select count(*)::int from "AuditEntry") as "AuditEntry"`,
    );
    counts = rows[0]!;
  }
  const app = await startApp(url, await anyFreePort());
  const nextAlone = await startNextAlone(await anyFreePort()).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  try {
    const ctx: BenchContext = {
      baseUrl: app.baseUrl,
      pool,
      regionSlug: BENCH_REGION.slug,
      regionCode: BENCH_REGION.code,
      year: BENCH_YEAR,
      cookies: {
        national: await signIn(app.baseUrl, "multisectorial@minka.example"),
        cuscoAdmin: await signIn(app.baseUrl, "gore.cusco@minka.example"),
      },
      apiToken: await issueApiToken(pool),
      n: 0,
    };

    // Each page's size in this dataset, and the Next-alone page of the same size.
    const sized: { page: string; bytes: number; rows: number }[] = [];
    for (const page of NEXT_ALONE_PAGES) {
      const { status, body } = await TARGETS.find((t) => t.key === page)!.call(ctx);
      if (status !== 200 || body === undefined) throw new Error(`${page}: HTTP ${status}`);
      const bytes = Buffer.byteLength(body);
      sized.push({ page, bytes, rows: await rowsForBytes(nextAlone, bytes) });
    }

    const runs: Record<string, Timing[]> = {};
    const floorRuns: Record<string, Timing[]> = {};
    const nextAloneRuns: Record<string, Timing[]> = {};
    const cachedRuns: Record<string, Timing[]> = {};
    for (let run = 1; run <= opts.runs; run++) {
      for (const target of TARGETS) {
        await settleMetrics(ctx);
        const measured = await sample(opts.samples, async () => {
          const { ms, status } = await target.call(ctx);
          if (status >= 400) throw new Error(`${target.key}: HTTP ${status}`);
          return ms;
        });
        (runs[target.key] ??= []).push(measured);
      }
      for (const floor of FLOORS) {
        const measured = await sample(opts.samples, async () => {
          const started = process.hrtime.bigint();
          await runFloor(floor, ctx);
          return Number(process.hrtime.bigint() - started) / 1e6;
        });
        (floorRuns[floor.key] ??= []).push(measured);
      }
      for (const { page, rows } of sized) {
        (nextAloneRuns[page] ??= []).push(await sample(opts.samples, () => timeNextAlone(nextAlone, rows)));
        (cachedRuns[page] ??= []).push(await sample(opts.samples, () => timeCachedNextAlone(nextAlone, rows)));
      }
      log(`[bench]   scale ${scale}: run ${run} of ${opts.runs} done`);
    }

    // Each sample waits for the whole recomputation before the next: a few only.
    log(`[bench]   scale ${scale}: the region dashboard right after a change …`);
    const changes: Awaited<ReturnType<typeof dashboardAfterChange>>[] = [];
    for (let i = 0; i < (opts.samples >= 50 ? 5 : 1); i++) changes.push(await dashboardAfterChange(ctx));
    const afterChange = {
      ...timing(changes.map((c) => c.ms)),
      staleShown: changes.filter((c) => c.staleShown).length,
      recompute: timing(changes.map((c) => c.recomputeMs)),
    };

    const targets: Record<string, TargetResult> = {};
    for (const target of TARGETS) targets[target.key] = { label: target.label, ...combineRuns(runs[target.key]!) };
    const floors: Record<string, Timing> = {};
    for (const floor of FLOORS) floors[floor.key] = combineRuns(floorRuns[floor.key]!);
    const nextAloneResults = sized.map(({ page, bytes, rows }) => ({
      page,
      htmlKb: round(bytes / 1024),
      rows,
      ...combineRuns(nextAloneRuns[page]!),
      cached: combineRuns(cachedRuns[page]!),
    }));

    const loadResults: Record<string, LoadResult> = {};
    log(`[bench]   scale ${scale}: load (50 connections, ${opts.runs} × ${opts.loadSeconds} s each) …`);
    loadResults.metricsApi = await load(
      `${app.baseUrl}/api/v1/regions/${BENCH_REGION.code}/metrics?year=${BENCH_YEAR}`,
      { authorization: `Bearer ${ctx.apiToken}` },
      opts.loadSeconds,
      opts.runs,
    );
    loadResults.regionDashboard = await load(
      `${app.baseUrl}${PAGE_PATHS.regionDashboard(ctx)}`,
      { cookie: ctx.cookies.national },
      opts.loadSeconds,
      opts.runs,
    );
    const bundleKb = await initialJavaScriptKb(app, PAGE_PATHS.regionDashboard(ctx), ctx.cookies.national);
    const browserViewsSkipped = browserViewsUnavailable(app);
    log(`[bench]   scale ${scale}: browser views${browserViewsSkipped ? ` skipped: ${browserViewsSkipped}` : " …"}`);
    const browserViews = browserViewsSkipped
      ? []
      : await measureBrowserViews(
          app,
          ctx.cookies.national,
          [
            { page: "nationalDashboard", path: PAGE_PATHS.nationalDashboard(ctx) },
            { page: "regionDashboard", path: PAGE_PATHS.regionDashboard(ctx) },
            { page: "actorList", path: PAGE_PATHS.actorList(ctx) },
          ],
          opts.samples >= 50 ? 20 : 5,
        );
    log(`[bench]   scale ${scale}: every page …`);
    const admin = await signIn(app.baseUrl, "admin@minka.example");
    const sweep = await sweepPages(app.baseUrl, pool, admin, BENCH_REGION.slug, BENCH_YEAR, opts.samples >= 50 ? 5 : 1);
    return { scale, targets, floors, nextAlone: nextAloneResults, browserViews, browserViewsSkipped, load: loadResults, bundleKb, counts, slowest: await slowestStatements(ctx), sweep, afterChange };
  } finally {
    await nextAlone.stop();
    await app.stop();
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Targets (issue 8) and the report
// ---------------------------------------------------------------------------------------------

interface Verdict {
  check: string;
  value: string;
  target: string;
  pass: boolean;
}

function verdicts(results: ScaleResult[]): Verdict[] {
  const out: Verdict[] = [];
  const one = results.find((r) => r.scale === 1) ?? results[0]!;
  const p95 = (key: string) => one.targets[key]?.p95 ?? Number.NaN;
  const limit = (check: string, value: number, max: number, unit = "ms") =>
    out.push({ check, value: `${value} ${unit}`, target: `≤ ${max} ${unit}`, pass: value <= max });
  limit("Region dashboard p95", p95("regionDashboard"), 150);
  limit("National dashboard p95", p95("nationalDashboard"), 300);
  limit("Filtered actor list p95", p95("actorList"), 80);
  limit("Project create action p95", p95("projectCreate"), 80);
  const api = one.load.metricsApi!;
  out.push({ check: "Metrics API throughput", value: `${api.requestsPerSecond} req/s, ${api.errors + api.non2xx} errors`, target: "≥ 300 req/s, 0 errors", pass: api.requestsPerSecond >= 300 && api.errors + api.non2xx === 0 });
  for (const [page, floor] of [["regionDashboard", "regionDashboard"], ["nationalDashboard", "nationalDashboard"]] as const) {
    const ratio = round(one.targets[page]!.median / one.floors[floor]!.median);
    // What Next alone takes for a page this size, in the same unit: above 3×, no work on the
    // dashboard can meet the target while the page is rendered by Next on each request.
    const alone = one.nextAlone.find((n) => n.page === page);
    const aloneRatio = alone
      ? ` (Next alone, same size: ${round(alone.median / one.floors[floor]!.median)}×; from Next's page cache: ${round(alone.cached.median / one.floors[floor]!.median)}×)`
      : "";
    out.push({ check: `${one.targets[page]!.label}: ratio to its SQL floor (medians)`, value: `${ratio}×${aloneRatio}`, target: "≤ 3×", pass: ratio <= 3 });
  }
  const ten = results.find((r) => r.scale === 10);
  if (ten && one !== ten) {
    for (const page of ["regionDashboard", "nationalDashboard"]) {
      const ratio = round(ten.targets[page]!.median / one.targets[page]!.median);
      out.push({ check: `${one.targets[page]!.label}: scale 10 / scale 1 (medians)`, value: `${ratio}×`, target: "≤ 4×", pass: ratio <= 4 });
    }
  }
  limit("Dashboard JavaScript (gzip, initial load)", one.bundleKb, 250, "kB");
  return out;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGb: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function markdown(report: { date: string; machine: ReturnType<typeof machine>; postgres: string; options: object; results: ScaleResult[]; verdicts: Verdict[] }): string {
  const lines: string[] = [];
  lines.push("# Benchmarks", "");
  lines.push("Written by `npm run bench` (scripts/bench/run.ts); the raw figures are in `docs/benchmarks.json`.");
  lines.push("Server time is the time to the last byte of a response over loopback, measured by the benchmark process;");
  lines.push("each figure is the median over runs of that run's median or 95th percentile. The **floor** is the same");
  lines.push("figures computed by plain SQL through `pg`, without the framework, in the same run.", "");
  lines.push(`- Date: ${report.date}`);
  lines.push(`- Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GiB, ${report.machine.os}, Node ${report.machine.node}, ${report.postgres}`);
  lines.push(`- Options: \`${JSON.stringify(report.options)}\``, "");
  for (const r of report.results) {
    lines.push(`## Scale ${r.scale}`, "");
    lines.push(`Data: ${Object.entries(r.counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}.`, "");
    lines.push("| Measurement | Median (ms) | p95 (ms) | Floor median (ms) | Ratio to floor |", "|---|---:|---:|---:|---:|");
    for (const [key, t] of Object.entries(r.targets)) {
      const floor = r.floors[key];
      lines.push(`| ${t.label} | ${t.median} | ${t.p95} | ${floor ? floor.median : "—"} | ${floor ? `${round(t.median / floor.median)}×` : "—"} |`);
    }
    lines.push("");
    const ac = r.afterChange;
    lines.push(
      `**Right after a change** to ${BENCH_REGION.slug} (its data version bumped, as every audited write does), the region dashboard`,
      `took ${ac.median} ms (median of ${ac.samples}; p95 ${ac.p95}) and showed the previous figures, marked as such, in ${ac.staleShown} of ${ac.samples}:`,
      "a page waits at most `METRICS_WAIT_MS` (2 s) for the recomputation, which went on after it and took",
      `${ac.recompute.median} ms until its rows were stored (median).`,
      "",
    );
    lines.push(
      "**Next alone** (`scripts/bench/next-alone`): a page of table rows in the smallest root layout, with no data, session,",
      "translations or streaming, rendered per request by the same Next, sized to match each page's HTML (RSC payload",
      "included), timed in the same runs. What a dashboard takes beyond it is Minka's; the rest no query can remove.",
      "Beside it, the same page **served from Next's page cache** (rendered once, then sent as it is): what the dashboards",
      "would cost served from a cache of rendered pages, which they are not (decision 0013).",
      "",
      "| Page of the size of | HTML (kB) | Next alone median (ms) | p95 (ms) | SQL floor median (ms) | Next alone / floor | From Next's page cache median (ms) | Cached / floor | Minka median (ms) |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const n of r.nextAlone) {
      const floor = r.floors[n.page];
      lines.push(
        `| ${r.targets[n.page]!.label} | ${n.htmlKb} | ${n.median} | ${n.p95} | ${floor ? floor.median : "—"} | ${floor ? `${round(n.median / floor.median)}×` : "—"} | ${n.cached.median} | ${floor ? `${round(n.cached.median / floor.median)}×` : "—"} | ${r.targets[n.page]?.median ?? "—"} |`,
      );
    }
    lines.push("");
    lines.push("| Under load (50 connections; medians of the runs) | Requests/s | p99 (ms) | Errors | Non-2xx |", "|---|---:|---:|---:|---:|");
    for (const [key, l] of Object.entries(r.load)) lines.push(`| ${key} (${l.runs} × ${l.seconds} s) | ${l.requestsPerSecond} | ${l.p99} | ${l.errors} | ${l.non2xx} |`);
    lines.push("", `Dashboard JavaScript on first load: ${r.bundleKb} kB gzip.`, "");
    if (r.browserViewsSkipped) lines.push(`Browser views: not measured (${r.browserViewsSkipped}).`, "");
    else {
      lines.push(
        "**Browser views** (`scripts/bench/browser.ts`): the server's CPU time per view of the page in Chromium, until the",
        "network is idle (its scripts cached), against a plain GET of the same page; and what each view asks the app for.",
        "",
        "| Page | CPU per plain GET (ms) | CPU per browser view (ms) | View / GET | Requests to the app per view | Prefetches per view |",
        "|---|---:|---:|---:|---:|---:|",
      );
      for (const b of r.browserViews) {
        lines.push(`| ${r.targets[b.page]?.label ?? b.page} | ${b.plainMs} | ${b.viewMs} | ${b.plainMs > 0 ? `${round(b.viewMs / b.plainMs)}×` : "—"} | ${b.requestsPerView} | ${b.prefetchesPerView} |`);
      }
      lines.push("");
    }
    lines.push(`Every page of ${BENCH_REGION.slug} and of the platform, as the platform administrator (median of 5, slowest first):`, "");
    lines.push("| Page | Median (ms) | HTML (kB) |", "|---|---:|---:|");
    for (const row of r.sweep) lines.push(`| \`${row.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{id}")}\` | ${row.median} | ${row.kb} |`);
    lines.push("");
    lines.push(`Slowest statements of the dashboards (EXPLAIN ANALYZE, warm):`, "");
    for (const st of r.slowest) {
      lines.push(`- ${st.page}, ${st.ms} ms: \`${st.sql.slice(0, 160)}${st.sql.length > 160 ? " …" : ""}\``, "", "```", st.plan, "```", "");
    }
  }
  lines.push("## Targets", "", "| Check | Value | Target | Result |", "|---|---|---|---|");
  for (const v of report.verdicts) lines.push(`| ${v.check} | ${v.value} | ${v.target} | ${v.pass ? "pass" : "falls short"} |`);
  lines.push("");
  const extra = path.join(ROOT, "docs", "benchmarks-notes.md");
  if (fs.existsSync(extra)) lines.push(fs.readFileSync(extra, "utf8"));
  return lines.join("\n");
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const scales = String(args.scale === undefined || args.scale === true ? "1" : args.scale)
    .split(",")
    .map((s) => scaleArg({ scale: s }, 1));
  const quick = args.quick === true;
  const runs = Number(args.runs ?? (quick ? 1 : 3));
  const opts = { runs, samples: quick ? 10 : 50, loadSeconds: quick ? 3 : 30 };

  const build = args.build !== "false" && args["no-build"] !== true;
  if (build) {
    log(`[bench] Building the app into ${path.relative(ROOT, distDir())} …`);
    await buildApp();
  }
  // The Next-alone page (seconds to build): with --no-build too, when no build of it exists yet.
  if (build || !fs.existsSync(path.join(NEXT_ALONE_DIR, ".next", "BUILD_ID"))) {
    log(`[bench] Building ${path.relative(ROOT, NEXT_ALONE_DIR)} …`);
    await buildApp(NEXT_ALONE_DIR);
  }
  const server = await openBenchServer(log);
  try {
    const client = new pg.Client({ connectionString: server.serverUrl });
    await client.connect();
    const postgres = ((await client.query<{ v: string }>("select split_part(version(), ' on ', 1) as v")).rows[0]?.v ?? "PostgreSQL").trim();
    await client.end();
    const out = typeof args.out === "string" ? path.resolve(args.out) : path.join(ROOT, "docs");
    fs.mkdirSync(out, { recursive: true });

    // Written after every scale: a long run stopped at scale 10 keeps its scale-1 figures.
    const results: ScaleResult[] = [];
    for (const scale of scales) {
      log(`[bench] Scale ${scale} …`);
      const database = typeof args.database === "string" && scales.length === 1 ? args.database : undefined;
      results.push(await measureScale(server.serverUrl, scale, { ...opts, database }));
      const report = { date: new Date().toISOString(), machine: machine(), postgres, options: { scales, ...opts }, results, verdicts: verdicts(results) };
      fs.writeFileSync(path.join(out, "benchmarks.json"), `${JSON.stringify(report, null, 2)}\n`);
      if (args["no-doc"] !== true) fs.writeFileSync(path.join(out, "benchmarks.md"), `${markdown(report)}\n`);
      if (scale === scales[scales.length - 1]) {
        for (const v of report.verdicts) log(`[bench] ${v.pass ? "pass       " : "falls short"}  ${v.check}: ${v.value} (target ${v.target})`);
      }
      log(`[bench] Wrote ${path.relative(ROOT, path.join(out, "benchmarks.json"))}${args["no-doc"] === true ? "" : " and benchmarks.md"}.`);
    }
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[bench] ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
