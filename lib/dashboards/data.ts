import "server-only";
import { cache } from "react";
import { seatActiveOnSql } from "@/lib/councils/data";
import { db } from "@/lib/db";
import { todayInLima } from "@/lib/dates";
import type {
  AgreementStatus,
  ActorType,
  Helix,
  PlanStatus,
  RecommendationStatus,
} from "@/lib/generated/prisma/enums";
import { regionMetrics, type RegionYearMetrics } from "@/lib/metrics";
import type { RegionContext } from "@/lib/tenancy";

// The dashboards' and the printable report's figures that are plain aggregates, not graph metrics
// (those come from lib/metrics, cached in PostgreSQL). Each function is ONE grouped SQL query,
// scoped by the region the tenant gate verified; national ones read every region and are called
// only behind `national.read`.

/**
 * The region's cooperation metrics for every year, read once per request however many panels of
 * the page ask (React's request cache; the figures themselves are cached in PostgreSQL).
 */
export const cachedRegionMetrics = cache((regionId: string): Promise<RegionYearMetrics[]> => regionMetrics(regionId));

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

export interface PriorityAreaRow {
  id: string;
  key: string;
  name: string;
  /** Projects tagged with the area. */
  projects: number;
  /** Of those, projects whose participants include academia or research AND business (study §17). */
  academiaBusiness: number;
}

/** Projects per priority area of the region, most first; areas without projects included. */
export async function projectsByPriorityArea(ctx: RegionContext): Promise<PriorityAreaRow[]> {
  // A project's participants may belong to other regions: their helix is read from the actor
  // itself. `bool_or` per project, then counted per area, all in one statement.
  return db.$queryRaw<PriorityAreaRow[]>`
    WITH helices AS (
      SELECT pp."projectId",
             bool_or(a.helix IN ('ACADEMIA', 'RESEARCH')) AS academia,
             bool_or(a.helix = 'BUSINESS') AS business
        FROM "ProjectParticipant" pp
        JOIN "Actor" a ON a.id = pp."actorId"
       WHERE pp."regionId" = ${ctx.regionId}::uuid
       GROUP BY pp."projectId")
    SELECT pa.id::text AS id, pa.key, pa.name,
           count(ppa."projectId")::int AS projects,
           count(*) FILTER (WHERE h.academia AND h.business)::int AS "academiaBusiness"
      FROM "PriorityArea" pa
      LEFT JOIN "ProjectPriorityArea" ppa
             ON ppa."regionId" = pa."regionId" AND ppa."priorityAreaId" = pa.id
      LEFT JOIN helices h ON h."projectId" = ppa."projectId"
     WHERE pa."regionId" = ${ctx.regionId}::uuid
     GROUP BY pa.id, pa.key, pa.name
     ORDER BY projects DESC, pa.name`;
}

// Funding per source: lib/regions/data.ts (fundingBySource), one statement shared with the
// region's public page.

// ---------------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------------

export interface ActorTypeRow {
  helix: Helix;
  type: ActorType;
  count: number;
}

/**
 * Live (not archived) actors by helix and type: the report's "actors" chapter. Ordered by the
 * helix enum's own order (government first), not by its name: hence the qualified column.
 */
export async function actorsByHelixAndType(ctx: RegionContext): Promise<ActorTypeRow[]> {
  return db.$queryRaw<ActorTypeRow[]>`
    SELECT helix::text AS helix, type::text AS type, count(*)::int AS count
      FROM "Actor"
     WHERE "regionId" = ${ctx.regionId}::uuid AND "archivedAt" IS NULL
     GROUP BY helix, type
     ORDER BY "Actor".helix, count DESC, type`;
}

// ---------------------------------------------------------------------------------------------
// Governance
// ---------------------------------------------------------------------------------------------

export interface CouncilActivity {
  /** Seats of every council of the region in force on Lima's day of `now`, by the helix of the institution. */
  seatsByHelix: { helix: Helix; seats: number }[];
  /** Meetings held, by calendar year, oldest first. */
  meetingsByYear: { year: number; held: number; cancelled: number }[];
  /** Agreements by status; `overdue`: not done or dropped and past their due date. */
  agreementsByStatus: { status: AgreementStatus; count: number; overdue: number }[];
}

export async function councilActivity(ctx: RegionContext, now = new Date()): Promise<CouncilActivity> {
  const [seatsByHelix, meetingsByYear, agreementsByStatus] = await Promise.all([
    db.$queryRaw<CouncilActivity["seatsByHelix"]>`
      SELECT a.helix::text AS helix, count(*)::int AS seats
        FROM "Seat" s JOIN "Actor" a ON a.id = s."actorId"
       WHERE s."regionId" = ${ctx.regionId}::uuid AND ${seatActiveOnSql(todayInLima(now))}
       GROUP BY a.helix ORDER BY seats DESC, helix`,
    db.$queryRaw<CouncilActivity["meetingsByYear"]>`
      SELECT extract(year FROM "scheduledAt")::int AS year,
             count(*) FILTER (WHERE status = 'HELD')::int AS held,
             count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled
        FROM "Meeting"
       WHERE "regionId" = ${ctx.regionId}::uuid AND "scheduledAt" <= ${now}
       GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<CouncilActivity["agreementsByStatus"]>`
      SELECT status::text AS status, count(*)::int AS count,
             count(*) FILTER (WHERE status IN ('PENDING', 'IN_PROGRESS') AND "dueOn" < ${now}::date)::int AS overdue
        FROM "Agreement"
       WHERE "regionId" = ${ctx.regionId}::uuid
       GROUP BY status ORDER BY status`,
  ]);
  return { seatsByHelix, meetingsByYear, agreementsByStatus };
}

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

export interface PlanMonitoringRow {
  id: string;
  title: string;
  status: PlanStatus;
  startYear: number;
  endYear: number;
  indicators: number;
  /** Indicators with at least one measurement. */
  measured: number;
  /** Indicators measured in the twelve months before `now`. */
  measuredLastYear: number;
  lastMeasuredOn: Date | null;
}

/** Each plan with how many of its indicators are measured at all, and recently. */
export async function planMonitoring(ctx: RegionContext, now = new Date()): Promise<PlanMonitoringRow[]> {
  // MATERIALIZED: inlined, the CTE's aggregate over the region's measurements ran once per
  // objective (a nested loop); computed once, the statement takes a third of the time (Lima at
  // benchmark scale 10: 35 → 12 ms; scale 1: 3.8 → 1.7 ms).
  return db.$queryRaw<PlanMonitoringRow[]>`
    WITH last AS MATERIALIZED (
      SELECT "indicatorId", max("measuredOn") AS "lastOn"
        FROM "Measurement" WHERE "regionId" = ${ctx.regionId}::uuid
       GROUP BY "indicatorId")
    SELECT p.id::text AS id, p.title, p.status::text AS status, p."startYear", p."endYear",
           count(i.id)::int AS indicators,
           count(l."lastOn")::int AS measured,
           count(*) FILTER (WHERE l."lastOn" > (${now}::date - interval '12 months'))::int AS "measuredLastYear",
           max(l."lastOn") AS "lastMeasuredOn"
      FROM "Plan" p
      LEFT JOIN "Objective" o ON o."regionId" = p."regionId" AND o."planId" = p.id
      LEFT JOIN "Indicator" i ON i."regionId" = p."regionId" AND i."objectiveId" = o.id
      LEFT JOIN last l ON l."indicatorId" = i.id
     WHERE p."regionId" = ${ctx.regionId}::uuid
     GROUP BY p.id
     ORDER BY p."startYear" DESC, p.title`;
}

// ---------------------------------------------------------------------------------------------
// Recommendations
// ---------------------------------------------------------------------------------------------

export interface RecommendationStatusRow {
  code: string;
  titleEs: string;
  titleEn: string;
  /** NOT_STARTED when the region has not recorded any follow-up yet. */
  status: RecommendationStatus;
  followedUp: boolean;
  responsibleName: string | null;
  updatedAt: Date | null;
}

/** The study's recommendations A–G and the region's own, with the region's status on each. */
export async function recommendationStatus(ctx: RegionContext): Promise<RecommendationStatusRow[]> {
  return db.$queryRaw<RecommendationStatusRow[]>`
    SELECT r.code, r."titleEs", r."titleEn",
           coalesce(f.status::text, 'NOT_STARTED') AS status,
           (f.id IS NOT NULL) AS "followedUp",
           a.name AS "responsibleName",
           f."updatedAt"
      FROM "Recommendation" r
      LEFT JOIN "RecommendationFollowUp" f
             ON f."regionId" = ${ctx.regionId}::uuid AND f."recommendationId" = r.id
      LEFT JOIN "Actor" a ON a.id = f."responsibleActorId"
     WHERE r."regionId" IS NULL OR r."regionId" = ${ctx.regionId}::uuid
     ORDER BY (r."regionId" IS NOT NULL), r.code`;
}

// ---------------------------------------------------------------------------------------------
// National: data coverage and freshness
// ---------------------------------------------------------------------------------------------

export interface RegionFreshnessRow {
  regionId: string;
  /** Most recent cooperation evidence (the date it happened). */
  lastEvidenceOn: Date | null;
  /** Most recent measurement of a plan indicator. */
  lastMeasurementOn: Date | null;
  /** Most recent audited change of any of the region's records. */
  lastChangeAt: Date | null;
}

/**
 * How recent each region's data is. Each max() is answered from an index that starts with
 * regionId (a backward index scan per region), so the cost grows with the number of regions, not
 * of rows. The counts that say whether a region has data at all come from listRegionSummaries.
 */
export async function regionFreshness(): Promise<RegionFreshnessRow[]> {
  return db.$queryRaw<RegionFreshnessRow[]>`
    SELECT r.id::text AS "regionId",
           (SELECT max(e."occurredOn") FROM "CooperationEvidence" e WHERE e."regionId" = r.id) AS "lastEvidenceOn",
           (SELECT max(m."measuredOn") FROM "Measurement" m WHERE m."regionId" = r.id) AS "lastMeasurementOn",
           (SELECT max(x.at) FROM "AuditEntry" x WHERE x."regionId" = r.id) AS "lastChangeAt"
      FROM "Region" r`;
}
