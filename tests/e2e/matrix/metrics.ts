import type { ActionCase, ApiProbe, Caller } from "./common";

// Permission-matrix rows for the metrics feature (issue 7): the API token actions (platform
// administrators only) and the read-only JSON API's route folders. The API answers as the UI
// does: region.read in the region (a regional user only theirs; national viewers and platform
// admins any), national.read for the comparison; signed out or disabled → 401; a region the
// caller may not read → 404, like a missing one.

const platformOnly = (caller: Caller) => caller === "platformAdmin";
const signedOut = (caller: Caller) => caller === "anonymous" || caller === "disabled";
const national = (caller: Caller) => caller === "nationalViewer" || caller === "platformAdmin";

/** 200 for callers who may read the region, 404 for the other signed-in ones, 401 signed out. */
const regionRead = (members: Caller[]) => (caller: Caller) => (signedOut(caller) ? 401 : national(caller) || members.includes(caller) ? 200 : 404);

export const ACTIONS: Record<string, ActionCase> = {
  "lib/api/actions.ts#issueApiTokenAction": {
    scope: "user",
    changes: platformOnly,
    input: async ({ n }) => ({ name: `Credencial de prueba ${n}`, scope: "NATIONAL" }),
  },
  "lib/api/actions.ts#revokeApiTokenAction": {
    scope: "user",
    changes: platformOnly,
    input: async ({ db, n }) => {
      const { rows } = await db.query<{ id: string }>(
        `insert into "ApiToken"(id, name, "tokenHash", prefix, scope, "updatedAt")
         values (gen_random_uuid(), $1::text, md5($1::text) || md5($1::text || 'x'), 'minka_matriz', 'NATIONAL', now()) returning id`,
        [`Credencial a revocar ${n} ${Date.now()}`],
      );
      return { tokenId: rows[0]!.id, confirm: "on" };
    },
  },
};

const probe = (path: string, expectStatus: (caller: Caller) => number): ApiProbe => ({ method: "GET", path, expectStatus });

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {
  "api/v1/regions": { probes: [probe("/api/v1/regions", (c) => (signedOut(c) ? 401 : 200))] },
  "api/v1/regions/[code]/metrics": {
    probes: [
      probe("/api/v1/regions/08/metrics", regionRead(["cuscoAdmin", "unsaacOffice"])),
      probe("/api/v1/regions/23/metrics", regionRead(["tacnaAdmin", "unjbgOffice"])),
      // A code no region has: the same 404 as a region one may not read.
      probe("/api/v1/regions/97/metrics", (c) => (signedOut(c) ? 401 : 404)),
    ],
  },
  "api/v1/regions/[code]/network": {
    probes: [
      probe("/api/v1/regions/08/network", regionRead(["cuscoAdmin", "unsaacOffice"])),
      probe("/api/v1/regions/23/network", regionRead(["tacnaAdmin", "unjbgOffice"])),
      probe("/api/v1/regions/97/network", (c) => (signedOut(c) ? 401 : 404)),
    ],
  },
  "api/v1/national/comparison": {
    probes: [probe("/api/v1/national/comparison?metric=cooperationIndex", (c) => (signedOut(c) ? 401 : national(c) ? 200 : 403))],
  },
  // Public: the document holds no data.
  "api/v1/openapi.json": { probes: [probe("/api/v1/openapi.json", () => 200)] },
};
