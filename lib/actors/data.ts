import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorType, FirmSize, Formality, Helix, IctAdoption, ParticipantRole, SeatRole, EvidenceKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { normaliseActorName } from "./normalise";
import { ACTORS_PER_PAGE, type ActorListQuery, type ArchiveActorInput, type CreateActorInput, type UpdateActorInput } from "./schema";
import { anyContains } from "@/lib/search";
import { isUuid } from "@/lib/validation/identifiers";

// The actor registry of one region. Every read and write is scoped by the verified
// `ctx.regionId`: another region's actor id answers exactly like a missing one. Writes and their
// audit entries share one transaction. Rule violations throw InvalidInputError with keys under
// `validation.actors.*` (fields) and `errors.*` (form).

// ---------------------------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------------------------

/** Regional and platform admins write any actor of the region. */
export function canWriteAny(ctx: RegionContext): boolean {
  return can(ctx.role, "actors.write");
}

/** May this caller edit this actor? Admins: any; an institution editor: their own institution. */
export function canEditActor(ctx: RegionContext, actorId: string): boolean {
  return canWriteAny(ctx) || (can(ctx.role, "actors.writeOwn") && ctx.actorId === actorId);
}

function assertWriteAny(ctx: RegionContext) {
  if (!canWriteAny(ctx)) throw new ForbiddenError("actors.write");
}

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

export interface ActorListItem {
  id: string;
  name: string;
  acronym: string | null;
  helix: Helix;
  type: ActorType;
  ruc: string | null;
  provinceName: string | null;
  firmSize: FirmSize | null;
  archivedAt: Date | null;
  updatedAt: Date;
}

export interface ActorListPage {
  items: ActorListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * What an organisation search reads (the list's search and the pickers', lib/actors/options.ts):
 * the name, the acronym and the RUC of the actor aliased `a`, ignoring case and accents.
 */
export const ACTOR_SEARCH_COLUMNS = [Prisma.raw("a.name"), Prisma.raw("a.acronym"), Prisma.raw("a.ruc")];

/** Ids of the region's actors whose name, acronym or RUC contains the text (the list and its export). */
export async function searchActorIds(regionId: string, q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM "Actor" a
     WHERE a."regionId" = ${regionId}::uuid AND ${anyContains(ACTOR_SEARCH_COLUMNS, q)}`;
  return rows.map((r) => r.id);
}

/**
 * The list's filters (the same URL parameters for the page and its spreadsheet export). Archived
 * actors only when asked for and the caller may write; the text search through searchActorIds.
 */
export async function actorListWhere(ctx: RegionContext, query: ActorListQuery): Promise<Prisma.ActorWhereInput> {
  const showArchived = query.archived === "1" && canWriteAny(ctx);
  return {
    regionId: ctx.regionId,
    ...(showArchived ? {} : { archivedAt: null }),
    ...(query.helix ? { helix: query.helix } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.province ? { provinceId: query.province } : {}),
    ...(query.size ? { firmSize: query.size } : {}),
    ...(query.formality ? { formality: query.formality } : {}),
    ...(query.ciiu ? { ciiuCode: { startsWith: query.ciiu } } : {}),
    ...(query.q ? { id: { in: await searchActorIds(ctx.regionId, query.q) } } : {}),
  };
}

export async function listActors(ctx: RegionContext, query: ActorListQuery): Promise<ActorListPage> {
  const where = await actorListWhere(ctx, query);

  const orderBy: Prisma.ActorOrderByWithRelationInput[] =
    query.sort === "type"
      ? [{ type: "asc" }, { name: "asc" }, { id: "asc" }]
      : query.sort === "updated"
        ? [{ updatedAt: "desc" }, { id: "asc" }]
        : [{ name: "asc" }, { id: "asc" }];

  const total = await db.actor.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACTORS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.actor.findMany({
    where,
    orderBy,
    take: ACTORS_PER_PAGE,
    skip: (page - 1) * ACTORS_PER_PAGE,
    select: {
      id: true,
      name: true,
      acronym: true,
      helix: true,
      type: true,
      ruc: true,
      firmSize: true,
      archivedAt: true,
      updatedAt: true,
      province: { select: { name: true } },
    },
  });
  return {
    items: rows.map(({ province, ...r }) => ({ ...r, provinceName: province?.name ?? null })),
    total,
    page,
    pageCount,
  };
}

export interface Option {
  id: string;
  name: string;
}

export async function listProvinces(ctx: RegionContext): Promise<Option[]> {
  return db.province.findMany({ where: { regionId: ctx.regionId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

// ---------------------------------------------------------------------------------------------
// Detail
// ---------------------------------------------------------------------------------------------

const detailSelect = {
  id: true,
  name: true,
  acronym: true,
  helix: true,
  type: true,
  provinceId: true,
  parentId: true,
  ruc: true,
  ror: true,
  website: true,
  description: true,
  firmSize: true,
  formality: true,
  ciiuCode: true,
  ictAdoption: true,
  fictional: true,
  archivedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  province: { select: { id: true, name: true } },
  parent: { select: { id: true, name: true, regionId: true } },
} satisfies Prisma.ActorSelect;

export type ActorRecord = Prisma.ActorGetPayload<{ select: typeof detailSelect }>;

export interface ActorDetail extends ActorRecord {
  children: { id: string; name: string; archivedAt: Date | null }[];
  seats: { id: string; councilName: string; role: SeatRole; voting: boolean; startsOn: Date; endsOn: Date | null }[];
  projects: { id: string; title: string; role: ParticipantRole }[];
  agreements: { id: string; reference: string | null; text: string; dueOn: Date | null; status: AgreementStatus }[];
  cooperation: { id: string; kind: EvidenceKind; title: string; occurredOn: Date; documentUrl: string | null }[];
}

/** One actor of the region with everything linked to it. Another region's id → NotFoundError. */
export async function getActor(ctx: RegionContext, actorId: string): Promise<ActorDetail> {
  if (!isUuid(actorId)) throw new NotFoundError("actor");
  const actor = await db.actor.findFirst({ where: { id: actorId, regionId: ctx.regionId }, select: detailSelect });
  if (!actor) throw new NotFoundError("actor");
  const scope = { regionId: ctx.regionId, actorId };
  const [children, seats, projects, agreements, cooperation] = await Promise.all([
    db.actor.findMany({ where: { regionId: ctx.regionId, parentId: actorId }, select: { id: true, name: true, archivedAt: true }, orderBy: { name: "asc" } }),
    db.seat.findMany({
      where: scope,
      select: { id: true, role: true, voting: true, startsOn: true, endsOn: true, council: { select: { name: true } } },
      orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    }),
    db.projectParticipant.findMany({
      where: scope,
      select: { role: true, project: { select: { id: true, title: true } } },
      orderBy: [{ project: { title: "asc" } }],
    }),
    db.agreement.findMany({
      where: { regionId: ctx.regionId, ownerActorId: actorId },
      select: { id: true, reference: true, text: true, dueOn: true, status: true },
      orderBy: [{ dueOn: "desc" }, { id: "asc" }],
    }),
    db.cooperationParty.findMany({
      where: scope,
      select: { evidence: { select: { id: true, kind: true, title: true, occurredOn: true, documentUrl: true } } },
      orderBy: [{ evidence: { occurredOn: "desc" } }],
    }),
  ]);
  return {
    ...actor,
    // A parent outside the region is never shown (it cannot happen through the forms).
    parent: actor.parent && actor.parent.regionId === ctx.regionId ? actor.parent : null,
    children,
    seats: seats.map(({ council, ...s }) => ({ ...s, councilName: council.name })),
    projects: projects.map((p) => ({ id: p.project.id, title: p.project.title, role: p.role })),
    agreements,
    cooperation: cooperation.map((c) => c.evidence),
  };
}

/**
 * The actor's units, their units and so on (by parentId, in the region): none of them may become
 * its parent, so the edit form does not offer them. The save checks the cycle again.
 */
export async function listUnitIds(ctx: RegionContext, actorId: string): Promise<string[]> {
  if (!isUuid(actorId)) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE unit AS (
      SELECT id FROM "Actor" WHERE "regionId" = ${ctx.regionId}::uuid AND "parentId" = ${actorId}::uuid
      UNION
      SELECT a.id FROM "Actor" a JOIN unit u ON a."parentId" = u.id WHERE a."regionId" = ${ctx.regionId}::uuid
    )
    SELECT id::text AS id FROM unit`;
  return rows.map((r) => r.id);
}

/** The actor as its edit form needs it; only for callers who may edit it. */
export async function getActorForEdit(ctx: RegionContext, actorId: string): Promise<ActorRecord> {
  if (!isUuid(actorId) || !canEditActor(ctx, actorId)) throw new NotFoundError("actor");
  const actor = await db.actor.findFirst({ where: { id: actorId, regionId: ctx.regionId, archivedAt: null }, select: detailSelect });
  if (!actor) throw new NotFoundError("actor");
  return actor;
}

// ---------------------------------------------------------------------------------------------
// Duplicates
// ---------------------------------------------------------------------------------------------

export interface DuplicateCandidate {
  id: string;
  name: string;
  ruc: string | null;
  reason: "ruc" | "name";
  archived: boolean;
}

/**
 * Likely duplicates in the region: the same RUC, or the same normalised name (Actor.nameKey).
 * Both are indexed, so the check reads only the matches, whatever the region's size. Rows whose
 * key is not computed yet (see the column) are read too, keyed here and stored, so each region
 * pays that once. Storing a derived column is not a change anyone made: no audit entry, no new
 * version, like the metrics cache.
 */
export async function findDuplicates(
  ctx: RegionContext,
  input: { name: string; ruc: string | null },
  excludeId: string | null = null,
): Promise<DuplicateCandidate[]> {
  const key = normaliseActorName(input.name);
  const rows = await db.actor.findMany({
    where: {
      regionId: ctx.regionId,
      ...(excludeId ? { id: { not: excludeId } } : {}),
      OR: [{ nameKey: null }, ...(key ? [{ nameKey: key }] : []), ...(input.ruc ? [{ ruc: input.ruc }] : [])],
    },
    select: { id: true, name: true, nameKey: true, ruc: true, archivedAt: true },
  });
  const unkeyed = rows.filter((r) => r.nameKey === null).map((r) => ({ id: r.id, key: normaliseActorName(r.name) }));
  if (unkeyed.length) await storeNameKeys(ctx.regionId, unkeyed);
  const keyOf = new Map(unkeyed.map((u) => [u.id, u.key]));

  const out: DuplicateCandidate[] = [];
  for (const r of rows) {
    if (input.ruc && r.ruc === input.ruc) out.push({ id: r.id, name: r.name, ruc: r.ruc, reason: "ruc", archived: !!r.archivedAt });
    else if (key && (r.nameKey ?? keyOf.get(r.id)) === key) out.push({ id: r.id, name: r.name, ruc: r.ruc, reason: "name", archived: !!r.archivedAt });
  }
  return out.slice(0, 10);
}

/**
 * Stores computed name keys in one statement. Only still-missing keys are written: a save that
 * changed the name meanwhile wrote its own key, which must not be overwritten with the old one.
 */
export async function storeNameKeys(regionId: string, keys: { id: string; key: string }[]): Promise<void> {
  await db.$executeRaw`
    UPDATE "Actor" a SET "nameKey" = u.key
      FROM unnest(${keys.map((k) => k.id)}::uuid[], ${keys.map((k) => k.key)}::text[]) AS u(id, key)
     WHERE a.id = u.id AND a."regionId" = ${regionId}::uuid AND a."nameKey" IS NULL`;
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

export type WriteResult =
  | { kind: "saved"; id: string; version: number }
  | { kind: "duplicates"; duplicates: DuplicateCandidate[] };

type ActorData = Omit<CreateActorInput, "confirmDuplicate">;

function dataOf(input: CreateActorInput | UpdateActorInput): ActorData {
  return {
    name: input.name,
    acronym: input.acronym,
    helix: input.helix,
    type: input.type,
    provinceId: input.provinceId,
    parentId: input.parentId,
    ruc: input.ruc,
    ror: input.ror,
    website: input.website,
    description: input.description,
    firmSize: input.firmSize,
    formality: input.formality,
    ciiuCode: input.ciiuCode,
    ictAdoption: input.ictAdoption,
  };
}

const auditSelect = {
  name: true,
  acronym: true,
  helix: true,
  type: true,
  provinceId: true,
  parentId: true,
  ruc: true,
  ror: true,
  website: true,
  description: true,
  firmSize: true,
  formality: true,
  ciiuCode: true,
  ictAdoption: true,
  archivedAt: true,
} satisfies Prisma.ActorSelect;

/**
 * The province and parent must be the region's; the parent live (an archived one only if it is
 * already the parent) and never the actor itself or its descendant.
 */
async function checkReferences(tx: Tx, ctx: RegionContext, data: ActorData, self: { id: string; parentId: string | null } | null) {
  const selfId = self?.id ?? null;
  const fieldErrors: Record<string, string[]> = {};
  if (data.provinceId) {
    const p = await tx.province.findFirst({ where: { id: data.provinceId, regionId: ctx.regionId }, select: { id: true } });
    if (!p) fieldErrors.provinceId = ["actors.invalidChoice"];
  }
  if (data.parentId) {
    if (data.parentId === selfId) fieldErrors.parentId = ["actors.parentCycle"];
    else {
      const p = await tx.actor.findFirst({ where: { id: data.parentId, regionId: ctx.regionId }, select: { archivedAt: true } });
      if (!p || (p.archivedAt && data.parentId !== self?.parentId)) fieldErrors.parentId = ["actors.invalidChoice"];
      else if (selfId) {
        // Walk up from the chosen parent: meeting the actor itself would make a cycle.
        let cursor: string | null = data.parentId;
        for (let i = 0; cursor && i < 50; i++) {
          if (cursor === selfId) {
            fieldErrors.parentId = ["actors.parentCycle"];
            break;
          }
          const row: { parentId: string | null } | null = await tx.actor.findFirst({ where: { id: cursor, regionId: ctx.regionId }, select: { parentId: true } });
          cursor = row?.parentId ?? null;
        }
      }
    }
  }
  if (Object.keys(fieldErrors).length) throw new InvalidInputError("invalidForm", fieldErrors);
}

/** Creates an actor. Admins only. Likely duplicates are returned, not saved, unless confirmed. */
export async function createActor(ctx: RegionContext, input: CreateActorInput): Promise<WriteResult> {
  assertWriteAny(ctx);
  const data = dataOf(input);
  if (!input.confirmDuplicate) {
    const duplicates = await findDuplicates(ctx, data);
    if (duplicates.length) return { kind: "duplicates", duplicates };
  }
  return db.$transaction(async (tx) => {
    await checkReferences(tx, ctx, data, null);
    const created = await tx.actor.create({ data: { ...data, nameKey: normaliseActorName(data.name), regionId: ctx.regionId }, select: { id: true, version: true, ...auditSelect } });
    const { id, version, ...after } = created;
    await recordAudit(tx, { userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip }, { action: "CREATE", entity: "Actor", entityId: id, after });
    return { kind: "saved" as const, id, version };
  });
}

/**
 * Updates an actor at the version the form loaded. Someone else saved first → ConflictError,
 * and nothing is written. An institution editor may edit only their own institution.
 */
export async function updateActor(ctx: RegionContext, input: UpdateActorInput): Promise<WriteResult> {
  if (!canEditActor(ctx, input.actorId)) throw new NotFoundError("actor");
  const data = dataOf(input);
  if (!input.confirmDuplicate) {
    const duplicates = await findDuplicates(ctx, data, input.actorId);
    if (duplicates.length) return { kind: "duplicates", duplicates };
  }
  return db.$transaction(async (tx) => {
    const before = await tx.actor.findFirst({ where: { id: input.actorId, regionId: ctx.regionId }, select: { version: true, ...auditSelect } });
    if (!before || before.archivedAt) throw new NotFoundError("actor");
    await checkReferences(tx, ctx, data, { id: input.actorId, parentId: before.parentId });
    const { count } = await tx.actor.updateMany({
      where: { id: input.actorId, regionId: ctx.regionId, version: input.version, archivedAt: null },
      data: { ...data, nameKey: normaliseActorName(data.name), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(before.version);
    const { version: _v, ...beforeFields } = before;
    await recordAudit(
      tx,
      { userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip },
      { action: "UPDATE", entity: "Actor", entityId: input.actorId, before: beforeFields, after: { ...beforeFields, ...data } },
    );
    return { kind: "saved" as const, id: input.actorId, version: input.version + 1 };
  });
}

async function setArchived(ctx: RegionContext, input: ArchiveActorInput, archive: boolean): Promise<{ id: string; version: number }> {
  assertWriteAny(ctx);
  return db.$transaction(async (tx) => {
    const before = await tx.actor.findFirst({ where: { id: input.actorId, regionId: ctx.regionId }, select: { version: true, archivedAt: true } });
    if (!before) throw new NotFoundError("actor");
    const archivedAt = archive ? new Date() : null;
    const { count } = await tx.actor.updateMany({
      where: { id: input.actorId, regionId: ctx.regionId, version: input.version, archivedAt: archive ? null : { not: null } },
      data: { archivedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(before.version);
    await recordAudit(
      tx,
      { userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip },
      { action: archive ? "ARCHIVE" : "RESTORE", entity: "Actor", entityId: input.actorId, before: { archivedAt: before.archivedAt }, after: { archivedAt } },
    );
    return { id: input.actorId, version: input.version + 1 };
  });
}

export const archiveActor = (ctx: RegionContext, input: ArchiveActorInput) => setArchived(ctx, input, true);
export const restoreActor = (ctx: RegionContext, input: ArchiveActorInput) => setArchived(ctx, input, false);

/** The record as it is now, for a conflict: the form shows it next to what the user typed. */
export async function currentActorValues(ctx: RegionContext, actorId: string): Promise<Record<string, unknown> | null> {
  const row = await db.actor.findFirst({
    where: { id: actorId, regionId: ctx.regionId },
    select: { version: true, updatedAt: true, ...auditSelect, province: { select: { name: true } }, parent: { select: { name: true } } },
  });
  if (!row) return null;
  const { province, parent, updatedAt, archivedAt, ...rest } = row;
  return {
    ...rest,
    provinceName: province?.name ?? null,
    parentName: parent?.name ?? null,
    archived: !!archivedAt,
    updatedAt: updatedAt.toISOString(),
  };
}

export type { FirmSize, Formality, IctAdoption };
