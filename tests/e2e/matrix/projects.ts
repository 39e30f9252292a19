import type pg from "pg";
import { actorEditors, type ActionCase, type ApiProbe, type CallContext, type Caller, type Region } from "./common";

const signedOut = (caller: Caller) => caller === "anonymous" || caller === "disabled";
/** Who may read a region: its members, the national viewer and platform admins. */
const regionReaders = (caller: Caller, region: Region) =>
  caller === "nationalViewer" || caller === "platformAdmin" || (region === "cusco" ? ["cuscoAdmin", "unsaacOffice"] : ["tacnaAdmin", "unjbgOffice"]).includes(caller);

// Permission-matrix rows for the projects feature: one per server action ("file#export") and one per
// route folder under app/ with a route handler.
//
// Who writes projects: the region's admins and platform admins (projects.write), and the
// region's research office for projects its institution takes part in (projects.writeOwn) — the
// same callers as `actorEditors`. Every prepared project is coordinated by the research office's
// institution of that region (UNSAAC in Cusco, UNJBG in Tacna), so the office may edit it and
// nobody else outside the admins may.

const OFFICE: Record<Region, string> = { cusco: "investigacion.unsaac@minka.example", tacna: "investigacion.unjbg@minka.example" };

/** The research office's institution in the region. */
async function officeInstitution(db: pg.Client, region: Region | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `select m."actorId" as id from "Membership" m join "User" u on u.id = m."userId" where u.email = $1`,
    [OFFICE[region ?? "cusco"]],
  );
  return rows[0]!.id;
}

/** The form fields of a valid project coordinated by that institution. */
function projectFields(coordinatorId: string, n: number): Record<string, string> {
  return {
    title: `Proyecto de la matriz ${n} ${Date.now()}`,
    type: "APPLIED_RESEARCH",
    status: "ACTIVE",
    startsOn: "2026-01-01",
    endsOn: "2027-12-31",
    "participants.0.actorId": coordinatorId,
    "participants.0.role": "COORDINATOR",
    "funding.0.source": "CANON_ROYALTIES",
    "funding.0.currency": "PEN",
    "funding.0.awardedAmount": "1000",
  };
}

/** A fresh project of the region coordinated by its research office's institution. */
async function projectIn({ db, region, n }: CallContext): Promise<Record<string, string>> {
  const actorId = await officeInstitution(db, region);
  const { rows } = await db.query<{ id: string }>(
    `with p as (
       insert into "Project"(id, "regionId", title, type, status, "updatedAt")
       select gen_random_uuid(), r.id, $2, 'BASIC_RESEARCH', 'PROPOSED', now() from "Region" r where r.slug = $1 returning id, "regionId")
     insert into "ProjectParticipant"(id, "regionId", "projectId", "actorId", role, "updatedAt")
     select gen_random_uuid(), p."regionId", p.id, $3, 'COORDINATOR', now() from p returning "projectId" as id`,
    [region, `Proyecto preparado ${n} ${Date.now()}`, actorId],
  );
  return { projectId: rows[0]!.id, version: "1", ...projectFields(actorId, n) };
}

export const ACTIONS: Record<string, ActionCase> = {
  "lib/projects/actions.ts#createProjectAction": {
    scope: "region",
    changes: actorEditors,
    input: async ({ db, region, n }) => projectFields(await officeInstitution(db, region), n),
  },
  "lib/projects/actions.ts#updateProjectAction": {
    scope: "region",
    changes: actorEditors,
    input: projectIn,
  },
};

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {
  // The organisation pickers' search: a region's own organisations for its readers (cooperation
  // forms and filters); every region's (scope=all) for those who may register projects there.
  "api/regions/[region]/actors/options": {
    probes: (["cusco", "tacna"] as const).flatMap((region) => [
      {
        method: "GET" as const,
        path: `/api/regions/${region}/actors/options?q=un`,
        expectStatus: (caller: Caller) => (signedOut(caller) ? 401 : regionReaders(caller, region) ? 200 : 404),
      },
      {
        method: "GET" as const,
        path: `/api/regions/${region}/actors/options?q=un&scope=all`,
        expectStatus: (caller: Caller) => (signedOut(caller) ? 401 : actorEditors(caller, region) ? 200 : 404),
      },
    ]),
  },
};
