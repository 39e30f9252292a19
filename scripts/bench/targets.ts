// What the benchmark measures (issue 8) and the SQL floor of each dashboard.
import type pg from "pg";
import { formatIsoDay, todayInLima } from "../../lib/dates";
import esMessages from "../../lib/i18n/messages/es.json";
import { NETWORK_CORE_ACTORS } from "../../lib/metrics/types";
import { postServerAction, serverActionId, timedRequest } from "./http";
import type { Timing } from "./stats";

/** The largest region of the synthetic dataset: the worst case for a region's pages. */
export const BENCH_REGION = { slug: "lima-metropolitana", code: "1501" } as const;
export const BENCH_YEAR = 2025;

export interface BenchContext {
  baseUrl: string;
  pool: pg.Pool;
  regionSlug: string;
  regionCode: string;
  year: number;
  cookies: { national: string; cuscoAdmin: string };
  /** A national API token's secret, for the metrics API. */
  apiToken: string;
  /** A counter for unique names in create actions. */
  n: number;
}

export interface TargetResult extends Timing {
  label: string;
}

interface Target {
  key: string;
  label: string;
  /** `body` when the call is a page: the benchmark sizes its Next-alone page after it. */
  call(ctx: BenchContext): Promise<{ ms: number; status: number; body?: string }>;
}

/**
 * The pages measured several ways (timed, under load, in a browser, for their JavaScript): their
 * addresses in one place, so every measurement of a page is of the same page.
 */
export const PAGE_PATHS = {
  regionDashboard: (ctx: Pick<BenchContext, "regionSlug" | "year">) => `/es/r/${ctx.regionSlug}/dashboard?year=${ctx.year}`,
  nationalDashboard: (ctx: Pick<BenchContext, "year">) => `/es/national?metric=cooperationIndex&year=${ctx.year}`,
  actorList: (ctx: Pick<BenchContext, "regionSlug">) => `/es/r/${ctx.regionSlug}/actors?helix=BUSINESS&size=MICRO&page=3`,
} as const;

const get = (ctx: BenchContext, pathAndQuery: string, cookie = ctx.cookies.national) =>
  timedRequest(`${ctx.baseUrl}${pathAndQuery}`, { headers: { cookie } });

let projectActionId: string | null = null;

export const TARGETS: Target[] = [
  {
    key: "regionDashboard",
    label: "Region dashboard",
    call: (ctx) => get(ctx, PAGE_PATHS.regionDashboard(ctx)),
  },
  {
    key: "nationalDashboard",
    label: "National dashboard",
    call: (ctx) => get(ctx, PAGE_PATHS.nationalDashboard(ctx)),
  },
  {
    key: "actorList",
    label: "Actor list (filtered, page 3)",
    call: (ctx) => get(ctx, PAGE_PATHS.actorList(ctx)),
  },
  {
    key: "projectCreate",
    label: "Project create action",
    // The research office's form as the browser posts it: Cusco's admin creates a project with a
    // coordinator; each call a new title.
    call: async (ctx) => {
      projectActionId ??= serverActionId("lib/projects/actions.ts", "createProjectAction");
      const form = await projectForm(ctx);
      const result = await postServerAction(`${ctx.baseUrl}/es/r/cusco/projects/new`, projectActionId, ["cusco", { status: "idle" }, form], ctx.cookies.cuscoAdmin);
      // On success the action redirects to the new project; a refusal answers 200 with the form's
      // error state, which must not pass for a fast save.
      const saved = /\/projects\/[0-9a-f-]{36}/.test(result.redirect ?? "");
      if (!saved) console.error(`[bench] project create did not save: HTTP ${result.status}, ${result.body.slice(0, 400)}`);
      return { ms: result.ms, status: saved ? 200 : 500 };
    },
  },
  {
    // The form names organisations from every region: it must not grow with their number.
    key: "projectForm",
    label: "Project form (new project page)",
    call: (ctx) => get(ctx, "/es/r/cusco/projects/new", ctx.cookies.cuscoAdmin),
  },
  {
    key: "metricsApi",
    label: "Metrics API (one region and year)",
    call: (ctx) =>
      timedRequest(`${ctx.baseUrl}/api/v1/regions/${ctx.regionCode}/metrics?year=${ctx.year}`, { headers: { authorization: `Bearer ${ctx.apiToken}` } }),
  },
  {
    // What the region dashboard's browser fetches after the page: the network of the year, or
    // its core when it has more than NETWORK_CORE_ACTORS actors (not a target of issue 8).
    key: "regionNetwork",
    label: "Region network (API, the dashboard's drawing and tables)",
    call: (ctx) => get(ctx, `/api/v1/regions/${ctx.regionCode}/network?year=${ctx.year}&top=${NETWORK_CORE_ACTORS}`),
  },
  {
    // The framework's own cost: a signed-in page that reads nothing but the session (layout,
    // navigation, translations). It says how much of a dashboard's time no SQL could remove.
    // (Not /es/account: that address only redirects here, and a redirect renders nothing.)
    key: "emptyPage",
    label: "Signed-in page without data (/es/account/password)",
    call: (ctx) => get(ctx, "/es/account/password"),
  },
];

// ---------------------------------------------------------------------------------------------
// After a change: a region's metrics are recomputed when next read (lib/metrics).
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many regions' cached metrics lag behind their data. */
async function regionsBehind(ctx: BenchContext): Promise<number> {
  const { rows } = await ctx.pool.query<{ n: number }>(
    `select count(*)::int as n from "Region" r
       left join "RegionMetrics" m on m."regionId" = r.id and m.year = $1
      where m."dataVersion" is distinct from r."dataVersion"`,
    [new Date().getUTCFullYear()],
  );
  return rows[0]!.n;
}

/**
 * Waits until every region's metrics are current. A page that waited METRICS_WAIT_MS for a slow
 * recomputation answered with the previous figures and left it running; the pages timed next
 * must not share the CPU with it. The national page starts the recomputation of every region
 * that lags (the project creates change Cusco).
 */
export async function settleMetrics(ctx: BenchContext): Promise<void> {
  const deadline = Date.now() + 600_000;
  while ((await regionsBehind(ctx)) > 0) {
    if (Date.now() > deadline) throw new Error("[bench] region metrics still being recomputed after 10 minutes");
    await get(ctx, PAGE_PATHS.nationalDashboard(ctx));
    await sleep(250);
  }
}

/** The start of the dashboard's "these are the previous figures" line (dashboards.common.stale). */
const STALE_LINE = esMessages.dashboards.common.stale.split("{date}")[0]!;

/**
 * The region dashboard right after a change to the region: its time, whether it showed the
 * previous figures (the recomputation outlasted METRICS_WAIT_MS), and how long the recomputation
 * took until its rows were stored. The change is a bump of the region's data version, which is
 * what every audited write does to the metrics (lib/audit.ts).
 */
export async function dashboardAfterChange(ctx: BenchContext): Promise<{ ms: number; staleShown: boolean; recomputeMs: number }> {
  await settleMetrics(ctx);
  await ctx.pool.query(`update "Region" set "dataVersion" = "dataVersion" + 1 where code = $1`, [ctx.regionCode]);
  const started = Date.now();
  const { ms, status, body } = await get(ctx, PAGE_PATHS.regionDashboard(ctx));
  if (status !== 200 || body === undefined) throw new Error(`dashboard after a change: HTTP ${status}`);
  while ((await regionsBehind(ctx)) > 0) await sleep(50);
  return { ms, staleShown: body.includes(STALE_LINE), recomputeMs: Date.now() - started };
}

// Ids differ between the databases of the scales (one pool each) and a run measures several
// scales in one process: they are looked up once per pool, never carried from one scale to the next.
const ids = new WeakMap<pg.Pool, Map<string, Promise<string>>>();

function idOf(ctx: BenchContext, name: string, sql: string, params: unknown[] = []): Promise<string> {
  let byName = ids.get(ctx.pool);
  if (!byName) ids.set(ctx.pool, (byName = new Map()));
  let id = byName.get(name);
  if (!id) {
    id = ctx.pool.query<{ id: string }>(sql, params).then(({ rows }) => rows[0]!.id);
    byName.set(name, id);
  }
  return id;
}

async function projectForm(ctx: BenchContext): Promise<FormData> {
  const coordinatorId = await idOf(
    ctx,
    "coordinator",
    `select a.id from "Actor" a join "Region" r on r.id = a."regionId" where r.slug = 'cusco' and a.helix = 'ACADEMIA' and a."archivedAt" is null order by a.name limit 1`,
  );
  const form = new FormData();
  form.set("title", `Proyecto de referencia ${++ctx.n} ${Date.now()}`);
  form.set("type", "APPLIED_RESEARCH");
  form.set("status", "ACTIVE");
  form.set("startsOn", "2025-03-01");
  form.set("endsOn", "2027-02-28");
  form.set("participants.0.actorId", coordinatorId);
  form.set("participants.0.role", "COORDINATOR");
  form.set("funding.0.source", "CANON_ROYALTIES");
  form.set("funding.0.currency", "PEN");
  form.set("funding.0.awardedAmount", "150000");
  return form;
}

// ---------------------------------------------------------------------------------------------
// Floors: what each dashboard shows, computed by plain SQL through `pg`.
// ---------------------------------------------------------------------------------------------

export interface FloorQuery {
  label: string;
  sql: string;
  params: unknown[];
}

interface Floor {
  key: string;
  /** The page's statements; the floor runs them in parallel on a pool, as the page's panels do. */
  queries(ctx: BenchContext): Promise<FloorQuery[]>;
}

export async function runFloor(floor: Floor, ctx: BenchContext): Promise<void> {
  await Promise.all((await floor.queries(ctx)).map((query) => ctx.pool.query(query.sql, query.params)));
}

// The SQL the dashboards' data layer sends for one page (lib/metrics, lib/dashboards/data.ts,
// lib/regions/data.ts), written out: the benchmark's baseline must not go through the code it
// measures. Statements run in parallel on a pool, as the page's panels do.

function benchRegionId(ctx: BenchContext): Promise<string> {
  return idOf(ctx, "region", `select id from "Region" where code = $1`, [ctx.regionCode]);
}

const NATIONAL_METRICS = ["cooperationIndex", "density", "crossHelixShare", "multiHelixProjectShare", "councilAttendance", "agreementsOnTimeShare", "planMonitoredShare", "territorialSpread", "mseShare"];

const q = (sql: string, params: unknown[] = []): FloorQuery => ({ label: sql.replace(/\s+/g, " ").trim().slice(0, 60), sql, params });

export const FLOORS: Floor[] = [
  {
    key: "regionDashboard",
    queries: async (ctx) => {
      const id = await benchRegionId(ctx);
      const now = new Date();
      return [
        q(
          `select r."dataVersion" as "regionVersion", m.year, m."dataVersion", m.metrics, m."computedAt"
             from "Region" r left join "RegionMetrics" m on m."regionId" = r.id where r.id = $1 order by m.year`,
          [id],
        ),
        q(
          `with helices as (select pp."projectId", bool_or(a.helix in ('ACADEMIA','RESEARCH')) as academia, bool_or(a.helix = 'BUSINESS') as business
                              from "ProjectParticipant" pp join "Actor" a on a.id = pp."actorId" where pp."regionId" = $1 group by pp."projectId")
           select pa.id, pa.key, pa.name, count(ppa."projectId")::int as projects, count(*) filter (where h.academia and h.business)::int
             from "PriorityArea" pa left join "ProjectPriorityArea" ppa on ppa."regionId" = pa."regionId" and ppa."priorityAreaId" = pa.id
             left join helices h on h."projectId" = ppa."projectId" where pa."regionId" = $1 group by pa.id, pa.key, pa.name`,
          [id],
        ),
        q(
          `select source, count(distinct "projectId")::int, coalesce(sum("awardedAmount") filter (where currency = 'PEN'), 0)::float8,
                  coalesce(sum("executedAmount") filter (where currency = 'PEN'), 0)::float8, count(*) filter (where currency = 'PEN')::int,
                  count(*) filter (where currency <> 'PEN')::int
             from "FundingLine" where "regionId" = $1 group by source`,
          [id],
        ),
        q(
          `select a.helix, count(*)::int from "Seat" s join "Actor" a on a.id = s."actorId"
            where s."regionId" = $1 and s."startsOn" <= $2::date and (s."endsOn" is null or s."endsOn" > $2::date) group by a.helix`,
          [id, formatIsoDay(todayInLima(now))],
        ),
        q(
          `select extract(year from "scheduledAt")::int, count(*) filter (where status = 'HELD')::int, count(*) filter (where status = 'CANCELLED')::int
             from "Meeting" where "regionId" = $1 and "scheduledAt" <= $2 group by 1`,
          [id, now],
        ),
        q(
          `select status, count(*)::int, count(*) filter (where status in ('PENDING','IN_PROGRESS') and "dueOn" < $2::date)::int
             from "Agreement" where "regionId" = $1 group by status`,
          [id, now],
        ),
        q(
          `with last as materialized (select "indicatorId", max("measuredOn") as "lastOn" from "Measurement" where "regionId" = $1 group by "indicatorId")
           select p.id, p.title, count(i.id)::int, count(l."lastOn")::int,
                  count(*) filter (where l."lastOn" > ($2::date - interval '12 months'))::int, max(l."lastOn")
             from "Plan" p left join "Objective" o on o."regionId" = p."regionId" and o."planId" = p.id
             left join "Indicator" i on i."regionId" = p."regionId" and i."objectiveId" = o.id
             left join last l on l."indicatorId" = i.id where p."regionId" = $1 group by p.id`,
          [id, now],
        ),
      ];
    },
  },
  {
    // The network API: its gate's region read and the cached network of the year.
    key: "regionNetwork",
    queries: async (ctx) => {
      const id = await benchRegionId(ctx);
      return [
        q(
          `select r."dataVersion", cur."dataVersion", n.network from "Region" r
             left join "RegionMetrics" cur on cur."regionId" = r.id and cur.year = $2
             left join "RegionNetwork" n on n."regionId" = r.id and n.year = $3 and n."dataVersion" = cur."dataVersion" where r.id = $1`,
          [id, new Date().getUTCFullYear(), ctx.year],
        ),
      ];
    },
  },
  {
    key: "nationalDashboard",
    queries: async (ctx) => [
        q(
          `select r.id, r.code, r.slug, r.name, cur."dataVersion" = r."dataVersion" as fresh,
                  ${NATIONAL_METRICS.map((m) => `(m.metrics->'values'->>'${m}')::float8 as "${m}"`).join(", ")},
                  (m.metrics->>'hasData')::boolean, cur.metrics->>'lastDataAt'
             from "Region" r
             left join "RegionMetrics" cur on cur."regionId" = r.id and cur.year = $1
             left join "RegionMetrics" m on m."regionId" = r.id and m.year = $2`,
          [new Date().getUTCFullYear(), ctx.year],
        ),
        q(
          `select r.id, r.slug, r.name, r.capital, a.n, p.n, e.n, c.kind, c.status from "Region" r
             left join (select "regionId", count(*)::int as n from "Actor" where "archivedAt" is null group by "regionId") a on a."regionId" = r.id
             left join (select "regionId", count(*)::int as n from "Project" group by "regionId") p on p."regionId" = r.id
             left join (select "regionId", count(*)::int as n from "CooperationEvidence" group by "regionId") e on e."regionId" = r.id
             left join lateral (select co.kind, co.status from "Council" co where co."regionId" = r.id
                                 order by case co.status when 'INSTITUTIONALISED' then 0 when 'INFORMAL' then 1 when 'INACTIVE' then 2 else 3 end,
                                          co."establishedOn" desc nulls last, co."createdAt" desc limit 1) c on true`,
        ),
        q(
          `select r.id, (select max(e."occurredOn") from "CooperationEvidence" e where e."regionId" = r.id),
                  (select max(m."measuredOn") from "Measurement" m where m."regionId" = r.id),
                  (select max(x.at) from "AuditEntry" x where x."regionId" = r.id) from "Region" r`,
        ),
    ],
  },
];
