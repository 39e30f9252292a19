import "server-only";
// The SQL side of the cooperation metrics: the region's evidence, grouped in PostgreSQL. Each
// reader is ONE statement, so everything it returns (the data version included) comes from one
// snapshot — see lib/metrics/cache.ts for why that matters.
import { formatIsoDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/audit";
import type { RegionData } from "@/lib/metrics/compute";
import type { ActorRow, PairRow } from "@/lib/metrics/graph";

type Db = Pick<Tx, "$queryRaw">;

/**
 * The years a project is active: from its start (or when it was recorded) to its end; an active
 * project without an end runs to this year; a finished, suspended or proposed one without an end
 * counts in its start year. Cancelled projects are no evidence of cooperation.
 */
function projectsCte(regionId: string, currentYear: number) {
  return Prisma.sql`
    projects AS (
      SELECT p.id, s.fy, LEAST(GREATEST(s.fy, CASE
               WHEN p."endsOn" IS NOT NULL THEN extract(year FROM p."endsOn")::int
               WHEN p.status = 'ACTIVE' THEN ${currentYear}::int
               ELSE s.fy END), ${currentYear}::int) AS ty
        FROM "Project" p
        CROSS JOIN LATERAL (SELECT extract(year FROM coalesce(p."startsOn", p."createdAt"))::int AS fy) s
       WHERE p."regionId" = ${regionId}::uuid AND p.status <> 'CANCELLED')`;
}

/**
 * Pairs of actors with evidence, grouped by (kind, pair, years): joint projects (participants of
 * the same project), convenios and joint events (their parties), council co-membership (seats of
 * the same council overlapping in time). `a < b`, each pair once per piece of evidence.
 */
function pairsCte(regionId: string, currentYear: number) {
  return Prisma.sql`
    participants AS (
      SELECT DISTINCT pp."projectId", pp."actorId"
        FROM "ProjectParticipant" pp WHERE pp."regionId" = ${regionId}::uuid),
    raw_pairs AS (
      SELECT 'PROJECT' AS kind, x."actorId" AS a, y."actorId" AS b, pr.fy, pr.ty
        FROM projects pr
        JOIN participants x ON x."projectId" = pr.id
        JOIN participants y ON y."projectId" = pr.id AND x."actorId" < y."actorId"
      UNION ALL
      SELECT e.kind::text, x."actorId", y."actorId", extract(year FROM e."occurredOn")::int,
             LEAST(extract(year FROM CASE WHEN e.kind = 'CONVENIO' THEN coalesce(e."validUntil", e."occurredOn") ELSE e."occurredOn" END)::int, ${currentYear}::int)
        FROM "CooperationEvidence" e
        JOIN "CooperationParty" x ON x."regionId" = e."regionId" AND x."evidenceId" = e.id
        JOIN "CooperationParty" y ON y."regionId" = e."regionId" AND y."evidenceId" = e.id AND x."actorId" < y."actorId"
       WHERE e."regionId" = ${regionId}::uuid
      UNION ALL
      SELECT 'COUNCIL', x."actorId", y."actorId",
             GREATEST(extract(year FROM x."startsOn")::int, extract(year FROM y."startsOn")::int),
             LEAST(coalesce(extract(year FROM x."endsOn")::int, ${currentYear}::int), coalesce(extract(year FROM y."endsOn")::int, ${currentYear}::int))
        FROM "Seat" x
        JOIN "Seat" y ON y."regionId" = x."regionId" AND y."councilId" = x."councilId" AND x."actorId" < y."actorId"
       WHERE x."regionId" = ${regionId}::uuid),
    pairs AS (
      SELECT kind, a, b, fy, ty, count(*)::int AS n
        FROM raw_pairs WHERE fy <= ty
       GROUP BY kind, a, b, fy, ty)`;
}

const actorsJson = (regionId: string) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(a.id, coalesce(a.acronym, a.name), a.helix, a.type, a."firmSize", a.formality,
                                             extract(year FROM a."archivedAt")::int, pv."isCapital") ORDER BY a.id), '[]'::json)
     FROM "Actor" a LEFT JOIN "Province" pv ON pv.id = a."provinceId"
    WHERE a."regionId" = ${regionId}::uuid)`;

const pairsJson = Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(kind, a, b, fy, ty, n) ORDER BY a, b, kind, fy, ty), '[]'::json) FROM pairs)`;

type ActorTuple = [string, string, ActorRow["helix"], ActorRow["type"], ActorRow["firmSize"], ActorRow["formality"], number | null, boolean | null];
type PairTuple = [PairRow["kind"], string, string, number, number, number];

function actorRows(tuples: ActorTuple[]): ActorRow[] {
  return tuples.map(([id, label, helix, type, firmSize, formality, archivedYear, inCapital]) => ({ id, label, helix, type, firmSize, formality, archivedYear, inCapital }));
}
function pairRows(tuples: PairTuple[]): PairRow[] {
  return tuples.map(([kind, a, b, fromYear, toYear, count]) => ({ kind, a, b, fromYear, toYear, count }));
}

/** Everything `computeYears` needs, in one statement (one snapshot, one round trip). */
export async function loadRegionData(db: Db, regionId: string, today: Date): Promise<RegionData | null> {
  const currentYear = today.getUTCFullYear();
  const todayIso = formatIsoDay(today);
  const rows = await db.$queryRaw<
    {
      dataVersion: number | null;
      firstYear: number | null;
      lastDataAt: Date | null;
      actors: ActorTuple[];
      pairs: PairTuple[];
      seats: [string, string, number, number, RegionData["seats"][number]["helix"]][];
      projectYears: [number, number, number, number, number, number][];
      evidenceYears: [number, number][];
      meetingYears: [number, number, number, number][];
      agreementYears: [number, number, number][];
      indicators: [number, string, number | null, number | null, number | null, number | null, RegionData["indicators"][number]["direction"], RegionData["indicators"][number]["frequency"], string | null, number | null][];
    }[]
  >`
    WITH ${projectsCte(regionId, currentYear)},
    ${pairsCte(regionId, currentYear)},
    seats AS (
      SELECT s."councilId", s."actorId", extract(year FROM s."startsOn")::int AS fy,
             LEAST(coalesce(extract(year FROM s."endsOn")::int, ${currentYear}::int), ${currentYear}::int) AS ty, a.helix
        FROM "Seat" s JOIN "Actor" a ON a.id = s."actorId"
       WHERE s."regionId" = ${regionId}::uuid),
    bounds AS (
      SELECT LEAST(
               (SELECT min(fy) FROM projects),
               (SELECT min(extract(year FROM "occurredOn"))::int FROM "CooperationEvidence" WHERE "regionId" = ${regionId}::uuid),
               (SELECT min(fy) FROM seats),
               (SELECT min(extract(year FROM "scheduledAt"))::int FROM "Meeting" WHERE "regionId" = ${regionId}::uuid),
               (SELECT min(extract(year FROM "measuredOn"))::int FROM "Measurement" WHERE "regionId" = ${regionId}::uuid)) AS first),
    -- The same years as yearsToCompute (lib/metrics/compute.ts): at most 30 back, up to this year.
    years AS (
      SELECT generate_series(LEAST(GREATEST(coalesce((SELECT first FROM bounds), ${currentYear}::int), ${currentYear - 30}::int), ${currentYear}::int), ${currentYear}::int) AS y),
    project_helices AS (
      SELECT pp."projectId", count(DISTINCT a.helix)::int AS helices
        FROM "ProjectParticipant" pp JOIN "Actor" a ON a.id = pp."actorId"
       WHERE pp."regionId" = ${regionId}::uuid GROUP BY pp."projectId"),
    project_provinces AS (
      SELECT pp."projectId", bool_or(NOT pv."isCapital") AS outside
        FROM "ProjectProvince" pp JOIN "Province" pv ON pv.id = pp."provinceId"
       WHERE pp."regionId" = ${regionId}::uuid GROUP BY pp."projectId"),
    project_years AS (
      SELECT y.y, count(*)::int AS projects,
             count(h."projectId")::int AS with_participants,
             count(*) FILTER (WHERE h.helices >= 2)::int AS multi,
             count(pv."projectId")::int AS with_province,
             count(*) FILTER (WHERE pv.outside)::int AS outside
        FROM projects pr
        JOIN years y ON y.y BETWEEN pr.fy AND pr.ty
        LEFT JOIN project_helices h ON h."projectId" = pr.id
        LEFT JOIN project_provinces pv ON pv."projectId" = pr.id
       GROUP BY y.y),
    evidence_years AS (
      SELECT extract(year FROM "occurredOn")::int AS y, count(*)::int AS n
        FROM "CooperationEvidence" WHERE "regionId" = ${regionId}::uuid GROUP BY 1),
    meeting_years AS (
      SELECT extract(year FROM m."scheduledAt")::int AS y, count(DISTINCT m.id)::int AS held,
             count(at.id)::int AS seats, count(at.id) FILTER (WHERE at.present)::int AS present
        FROM "Meeting" m LEFT JOIN "Attendance" at ON at."regionId" = m."regionId" AND at."meetingId" = m.id
       WHERE m."regionId" = ${regionId}::uuid AND m.status = 'HELD'
       GROUP BY 1),
    agreement_years AS (
      SELECT extract(year FROM "dueOn")::int AS y, count(*)::int AS due,
             count(*) FILTER (WHERE status = 'DONE' AND "completedOn" <= "dueOn")::int AS on_time
        FROM "Agreement"
       WHERE "regionId" = ${regionId}::uuid AND "dueOn" <= ${todayIso}::date AND status <> 'DROPPED'
       GROUP BY 1),
    indicator_years AS (
      SELECT y.y, i.id, i."baselineValue"::float8 AS bv, i."baselineYear" AS by, i."targetValue"::float8 AS tv, i."targetYear" AS ty,
             i.direction, i.frequency, to_char(m."measuredOn", 'YYYY-MM-DD') AS measured_on, m.value::float8 AS value
        FROM "Plan" p
        JOIN "Objective" o ON o."regionId" = p."regionId" AND o."planId" = p.id
        JOIN "Indicator" i ON i."regionId" = o."regionId" AND i."objectiveId" = o.id
        JOIN years y ON y.y BETWEEN p."startYear" AND p."endYear"
        LEFT JOIN LATERAL (
          SELECT ms."measuredOn", ms.value FROM "Measurement" ms
           WHERE ms."regionId" = i."regionId" AND ms."indicatorId" = i.id
             AND ms."measuredOn" <= LEAST(make_date(y.y, 12, 31), ${todayIso}::date)
           ORDER BY ms."measuredOn" DESC, ms."createdAt" DESC, ms.id DESC LIMIT 1) m ON true
       WHERE p."regionId" = ${regionId}::uuid AND p.status <> 'DRAFT')
    SELECT
      (SELECT "dataVersion" FROM "Region" WHERE id = ${regionId}::uuid) AS "dataVersion",
      (SELECT first FROM bounds) AS "firstYear",
      (SELECT GREATEST(
         (SELECT max("updatedAt") FROM "Actor" WHERE "regionId" = ${regionId}::uuid),
         (SELECT max("updatedAt") FROM "Project" WHERE "regionId" = ${regionId}::uuid),
         (SELECT max("updatedAt") FROM "CooperationEvidence" WHERE "regionId" = ${regionId}::uuid),
         (SELECT max("updatedAt") FROM "Seat" WHERE "regionId" = ${regionId}::uuid),
         (SELECT max("updatedAt") FROM "Meeting" WHERE "regionId" = ${regionId}::uuid),
         (SELECT max("updatedAt") FROM "Measurement" WHERE "regionId" = ${regionId}::uuid))) AS "lastDataAt",
      ${actorsJson(regionId)} AS actors,
      ${pairsJson} AS pairs,
      (SELECT coalesce(json_agg(json_build_array("councilId", "actorId", fy, ty, helix) ORDER BY "councilId", "actorId", fy), '[]'::json) FROM seats WHERE fy <= ty) AS seats,
      (SELECT coalesce(json_agg(json_build_array(y, projects, with_participants, multi, with_province, outside)), '[]'::json) FROM project_years) AS "projectYears",
      (SELECT coalesce(json_agg(json_build_array(y, n)), '[]'::json) FROM evidence_years) AS "evidenceYears",
      (SELECT coalesce(json_agg(json_build_array(y, held, seats, present)), '[]'::json) FROM meeting_years) AS "meetingYears",
      (SELECT coalesce(json_agg(json_build_array(y, due, on_time)), '[]'::json) FROM agreement_years) AS "agreementYears",
      (SELECT coalesce(json_agg(json_build_array(y, id, bv, by, tv, ty, direction, frequency, measured_on, value)), '[]'::json) FROM indicator_years) AS indicators`;
  const row = rows[0];
  if (!row || row.dataVersion === null) return null;
  return {
    dataVersion: row.dataVersion,
    firstYear: row.firstYear,
    lastDataAt: row.lastDataAt ? new Date(row.lastDataAt).toISOString() : null,
    actors: actorRows(row.actors),
    pairs: pairRows(row.pairs),
    seats: row.seats.map(([councilId, actorId, fromYear, toYear, helix]) => ({ councilId, actorId, fromYear, toYear, helix })),
    projectYears: row.projectYears.map(([year, projects, withParticipants, multiHelix, withProvince, outside]) => ({ year, projects, withParticipants, multiHelix, withProvince, outside })),
    evidenceYears: row.evidenceYears.map(([year, count]) => ({ year, count })),
    meetingYears: row.meetingYears.map(([year, held, seats, present]) => ({ year, held, seats, present })),
    agreementYears: row.agreementYears.map(([year, due, onTime]) => ({ year, due, onTime })),
    indicators: row.indicators.map(([year, indicatorId, baselineValue, baselineYear, targetValue, targetYear, direction, frequency, measuredOn, value]) => ({
      year, indicatorId, baselineValue, baselineYear, targetValue, targetYear, direction, frequency, measuredOn, value,
    })),
  };
}
