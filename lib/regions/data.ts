import "server-only";
import { cache } from "react";
import { COUNCIL_RANK, seatActiveOnSql, type CouncilInfo } from "@/lib/councils/data";
import { db } from "@/lib/db";
import { todayInLima } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  AgreementStatus,
  CouncilKind,
  CouncilStatus,
  EvidenceKind,
  FundingSource,
  Helix,
  PlanStatus,
  ProjectStatus,
} from "@/lib/generated/prisma/enums";

// Public, aggregated figures about regions: counts and sums, names of organisations and projects,
// never personal data. These reads take a region id the caller resolved from the URL; when the
// tenant gate lands, pages that show private records will pass its verified context instead.

// A region's "current" council: an institutionalised one over an informal forum over an inactive or
// dissolved one (COUNCIL_RANK, the order every list of councils uses), then the latest established.
// The landing page and currentCouncil (the region's page, the report) sort by it in SQL; the
// statuses are the enum's own constants, written into the statement.
const COUNCIL_RANK_SQL = Prisma.raw(
  `CASE co.status ${Object.entries(COUNCIL_RANK).map(([status, rank]) => `WHEN '${status}' THEN ${rank}`).join(" ")} END`,
);

// ---------------------------------------------------------------------------------------------
// Landing page: every region with its headline numbers
// ---------------------------------------------------------------------------------------------

export type RegionSummary = {
  id: string;
  slug: string;
  name: string;
  capital: string;
  /** False when the region has recorded nothing yet: show "no data", never zeros. */
  hasData: boolean;
  /** Null exactly when `hasData` is false. */
  actorCount: number | null;
  projectCount: number | null;
  evidenceCount: number | null;
  /** The region's current council or forum, if one is recorded. */
  council: { kind: CouncilKind; status: CouncilStatus } | null;
};

type RegionSummaryRow = {
  id: string;
  slug: string;
  name: string;
  capital: string;
  actorCount: number | null;
  projectCount: number | null;
  evidenceCount: number | null;
  councilKind: CouncilKind | null;
  councilStatus: CouncilStatus | null;
};

/**
 * All regions with their headline numbers, in one query: grouped counts joined to the region list
 * (a LEFT JOIN leaves NULL where a region has no rows). Regions with data come first.
 */
export async function listRegionSummaries(collationLocale: string): Promise<RegionSummary[]> {
  const rows = await db.$queryRaw<RegionSummaryRow[]>`
    SELECT r.id::text AS "id", r.slug, r.name, r.capital,
           a.n AS "actorCount", p.n AS "projectCount", e.n AS "evidenceCount",
           c.kind AS "councilKind", c.status AS "councilStatus"
      FROM "Region" r
      LEFT JOIN (SELECT "regionId", count(*)::int AS n FROM "Actor"
                  WHERE "archivedAt" IS NULL GROUP BY "regionId") a ON a."regionId" = r.id
      LEFT JOIN (SELECT "regionId", count(*)::int AS n FROM "Project"
                  GROUP BY "regionId") p ON p."regionId" = r.id
      LEFT JOIN (SELECT "regionId", count(*)::int AS n FROM "CooperationEvidence"
                  GROUP BY "regionId") e ON e."regionId" = r.id
      LEFT JOIN LATERAL (
        SELECT co.kind::text AS kind, co.status::text AS status FROM "Council" co
         WHERE co."regionId" = r.id
         ORDER BY ${COUNCIL_RANK_SQL}, co."establishedOn" DESC NULLS LAST, co."createdAt" DESC
         LIMIT 1) c ON true`;

  const collator = new Intl.Collator(collationLocale);
  return rows
    .map((row): RegionSummary => {
      const hasData =
        row.actorCount !== null || row.projectCount !== null || row.evidenceCount !== null || row.councilKind !== null;
      return {
        id: row.id,
        slug: row.slug,
        name: row.name,
        capital: row.capital,
        hasData,
        actorCount: hasData ? (row.actorCount ?? 0) : null,
        projectCount: hasData ? (row.projectCount ?? 0) : null,
        evidenceCount: hasData ? (row.evidenceCount ?? 0) : null,
        council:
          row.councilKind && row.councilStatus ? { kind: row.councilKind, status: row.councilStatus } : null,
      };
    })
    .sort((a, b) => Number(b.hasData) - Number(a.hasData) || collator.compare(a.name, b.name));
}

// ---------------------------------------------------------------------------------------------
// Region overview
// ---------------------------------------------------------------------------------------------

export type RegionProfile = {
  id: string;
  slug: string;
  name: string;
  capital: string;
  /** INEI UBIGEO code. */
  code: string;
  reniecCode: string;
  isoCode: string;
  provinceCount: number;
};

/** One lookup from the URL slug to the region; null when no region has that slug. */
export const getRegionBySlug = cache(async (slug: string): Promise<RegionProfile | null> => {
  // Slugs are short lower-case ASCII; anything else cannot match and is not worth a query.
  if (!/^[a-z0-9-]{1,40}$/.test(slug)) return null;
  const region = await db.region.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      capital: true,
      code: true,
      reniecCode: true,
      isoCode: true,
      _count: { select: { provinces: true } },
    },
  });
  if (!region) return null;
  const { _count, ...rest } = region;
  return { ...rest, provinceCount: _count.provinces };
});

export interface FundingSourceRow {
  source: FundingSource;
  /** Distinct projects with at least one funding line from the source. */
  projects: number;
  /** Sums in soles; lines in other currencies are counted apart, never converted. */
  awardedPen: number;
  executedPen: number;
  /** Funding lines in soles. */
  penLines: number;
  /** Funding lines in other currencies. */
  otherCurrencyLines: number;
}

/**
 * Projects and amounts per funding source (only sources that fund something), largest first: the
 * region's page, its dashboard and its report. Amounts are public figures; the dashboards pass
 * the region their gate verified.
 */
export async function fundingBySource(regionId: string): Promise<FundingSourceRow[]> {
  return db.$queryRaw<FundingSourceRow[]>`
    SELECT source::text AS source,
           count(DISTINCT "projectId")::int AS projects,
           coalesce(sum("awardedAmount") FILTER (WHERE currency = 'PEN'), 0)::float8 AS "awardedPen",
           coalesce(sum("executedAmount") FILTER (WHERE currency = 'PEN'), 0)::float8 AS "executedPen",
           count(*) FILTER (WHERE currency = 'PEN')::int AS "penLines",
           count(*) FILTER (WHERE currency <> 'PEN')::int AS "otherCurrencyLines"
      FROM "FundingLine"
     WHERE "regionId" = ${regionId}::uuid
     GROUP BY source
     ORDER BY "awardedPen" DESC, projects DESC, source`;
}

export type RegionOverview = {
  hasData: boolean;
  actorsByHelix: { helix: Helix; count: number }[];
  actorTotal: number;
  projectsByStatus: { status: ProjectStatus; count: number }[];
  projectTotal: number;
  /** PEN only: amounts in other currencies are counted in `otherCurrencyLines`, not converted. */
  fundingBySource: { source: FundingSource; awarded: number; executed: number }[];
  fundingTotals: { awarded: number; executed: number };
  otherCurrencyLines: number;
  evidenceTotal: number;
  evidenceByYear: { year: number; convenios: number; jointEvents: number; total: number }[];
  evidenceYears: { from: number; to: number };
  council: CurrentCouncil | null;
  plans: { id: string; title: string; status: PlanStatus; startYear: number; endYear: number }[];
  recentProjects: { id: string; title: string; status: ProjectStatus; startsOn: Date | null }[];
  recentAgreements: {
    id: string;
    reference: string | null;
    text: string;
    status: AgreementStatus;
    dueOn: Date | null;
    ownerName: string;
  }[];
};

export type CurrentCouncil = Pick<CouncilInfo, "name" | "acronym" | "kind" | "status" | "ordinanceNumber" | "ordinanceDate"> & {
  /** Seats in force on Lima's day of `now`: the council page's composition rule (start ≤ d < end). */
  activeSeats: number;
};

/** The region's current council or forum (see COUNCIL_RANK_SQL) with its active seats; null if none. */
export async function currentCouncil(regionId: string, now = new Date()): Promise<CurrentCouncil | null> {
  const [row] = await db.$queryRaw<CurrentCouncil[]>`
    SELECT co.name, co.acronym, co.kind::text AS kind, co.status::text AS status,
           co."ordinanceNumber", co."ordinanceDate",
           (SELECT count(*)::int FROM "Seat" s
             WHERE s."regionId" = co."regionId" AND s."councilId" = co.id
               AND ${seatActiveOnSql(todayInLima(now))}) AS "activeSeats"
      FROM "Council" co
     WHERE co."regionId" = ${regionId}::uuid
     ORDER BY ${COUNCIL_RANK_SQL}, co."establishedOn" DESC NULLS LAST, co."createdAt" DESC
     LIMIT 1`;
  return row ?? null;
}

/** How many calendar years the evidence table shows, ending with the current one. */
export const EVIDENCE_YEARS = 6;

export async function getRegionOverview(regionId: string, now = new Date()): Promise<RegionOverview> {
  const toYear = now.getUTCFullYear();
  const fromYear = toYear - EVIDENCE_YEARS + 1;

  const [actors, projects, funding, evidenceTotal, evidenceRows, council, plans, recentProjects, agreements] =
    await Promise.all([
      db.actor.groupBy({ by: ["helix"], where: { regionId, archivedAt: null }, _count: { _all: true } }),
      db.project.groupBy({ by: ["status"], where: { regionId }, _count: { _all: true } }),
      fundingBySource(regionId),
      db.cooperationEvidence.count({ where: { regionId } }),
      db.$queryRaw<{ year: number; kind: EvidenceKind; n: number }[]>`
        SELECT extract(year FROM "occurredOn")::int AS year, kind::text AS kind, count(*)::int AS n
          FROM "CooperationEvidence"
         WHERE "regionId" = ${regionId}::uuid
           AND "occurredOn" >= make_date(${fromYear}::int, 1, 1)
           AND "occurredOn" < make_date(${toYear + 1}::int, 1, 1)
         GROUP BY 1, 2`,
      currentCouncil(regionId, now),
      db.plan.findMany({
        where: { regionId },
        select: { id: true, title: true, status: true, startYear: true, endYear: true },
        orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
        take: 5,
      }),
      db.project.findMany({
        where: { regionId },
        select: { id: true, title: true, status: true, startsOn: true },
        orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
        take: 5,
      }),
      db.agreement.findMany({
        where: { regionId },
        select: {
          id: true,
          reference: true,
          text: true,
          status: true,
          dueOn: true,
          owner: { select: { name: true, acronym: true } },
        },
        orderBy: [{ meeting: { scheduledAt: "desc" } }, { createdAt: "desc" }],
        take: 5,
      }),
    ]);

  const actorCounts = new Map(actors.map((row) => [row.helix, row._count._all]));
  const actorsByHelix = Object.values(Helix).map((helix) => ({ helix, count: actorCounts.get(helix) ?? 0 }));
  const projectCounts = new Map(projects.map((row) => [row.status, row._count._all]));
  const projectsByStatus = Object.values(ProjectStatus).map((status) => ({
    status,
    count: projectCounts.get(status) ?? 0,
  }));

  // The overview's table: sources with lines in soles, in the enum's order.
  const sourceOrder = Object.values(FundingSource);
  const penFunding = funding
    .filter((row) => row.penLines > 0)
    .map((row) => ({ source: row.source, awarded: row.awardedPen, executed: row.executedPen }))
    .sort((a, b) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source));
  const otherCurrencyLines = funding.reduce((n, row) => n + row.otherCurrencyLines, 0);
  const fundingTotals = penFunding.reduce(
    (acc, row) => ({ awarded: acc.awarded + row.awarded, executed: acc.executed + row.executed }),
    { awarded: 0, executed: 0 },
  );

  const evidenceByYear = Array.from({ length: EVIDENCE_YEARS }, (_, i) => {
    const year = toYear - i;
    const of = (kind: EvidenceKind) => evidenceRows.find((r) => r.year === year && r.kind === kind)?.n ?? 0;
    const convenios = of(EvidenceKind.CONVENIO);
    const jointEvents = of(EvidenceKind.JOINT_EVENT);
    return { year, convenios, jointEvents, total: convenios + jointEvents };
  });

  const actorTotal = actors.reduce((n, row) => n + row._count._all, 0);
  const projectTotal = projects.reduce((n, row) => n + row._count._all, 0);

  return {
    hasData: actorTotal > 0 || projectTotal > 0 || evidenceTotal > 0 || council !== null || plans.length > 0,
    actorsByHelix,
    actorTotal,
    projectsByStatus,
    projectTotal,
    fundingBySource: penFunding,
    fundingTotals,
    otherCurrencyLines,
    evidenceTotal,
    evidenceByYear,
    evidenceYears: { from: fromYear, to: toYear },
    council,
    plans,
    recentProjects,
    recentAgreements: agreements.map((a) => ({
      id: a.id,
      reference: a.reference,
      text: a.text,
      status: a.status,
      dueOn: a.dueOn,
      ownerName: a.owner.acronym ? `${a.owner.name} (${a.owner.acronym})` : a.owner.name,
    })),
  };
}
