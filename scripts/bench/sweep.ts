// Every page of the benchmark's region (and the platform's), as its platform administrator sees
// them: the targets time a few pages, this times all of them once per scale, so a page whose
// cost grows with the data shows up (the project list's filter once listed 10,000
// organisations, the plan page every indicator). Detail pages open the region's largest record
// of their kind.
import type pg from "pg";
import { timedRequest } from "./http";
import { median, round } from "./stats";

export interface SweepRow {
  path: string;
  median: number;
  kb: number;
  status: number;
}

/** Ids of the largest records of each kind in the region; null where the region has none. */
async function largest(pool: pg.Pool, regionSlug: string) {
  const one = async (sql: string) => ((await pool.query<{ id: string }>(sql, [regionSlug])).rows[0]?.id ?? null);
  const region = `(select id from "Region" where slug = $1)`;
  return {
    actor: await one(`select "actorId" as id from "ProjectParticipant" where "regionId" = ${region} group by 1 order by count(*) desc, 1 limit 1`),
    project: await one(`select "projectId" as id from "ProjectParticipant" where "regionId" = ${region} group by 1 order by count(*) desc, 1 limit 1`),
    evidence: await one(`select "evidenceId" as id from "CooperationParty" where "regionId" = ${region} group by 1 order by count(*) desc, 1 limit 1`),
    // Not a cancelled one: its edit page is "not found" by design.
    meeting: await one(
      `select a."meetingId" as id from "Attendance" a join "Meeting" m on m.id = a."meetingId"
        where a."regionId" = ${region} and m.status <> 'CANCELLED' group by 1 order by count(*) desc, 1 limit 1`,
    ),
    agreement: await one(`select id from "Agreement" where "regionId" = ${region} order by "createdAt" desc, id limit 1`),
    council: await one(`select id from "Council" where "regionId" = ${region} order by id limit 1`),
    seat: await one(`select id from "Seat" where "regionId" = ${region} order by id limit 1`),
    plan: await one(`select "planId" as id from "Objective" o join "Indicator" i on i."objectiveId" = o.id where o."regionId" = ${region} group by 1 order by count(*) desc, 1 limit 1`),
    // "planId/indicatorId": the indicator page's address names both.
    indicator: await one(
      `select o."planId" || '/indicators/' || m."indicatorId" as id from "Measurement" m
         join "Indicator" i on i.id = m."indicatorId" join "Objective" o on o.id = i."objectiveId"
        where m."regionId" = ${region} group by o."planId", m."indicatorId" order by count(*) desc, 1 limit 1`,
    ),
    member: await one(`select id from "Membership" where "regionId" = ${region} order by id limit 1`),
  };
}

async function paths(pool: pg.Pool, regionSlug: string, year: number): Promise<string[]> {
  const id = await largest(pool, regionSlug);
  const r = `/es/r/${regionSlug}`;
  const candidates: (string | null)[] = [
    r,
    `${r}/dashboard?year=${year}`,
    `${r}/report`,
    `${r}/actors`,
    `${r}/actors/new`,
    id.actor && `${r}/actors/${id.actor}`,
    id.actor && `${r}/actors/${id.actor}/edit`,
    `${r}/projects`,
    `${r}/projects/new`,
    id.project && `${r}/projects/${id.project}`,
    id.project && `${r}/projects/${id.project}/edit`,
    `${r}/cooperation`,
    `${r}/cooperation/new`,
    id.evidence && `${r}/cooperation/${id.evidence}`,
    id.evidence && `${r}/cooperation/${id.evidence}/edit`,
    `${r}/council`,
    id.council && `${r}/council/${id.council}/seats`,
    id.seat && `${r}/council/seats/${id.seat}`,
    `${r}/council/meetings`,
    id.meeting && `${r}/council/meetings/${id.meeting}`,
    id.meeting && `${r}/council/meetings/${id.meeting}/edit`,
    `${r}/council/agreements`,
    id.agreement && `${r}/council/agreements/${id.agreement}`,
    `${r}/plans`,
    id.plan && `${r}/plans/${id.plan}`,
    id.indicator && `${r}/plans/${id.indicator}`,
    `${r}/recommendations`,
    `${r}/admin/members`,
    id.member && `${r}/admin/members/${id.member}`,
    `${r}/admin/audit`,
    `${r}/admin/mail`,
    `/es/national?metric=cooperationIndex&year=${year}`,
    `/es/national/recommendations`,
    `/es/admin/regions`,
    `/es/admin/audit`,
    `/es/admin/api-tokens`,
    `/es/admin/mail`,
    `/api/regions/${regionSlug}/exports/actors`,
  ];
  return candidates.filter((p): p is string => typeof p === "string");
}

/** Each page `samples` times after one warm-up request; slowest first. A page that fails fails the run. */
export async function sweepPages(baseUrl: string, pool: pg.Pool, cookie: string, regionSlug: string, year: number, samples: number): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const path of await paths(pool, regionSlug, year)) {
    await timedRequest(`${baseUrl}${path}`, { headers: { cookie } });
    const times: number[] = [];
    let last = { status: 0, body: "" };
    for (let i = 0; i < samples; i++) {
      const result = await timedRequest(`${baseUrl}${path}`, { headers: { cookie } });
      times.push(result.ms);
      last = result;
    }
    if (last.status !== 200) throw new Error(`sweep: ${path} answered HTTP ${last.status}`);
    rows.push({ path, median: round(median(times)), kb: round(Buffer.byteLength(last.body) / 1024), status: last.status });
  }
  return rows.sort((a, b) => b.median - a.median);
}
