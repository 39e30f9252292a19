import type pg from "pg";

// Types and helpers shared by the permission matrix's rows (tests/e2e/permission-matrix.table.ts
// and the per-feature files beside this one).

export type Region = "cusco" | "tacna";
export type Caller =
  | "anonymous"
  | "disabled"
  | "cuscoAdmin"
  | "tacnaAdmin"
  | "unsaacOffice"
  | "unjbgOffice"
  | "nationalViewer"
  | "platformAdmin";

export interface CallContext {
  db: pg.Client;
  region: Region | null;
  caller: Caller;
  /** A number unique to this call, for unique e-mails, codes and names. */
  n: number;
  /** The caller's current password (it changes when a call changes it). */
  password: string;
}

export interface ActionCase {
  /** "region": the action's first argument is the region slug. */
  scope: "region" | "user" | "public";
  /** Does this call, by this caller, in this region, change data? Otherwise nothing may change. */
  changes: (caller: Caller, region: Region | null) => boolean;
  /** The form fields of one call. May prepare records (in `region`) the call acts on. */
  input: (ctx: CallContext) => Promise<Record<string, string | string[]>>;
  /** The call changes the caller's password (and ends their sessions). */
  rotatesPassword?: boolean;
}

export const SIGNED_IN: Caller[] = ["cuscoAdmin", "tacnaAdmin", "unsaacOffice", "unjbgOffice", "nationalViewer", "platformAdmin"];

/** Regional admins of that region, and platform admins: member administration. */
export const regionAdmins = (caller: Caller, region: Region | null) =>
  caller === "platformAdmin" || (caller === "cuscoAdmin" && region === "cusco") || (caller === "tacnaAdmin" && region === "tacna");

/** A fresh viewer membership in the region, for an action to act on. */
export async function membershipIn(db: pg.Client, region: Region | null, n: number): Promise<{ membershipId: string; version: string }> {
  const email = `matriz.miembro.${n}.${Date.now()}@minka.example`;
  const { rows } = await db.query<{ id: string }>(
    `with u as (insert into "User"(id, email, name, "updatedAt") values (gen_random_uuid(), $1, 'Miembro de prueba', now()) returning id)
     insert into "Membership"(id, "regionId", "userId", role, "updatedAt")
     select gen_random_uuid(), r.id, u.id, 'VIEWER', now() from "Region" r, u where r.slug = $2 returning id`,
    [email, region],
  );
  return { membershipId: rows[0]!.id, version: "1" };
}

/** Actor registry: admins write any actor; an institution office only edits its own institution. */
export const actorEditors = (caller: Caller, region: Region | null) =>
  regionAdmins(caller, region) || (caller === "unsaacOffice" && region === "cusco") || (caller === "unjbgOffice" && region === "tacna");

/** A fresh actor in the region (archived if asked), for an actor action to act on. */
export async function actorIn(db: pg.Client, region: Region | null, n: number, archived = false): Promise<{ actorId: string; version: string }> {
  const { rows } = await db.query<{ id: string }>(
    `insert into "Actor"(id, "regionId", name, helix, type, "archivedAt", "updatedAt")
     select gen_random_uuid(), r.id, $1, 'BUSINESS', 'FIRM', $3, now() from "Region" r where r.slug = $2 returning id`,
    [`Actor de prueba ${n} ${Date.now()}`, region, archived ? new Date() : null],
  );
  return { actorId: rows[0]!.id, version: "1" };
}

/** The fields of an actor edit: an office edits its own institution (same data, a new description). */
export async function actorEditInput({ db, region, caller, n }: CallContext): Promise<Record<string, string>> {
  const office = caller === "unsaacOffice" ? "investigacion.unsaac@minka.example" : caller === "unjbgOffice" ? "investigacion.unjbg@minka.example" : null;
  if (office) {
    const { rows } = await db.query<Record<string, string | number | null>>(
      `select a.id, a.version, a.name, a.acronym, a.helix, a.type, a."provinceId", a."parentId", a.ruc, a.ror, a.website,
              a."firmSize", a.formality, a."ciiuCode", a."ictAdoption"
       from "Membership" m join "User" u on u.id = m."userId" join "Region" r on r.id = m."regionId" join "Actor" a on a.id = m."actorId"
       where u.email = $1`,
      [office],
    );
    const a = rows[0]!;
    const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
    return {
      actorId: text(a.id), version: text(a.version), name: text(a.name), acronym: text(a.acronym), helix: text(a.helix), type: text(a.type),
      provinceId: text(a.provinceId), parentId: text(a.parentId), ruc: text(a.ruc), ror: text(a.ror), website: text(a.website),
      firmSize: text(a.firmSize), formality: text(a.formality), ciiuCode: text(a.ciiuCode), ictAdoption: text(a.ictAdoption),
      description: `Descripción de prueba ${n}`, confirmDuplicate: "on",
    };
  }
  return { ...(await actorIn(db, region, n)), name: `Actor editado ${n} ${Date.now()}`, helix: "BUSINESS", type: "FIRM", confirmDuplicate: "on" };
}


export interface ApiProbe {
  method: "GET" | "POST";
  path: string;
  expectStatus: (caller: Caller) => number;
}

/** Route folders under app/ that hold a route handler → probes and their expected statuses. */
