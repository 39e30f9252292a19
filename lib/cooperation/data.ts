import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { formatIsoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { EVIDENCE_PER_PAGE, type CreateEvidenceInput, type DeleteEvidenceInput, type EvidenceListQuery, type UpdateEvidenceInput } from "./schema";
import { isUuid } from "@/lib/validation/identifiers";

// Cooperation evidence of one region: signed convenios and joint events between actors, the raw
// material of the cooperation network. Every read and write is scoped by the verified
// `ctx.regionId`; another region's evidence id answers exactly like a missing one. Writes and
// their audit entries share one transaction.
//
// Parties. The schema lets a party be any actor (CooperationParty.actorId references Actor.id
// alone; its regionId is the evidence's region), and the demo data has a few parties from the
// other pilot region. The forms, though, offer and accept only the region's own actors: a
// region's users cannot see another region's registry, so they could neither choose nor check
// such an actor. A party from elsewhere already on a record is shown (without a link) and kept
// when the record is edited, so an edit never silently drops it.

export function canWriteCooperation(ctx: RegionContext): boolean {
  return can(ctx.role, "cooperation.write");
}

function assertWrite(ctx: RegionContext) {
  if (!canWriteCooperation(ctx)) throw new ForbiddenError("cooperation.write");
}

export interface EvidenceParty {
  id: string;
  name: string;
  acronym: string | null;
  /** False for an actor of another region (demo data): shown without a link. */
  ownRegion: boolean;
}

const partySelect = {
  actor: { select: { id: true, name: true, acronym: true, regionId: true } },
} satisfies Prisma.CooperationPartySelect;

function partiesOf(ctx: RegionContext, rows: { actor: { id: string; name: string; acronym: string | null; regionId: string } }[]): EvidenceParty[] {
  return rows
    .map(({ actor }) => ({ id: actor.id, name: actor.name, acronym: actor.acronym, ownRegion: actor.regionId === ctx.regionId }))
    .sort((a, b) => a.name.localeCompare(b.name, "es"));
}

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

export interface EvidenceListItem {
  id: string;
  kind: EvidenceKind;
  title: string;
  occurredOn: Date;
  validUntil: Date | null;
  documentUrl: string | null;
  parties: EvidenceParty[];
}

export interface EvidenceListPage {
  items: EvidenceListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/** Newest first (by date, then by id so pages never overlap), 25 a page, filtered in SQL. */
export async function listEvidence(ctx: RegionContext, query: EvidenceListQuery): Promise<EvidenceListPage> {
  const where: Prisma.CooperationEvidenceWhereInput = {
    regionId: ctx.regionId,
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.year ? { occurredOn: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } } : {}),
    ...(query.actor ? { parties: { some: { regionId: ctx.regionId, actorId: query.actor } } } : {}),
  };
  const total = await db.cooperationEvidence.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / EVIDENCE_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.cooperationEvidence.findMany({
    where,
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take: EVIDENCE_PER_PAGE,
    skip: (page - 1) * EVIDENCE_PER_PAGE,
    select: {
      id: true,
      kind: true,
      title: true,
      occurredOn: true,
      validUntil: true,
      documentUrl: true,
      parties: { select: partySelect },
    },
  });
  return { items: rows.map((r) => ({ ...r, parties: partiesOf(ctx, r.parties) })), total, page, pageCount };
}

/** The years that have evidence, newest first, for the year filter (one GROUP BY). */
export async function listEvidenceYears(ctx: RegionContext): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>(Prisma.sql`
    SELECT extract(year FROM "occurredOn")::int AS year FROM "CooperationEvidence"
    WHERE "regionId" = ${ctx.regionId}::uuid
    GROUP BY 1 ORDER BY 1 DESC`);
  return rows.map((r) => r.year);
}

// ---------------------------------------------------------------------------------------------
// Detail
// ---------------------------------------------------------------------------------------------

export interface EvidenceDetail extends EvidenceListItem {
  description: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One evidence of the region with its parties. Another region's id → NotFoundError. */
export async function getEvidence(ctx: RegionContext, evidenceId: string): Promise<EvidenceDetail> {
  if (!isUuid(evidenceId)) throw new NotFoundError("evidence");
  const row = await db.cooperationEvidence.findFirst({
    where: { id: evidenceId, regionId: ctx.regionId },
    select: {
      id: true,
      kind: true,
      title: true,
      occurredOn: true,
      validUntil: true,
      documentUrl: true,
      description: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      parties: { select: partySelect },
    },
  });
  if (!row) throw new NotFoundError("evidence");
  return { ...row, parties: partiesOf(ctx, row.parties) };
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

type EvidenceData = Omit<CreateEvidenceInput, "actorIds">;

function dataOf(input: CreateEvidenceInput | UpdateEvidenceInput): EvidenceData {
  return {
    kind: input.kind,
    title: input.title,
    occurredOn: input.occurredOn,
    validUntil: input.validUntil,
    documentUrl: input.documentUrl,
    description: input.description,
  };
}

const auditSelect = { kind: true, title: true, occurredOn: true, validUntil: true, documentUrl: true, description: true } satisfies Prisma.CooperationEvidenceSelect;

/**
 * Every party must be an actor of the region that is not archived, or already be a party of this
 * record (`kept`): an archived or other-region party stays, but none can be added.
 */
async function checkParties(tx: Tx, ctx: RegionContext, actorIds: string[], kept: readonly string[]) {
  const candidates = actorIds.filter((id) => !kept.includes(id));
  if (candidates.length === 0) return;
  const found = await tx.actor.count({ where: { id: { in: candidates }, regionId: ctx.regionId, archivedAt: null } });
  if (found !== candidates.length) throw new InvalidInputError("invalidForm", { actorIds: ["cooperation.partyInvalid"] });
}

const who = (ctx: RegionContext) => ({ userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip });

/** Records an evidence with its parties. */
export async function createEvidence(ctx: RegionContext, input: CreateEvidenceInput): Promise<{ id: string; version: number }> {
  assertWrite(ctx);
  const data = dataOf(input);
  return db.$transaction(async (tx) => {
    await checkParties(tx, ctx, input.actorIds, []);
    const { id, version } = await tx.cooperationEvidence.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true, version: true } });
    await tx.cooperationParty.createMany({ data: input.actorIds.map((actorId) => ({ regionId: ctx.regionId, evidenceId: id, actorId })) });
    await recordAudit(tx, who(ctx), {
      action: "CREATE",
      entity: "CooperationEvidence",
      entityId: id,
      after: { ...data, actorIds: [...input.actorIds].sort() },
    });
    return { id, version };
  });
}

/** The record and its sorted party ids, read inside the writing transaction. */
async function loadForWrite(tx: Tx, ctx: RegionContext, evidenceId: string) {
  const row = await tx.cooperationEvidence.findFirst({
    where: { id: evidenceId, regionId: ctx.regionId },
    select: { version: true, ...auditSelect, parties: { select: { actorId: true } } },
  });
  if (!row) throw new NotFoundError("evidence");
  const { parties, version, ...fields } = row;
  return { version, fields, actorIds: parties.map((p) => p.actorId).sort() };
}

/**
 * Saves an evidence at the version the form loaded. Someone else saved first → ConflictError and
 * nothing is written. The parties are replaced by the submitted set.
 */
export async function updateEvidence(ctx: RegionContext, input: UpdateEvidenceInput): Promise<{ id: string; version: number }> {
  assertWrite(ctx);
  const data = dataOf(input);
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, input.evidenceId);
    await checkParties(tx, ctx, input.actorIds, before.actorIds);
    const { count } = await tx.cooperationEvidence.updateMany({
      where: { id: input.evidenceId, regionId: ctx.regionId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(before.version);
    const actorIds = [...input.actorIds].sort();
    await tx.cooperationParty.deleteMany({ where: { regionId: ctx.regionId, evidenceId: input.evidenceId, actorId: { notIn: actorIds } } });
    await tx.cooperationParty.createMany({
      data: actorIds.map((actorId) => ({ regionId: ctx.regionId, evidenceId: input.evidenceId, actorId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, who(ctx), {
      action: "UPDATE",
      entity: "CooperationEvidence",
      entityId: input.evidenceId,
      before: { ...before.fields, actorIds: before.actorIds },
      after: { ...data, actorIds },
    });
    return { id: input.evidenceId, version: input.version + 1 };
  });
}

/** Deletes an evidence (its parties go with it) at the version shown; the trail keeps what it was. */
export async function deleteEvidence(ctx: RegionContext, input: DeleteEvidenceInput): Promise<void> {
  assertWrite(ctx);
  await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, input.evidenceId);
    const { count } = await tx.cooperationEvidence.deleteMany({ where: { id: input.evidenceId, regionId: ctx.regionId, version: input.version } });
    if (count === 0) throw new ConflictError(before.version);
    await recordAudit(tx, who(ctx), {
      action: "DELETE",
      entity: "CooperationEvidence",
      entityId: input.evidenceId,
      before: { ...before.fields, actorIds: before.actorIds },
    });
  });
}

/** The record as it is now, for a conflict: the form shows it next to what the user typed. */
export async function currentEvidenceValues(ctx: RegionContext, evidenceId: string): Promise<Record<string, unknown> | null> {
  const row = await getEvidence(ctx, evidenceId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!row) return null;
  return {
    kind: row.kind,
    title: row.title,
    occurredOn: formatIsoDay(row.occurredOn),
    validUntil: formatIsoDay(row.validUntil),
    documentUrl: row.documentUrl,
    description: row.description,
    parties: row.parties.map((p) => p.name).join("; "),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
