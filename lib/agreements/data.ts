import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { formatIsoDay, todayInLima } from "@/lib/dates";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { assertWriteCouncil, auditActor, isOverdue, overdueWhere, quorumInTransaction } from "@/lib/meetings/data";
import { limaDayOf } from "@/lib/meetings/schema";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { agreementReferenceKey, AGREEMENTS_PER_PAGE, type AdoptAgreementInput, type AgreementListQuery, type AgreementNoteInput, type UpdateAgreementInput } from "./schema";
import { isUuid } from "@/lib/validation/identifiers";

// A council's agreements (acuerdos): adopted at a held meeting that reached quorum, owned by an
// institution of the region, followed up with notes until done or dropped. Every query is scoped
// by the verified `ctx.regionId`; writes and their audit entries share one transaction; edits
// carry the version the form loaded.
//
// Rules:
//   - adopted only at a held meeting whose attendance reached quorum (a council without quorum
//     decides nothing);
//   - the due date, if any, is not before the meeting day; an agreement is overdue when its due
//     date has passed (Lima's today) and it is still pending or in progress;
//   - a reference ("ACU-2026-03") is unique within its council;
//   - status done records the day it was completed (today unless given; never before the
//     meeting, never in the future); any other status clears it.

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

export interface AgreementListItem {
  id: string;
  reference: string | null;
  text: string;
  status: AgreementStatus;
  dueOn: Date | null;
  completedOn: Date | null;
  ownerName: string;
  meetingId: string;
  meetingTitle: string;
  meetingAt: Date;
  overdue: boolean;
}

export interface AgreementListPage {
  items: AgreementListItem[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listAgreements(ctx: RegionContext, query: AgreementListQuery, today: Date = todayInLima()): Promise<AgreementListPage> {
  const where: Prisma.AgreementWhereInput = {
    regionId: ctx.regionId,
    ...(query.view === "overdue" ? overdueWhere(today) : {}),
    // With the overdue view too: "overdue and in progress" narrows it further.
    ...(query.status ? { AND: [{ status: query.status }] } : {}),
  };
  // The overdue view reads most urgent first; the register, latest meeting first.
  const orderBy: Prisma.AgreementOrderByWithRelationInput[] =
    query.view === "overdue"
      ? [{ dueOn: "asc" }, { reference: "asc" }, { id: "asc" }]
      : [{ meeting: { scheduledAt: "desc" } }, { reference: "asc" }, { id: "asc" }];
  const total = await db.agreement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AGREEMENTS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.agreement.findMany({
    where,
    orderBy,
    take: AGREEMENTS_PER_PAGE,
    skip: (page - 1) * AGREEMENTS_PER_PAGE,
    select: {
      id: true,
      reference: true,
      text: true,
      status: true,
      dueOn: true,
      completedOn: true,
      owner: { select: { name: true, acronym: true } },
      meeting: { select: { id: true, title: true, scheduledAt: true } },
    },
  });
  return {
    items: rows.map(({ owner, meeting, ...a }) => ({
      ...a,
      ownerName: owner.acronym ?? owner.name,
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingAt: meeting.scheduledAt,
      overdue: isOverdue(a, today),
    })),
    total,
    page,
    pageCount,
  };
}

// ---------------------------------------------------------------------------------------------
// Detail
// ---------------------------------------------------------------------------------------------

const agreementSelect = {
  id: true,
  councilId: true,
  reference: true,
  text: true,
  ownerActorId: true,
  dueOn: true,
  status: true,
  completedOn: true,
  version: true,
  updatedAt: true,
  owner: { select: { id: true, name: true, acronym: true } },
  meeting: { select: { id: true, title: true, scheduledAt: true } },
  council: { select: { name: true, acronym: true } },
} satisfies Prisma.AgreementSelect;

export type AgreementRecord = Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>;

export interface AgreementNoteView {
  id: string;
  body: string;
  createdAt: Date;
  /** The author's name; null when unknown (seeded history) or the caller may not read names. */
  authorName: string | null;
}

export interface AgreementDetail extends AgreementRecord {
  overdue: boolean;
  notes: AgreementNoteView[];
}

/** One agreement of the region with its notes in the order they were written. */
export async function getAgreement(ctx: RegionContext, agreementId: string, today: Date = todayInLima()): Promise<AgreementDetail> {
  if (!isUuid(agreementId)) throw new NotFoundError("agreement");
  const agreement = await db.agreement.findFirst({ where: { id: agreementId, regionId: ctx.regionId }, select: agreementSelect });
  if (!agreement) throw new NotFoundError("agreement");
  const withNames = can(ctx.role, "people.read");
  const notes = await db.agreementNote.findMany({
    where: { regionId: ctx.regionId, agreementId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return {
    ...agreement,
    overdue: isOverdue(agreement, today),
    notes: notes.map(({ author, ...n }) => ({ ...n, authorName: withNames ? (author?.name ?? null) : null })),
  };
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

const auditSelect = { reference: true, text: true, ownerActorId: true, dueOn: true, status: true, completedOn: true } satisfies Prisma.AgreementSelect;

/** The owner must be an institution of the region; an archived one only if it already owns it. */
async function checkOwner(tx: Tx, ctx: RegionContext, ownerActorId: string, currentOwner: string | null) {
  const owner = await tx.actor.findFirst({ where: { id: ownerActorId, regionId: ctx.regionId }, select: { archivedAt: true } });
  if (!owner || (owner.archivedAt && ownerActorId !== currentOwner)) throw new InvalidInputError("invalidForm", { ownerActorId: ["agreements.invalidOwner"] });
}

/**
 * A reference is unique within the council (empty references may repeat): checked here for a
 * clear message, and held by the unique index on referenceKey when two saves race (saveOrTaken).
 */
async function checkReference(tx: Tx, ctx: RegionContext, councilId: string, reference: string | null, selfId: string | null) {
  const referenceKey = agreementReferenceKey(reference);
  if (!referenceKey) return;
  const taken = await tx.agreement.findFirst({
    where: { regionId: ctx.regionId, councilId, referenceKey, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true },
  });
  if (taken) throw referenceTaken();
}

const referenceTaken = () => new InvalidInputError("invalidForm", { reference: ["agreements.referenceTaken"] });

/** Runs a write whose reference another save may have taken since checkReference looked. */
async function saveOrTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw referenceTaken();
    throw error;
  }
}

function checkDue(dueOn: Date | null, meetingDay: Date) {
  if (dueOn && dueOn.getTime() < meetingDay.getTime()) throw new InvalidInputError("invalidForm", { dueOn: ["agreements.dueBeforeMeeting"] });
}

export async function adoptAgreement(ctx: RegionContext, input: AdoptAgreementInput): Promise<{ id: string }> {
  assertWriteCouncil(ctx);
  return saveOrTaken(() => db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, regionId: ctx.regionId },
      select: { id: true, councilId: true, status: true, scheduledAt: true },
    });
    if (!meeting) throw new NotFoundError("meeting");
    if (meeting.status !== "HELD") throw new InvalidInputError("agreements.meetingNotHeld");
    if (!(await quorumInTransaction(tx, ctx.regionId, meeting.id)).reached) throw new InvalidInputError("agreements.noQuorum");
    checkDue(input.dueOn, limaDayOf(meeting.scheduledAt));
    await checkOwner(tx, ctx, input.ownerActorId, null);
    await checkReference(tx, ctx, meeting.councilId, input.reference, null);
    const data = { reference: input.reference, text: input.text, ownerActorId: input.ownerActorId, dueOn: input.dueOn };
    const created = await tx.agreement.create({
      data: { ...data, referenceKey: agreementReferenceKey(data.reference), regionId: ctx.regionId, councilId: meeting.councilId, meetingId: meeting.id },
      select: { id: true, ...auditSelect },
    });
    const { id, ...after } = created;
    await recordAudit(tx, auditActor(ctx), { action: "CREATE", entity: "Agreement", entityId: id, after: { meetingId: meeting.id, ...after } });
    return { id };
  }));
}

export async function updateAgreement(ctx: RegionContext, input: UpdateAgreementInput, today: Date = todayInLima()): Promise<void> {
  assertWriteCouncil(ctx);
  await saveOrTaken(() => db.$transaction(async (tx) => {
    const row = await tx.agreement.findFirst({
      where: { id: input.agreementId, regionId: ctx.regionId },
      select: { version: true, councilId: true, meeting: { select: { scheduledAt: true } }, ...auditSelect },
    });
    if (!row) throw new NotFoundError("agreement");
    if (row.version !== input.version) throw new ConflictError(row.version);
    const { version: _v, councilId, meeting, ...before } = row;
    const meetingDay = limaDayOf(meeting.scheduledAt);
    checkDue(input.dueOn, meetingDay);
    let completedOn: Date | null = null;
    if (input.status === "DONE") {
      completedOn = input.completedOn ?? before.completedOn ?? today;
      if (completedOn.getTime() < meetingDay.getTime()) throw new InvalidInputError("invalidForm", { completedOn: ["agreements.completedBeforeMeeting"] });
      if (completedOn.getTime() > today.getTime()) throw new InvalidInputError("invalidForm", { completedOn: ["agreements.completedInFuture"] });
    }
    await checkOwner(tx, ctx, input.ownerActorId, before.ownerActorId);
    await checkReference(tx, ctx, councilId, input.reference, input.agreementId);
    const data = { reference: input.reference, text: input.text, ownerActorId: input.ownerActorId, dueOn: input.dueOn, status: input.status, completedOn };
    const { count } = await tx.agreement.updateMany({
      where: { id: input.agreementId, regionId: ctx.regionId, version: input.version },
      data: { ...data, referenceKey: agreementReferenceKey(data.reference), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(null);
    await recordAudit(tx, auditActor(ctx), { action: "UPDATE", entity: "Agreement", entityId: input.agreementId, before, after: data });
  }));
}

/** Appends a follow-up note written by the caller. Notes are never edited: they are the record. */
export async function addAgreementNote(ctx: RegionContext, input: AgreementNoteInput): Promise<{ id: string }> {
  assertWriteCouncil(ctx);
  return db.$transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({ where: { id: input.agreementId, regionId: ctx.regionId }, select: { id: true } });
    if (!agreement) throw new NotFoundError("agreement");
    const note = await tx.agreementNote.create({
      data: { regionId: ctx.regionId, agreementId: agreement.id, authorUserId: ctx.userId, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, auditActor(ctx), {
      action: "CREATE",
      entity: "AgreementNote",
      entityId: note.id,
      after: { agreementId: agreement.id, body: input.body },
    });
    return note;
  });
}

/** The record as it is now, for a conflict: the form shows it next to what the user typed. */
export async function currentAgreementValues(ctx: RegionContext, agreementId: string): Promise<Record<string, unknown> | null> {
  const row = await db.agreement.findFirst({
    where: { id: agreementId, regionId: ctx.regionId },
    select: { version: true, updatedAt: true, ...auditSelect, owner: { select: { name: true } } },
  });
  if (!row) return null;
  const { owner, ownerActorId: _o, dueOn, completedOn, updatedAt, ...rest } = row;
  return { ...rest, ownerName: owner.name, dueOn: formatIsoDay(dueOn), completedOn: formatIsoDay(completedOn), updatedAt: updatedAt.toISOString() };
}
