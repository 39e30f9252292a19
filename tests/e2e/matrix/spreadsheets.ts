import { regionAdmins, type ActionCase, type ApiProbe, type Caller, type CallContext } from "./common";

// Permission-matrix rows for the spreadsheets feature: one per server action ("file#export") and one per
// route folder under app/ with a route handler.

/** A READY actor import staged in the region: committing it creates one actor and audits it. */
async function readyActorImport({ db, region, n }: CallContext): Promise<Record<string, string>> {
  const row = {
    name: `Empresa importada ${n} ${Date.now()}`,
    acronym: null, helix: "BUSINESS", type: "FIRM", provinceId: null, parentId: null, ruc: null, ror: null,
    website: null, description: null, firmSize: null, formality: null, ciiuCode: null, ictAdoption: null,
  };
  const { rows } = await db.query<{ id: string }>(
    `insert into "ImportJob"(id, "regionId", kind, status, "fileName", "totalRows", "processedRows", rows, errors, "updatedAt")
     select gen_random_uuid(), r.id, 'ACTORS', 'READY', 'matriz.csv', 1, 1, $2::jsonb, '[]'::jsonb, now() from "Region" r where r.slug = $1
     returning id`,
    [region, JSON.stringify({ preview: [], data: [row] })],
  );
  return { jobId: rows[0]!.id };
}

export const ACTIONS: Record<string, ActionCase> = {
  "lib/spreadsheets/actions.ts#commitImportAction": {
    scope: "region",
    changes: regionAdmins,
    input: readyActorImport,
  },
};

const signedOut = (caller: Caller) => caller === "anonymous" || caller === "disabled";
/** Callers who may import actors in Cusco (actors.write there). */
const cuscoActorWriters = (caller: Caller) => caller === "cuscoAdmin" || caller === "platformAdmin";
/** Callers who may read Cusco (region.read there). */
const cuscoReaders = (caller: Caller) => ["cuscoAdmin", "unsaacOffice", "nationalViewer", "platformAdmin"].includes(caller);

const status = (allowed: (c: Caller) => boolean, ok: number) => (caller: Caller) => (signedOut(caller) ? 401 : allowed(caller) ? ok : 404);

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {
  // Upload without a file: the gate and the permission answer first; only importers get to "no file".
  "api/regions/[region]/imports": {
    probes: [{ method: "POST", path: "/api/regions/cusco/imports?kind=actors", expectStatus: status(cuscoActorWriters, 400) }],
  },
  // A job that does not exist reads as not found for everyone (isolation is tested in integration).
  "api/regions/[region]/imports/[job]": {
    probes: [{ method: "GET", path: "/api/regions/cusco/imports/00000000-0000-7000-8000-000000000000", expectStatus: status(() => false, 200) }],
  },
  "api/regions/[region]/imports/template": {
    probes: [
      { method: "GET", path: "/api/regions/cusco/imports/template?kind=actors&format=csv", expectStatus: status(cuscoActorWriters, 200) },
      { method: "GET", path: "/api/regions/cusco/imports/template?kind=nothing&format=csv", expectStatus: status(() => false, 200) },
    ],
  },
  "api/regions/[region]/exports/[dataset]": {
    probes: [
      { method: "GET", path: "/api/regions/cusco/exports/actors?format=csv", expectStatus: status(cuscoReaders, 200) },
      { method: "GET", path: "/api/regions/tacna/exports/seats?format=xlsx", expectStatus: status((c) => ["tacnaAdmin", "unjbgOffice", "nationalViewer", "platformAdmin"].includes(c), 200) },
      { method: "GET", path: "/api/regions/cusco/exports/network-edges?format=csv&kind=PROJECT", expectStatus: status(cuscoReaders, 200) },
      { method: "GET", path: "/api/regions/cusco/exports/nothing?format=csv", expectStatus: status(() => false, 200) },
    ],
  },
};
