import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { addDays, formatIsoDay } from "@/lib/dates";
import type {
  CreateCouncilInput,
  CreateDelegationInput,
  CreateSeatInput,
  EndDelegationInput,
  EndSeatInput,
  UpdateCouncilInput,
  UpdateDelegationInput,
  UpdateSeatInput,
} from "./schema";
import { isUuid } from "@/lib/validation/identifiers";

// Council administration: the council's record, its seats and the delegations to them, for
// callers holding `council.write`. Every query is scoped by the verified `ctx.regionId`, so
// another region's council, seat or delegation answers exactly like a missing one. Each write
// runs in one transaction with its audit entries, at the version the form loaded (someone saved
// first → ConflictError, nothing written).
//
// Rules that need the database throw InvalidInputError with keys under `validation.council.*`:
//   - a region has at most one council that is not dissolved;
//   - a seat goes to an actor of the region that is not archived; one president at a time (the
//     periods of two PRESIDENT seats of a council never overlap);
//   - a delegation's term lies within its seat's period, and the terms of one seat never overlap;
//     the holder and substitute are people of the region, and not the same person.
// Every transaction starts by locking the region's row: the checks above then see every
// concurrent write of the region, and the lock order (region first) cannot deadlock with the
// audit's own update of that row at the end.

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

export function canWriteCouncil(ctx: RegionContext): boolean {
  return can(ctx.role, "council.write");
}

function assertWrite(ctx: RegionContext) {
  if (!canWriteCouncil(ctx)) throw new ForbiddenError("council.write");
}

/** Reads that return people's names need `people.read` too (today every writer holds it). */
function assertWriteWithPeople(ctx: RegionContext) {
  assertWrite(ctx);
  if (!can(ctx.role, "people.read")) throw new ForbiddenError("people.read");
}

/** An id from the URL that is not a uuid is simply not found (the column would reject it). */
function assertUuid(value: string, entity: string) {
  if (!isUuid(value)) throw new NotFoundError(entity);
}

async function lockRegion(tx: Tx, ctx: RegionContext) {
  await tx.$queryRaw`select id from "Region" where id = ${ctx.regionId}::uuid for no key update`;
}

function invalid(fieldErrors: Record<string, string[]>): never {
  throw new InvalidInputError("invalidForm", fieldErrors);
}

async function audit(tx: Tx, ctx: RegionContext, action: AuditAction, entity: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  await recordAudit(tx, { userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip }, { action, entity, entityId, before, after });
}

const personName = (p: { givenNames: string; familyNames: string }) => `${p.givenNames} ${p.familyNames}`;
const actorLabel = (a: { name: string; acronym: string | null }) => (a.acronym ? `${a.name} (${a.acronym})` : a.name);

// ---------------------------------------------------------------------------------------------
// Council
// ---------------------------------------------------------------------------------------------

const councilSelect = {
  name: true,
  acronym: true,
  kind: true,
  status: true,
  ordinanceNumber: true,
  ordinanceDate: true,
  legalBasisUrl: true,
  establishedOn: true,
  annualBudget: true,
  budgetCurrency: true,
  staffCount: true,
  quorumNumerator: true,
  quorumDenominator: true,
} satisfies Prisma.CouncilSelect;

export interface CouncilFormValues {
  id: string;
  version: number;
  name: string;
  acronym: string | null;
  kind: string;
  status: string;
  ordinanceNumber: string | null;
  ordinanceDate: string | null;
  legalBasisUrl: string | null;
  establishedOn: string | null;
  annualBudget: string | null;
  budgetCurrency: string;
  staffCount: number | null;
  quorumNumerator: number;
  quorumDenominator: number;
}

function councilValues(row: Prisma.CouncilGetPayload<{ select: typeof councilSelect & { id: true; version: true } }>): CouncilFormValues {
  return {
    ...row,
    ordinanceDate: formatIsoDay(row.ordinanceDate),
    establishedOn: formatIsoDay(row.establishedOn),
    annualBudget: row.annualBudget?.toFixed(2) ?? null,
  };
}

/** The council as its form shows it (days as YYYY-MM-DD, the budget exact). Also the conflict view. */
export async function getCouncilForEdit(ctx: RegionContext, councilId: string): Promise<CouncilFormValues> {
  assertWrite(ctx);
  assertUuid(councilId, "council");
  const row = await db.council.findFirst({ where: { id: councilId, regionId: ctx.regionId }, select: { id: true, version: true, ...councilSelect } });
  if (!row) throw new NotFoundError("council");
  return councilValues(row);
}

/** May a council be created here? Only while the region has none that is not dissolved. */
export async function canCreateCouncil(ctx: RegionContext): Promise<boolean> {
  if (!canWriteCouncil(ctx)) return false;
  return (await db.council.count({ where: { regionId: ctx.regionId, status: { not: "DISSOLVED" } } })) === 0;
}

type CouncilData = CreateCouncilInput;

function councilData(input: CreateCouncilInput | UpdateCouncilInput): CouncilData {
  return {
    name: input.name,
    acronym: input.acronym,
    kind: input.kind,
    status: input.status,
    ordinanceNumber: input.ordinanceNumber,
    ordinanceDate: input.ordinanceDate,
    legalBasisUrl: input.legalBasisUrl,
    establishedOn: input.establishedOn,
    annualBudget: input.annualBudget,
    budgetCurrency: input.budgetCurrency,
    staffCount: input.staffCount,
    quorumNumerator: input.quorumNumerator,
    quorumDenominator: input.quorumDenominator,
  };
}

async function assertNoOtherActiveCouncil(tx: Tx, ctx: RegionContext, data: CouncilData, selfId: string | null) {
  if (data.status === "DISSOLVED") return;
  const other = await tx.council.count({ where: { regionId: ctx.regionId, status: { not: "DISSOLVED" }, ...(selfId ? { id: { not: selfId } } : {}) } });
  if (other > 0) invalid({ status: ["council.anotherActiveCouncil"] });
}

export async function createCouncil(ctx: RegionContext, input: CreateCouncilInput): Promise<{ id: string }> {
  assertWrite(ctx);
  const data = councilData(input);
  return db.$transaction(async (tx) => {
    await lockRegion(tx, ctx);
    await assertNoOtherActiveCouncil(tx, ctx, data, null);
    const { id } = await tx.council.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true } });
    await audit(tx, ctx, "CREATE", "Council", id, null, data);
    return { id };
  });
}

export async function updateCouncil(ctx: RegionContext, input: UpdateCouncilInput): Promise<{ id: string; version: number }> {
  assertWrite(ctx);
  const data = councilData(input);
  return db.$transaction(async (tx) => {
    await lockRegion(tx, ctx);
    const before = await tx.council.findFirst({ where: { id: input.councilId, regionId: ctx.regionId }, select: { version: true, ...councilSelect } });
    if (!before) throw new NotFoundError("council");
    if (before.version !== input.version) throw new ConflictError(before.version);
    await assertNoOtherActiveCouncil(tx, ctx, data, input.councilId);
    const { count } = await tx.council.updateMany({
      where: { id: input.councilId, regionId: ctx.regionId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(before.version);
    const { version: _v, ...beforeFields } = before;
    await audit(tx, ctx, "UPDATE", "Council", input.councilId, beforeFields, { ...beforeFields, ...data });
    return { id: input.councilId, version: input.version + 1 };
  });
}

// ---------------------------------------------------------------------------------------------
// Seats
// ---------------------------------------------------------------------------------------------

export interface SeatHistoryRow {
  id: string;
  actorName: string;
  role: string;
  voting: boolean;
  startsOn: Date;
  endsOn: Date | null;
}

export interface CouncilSeats {
  council: { id: string; name: string; acronym: string | null };
  seats: SeatHistoryRow[];
}

/** Every seat the council ever had, current ones first: where an administrator finds any seat. */
export async function listCouncilSeats(ctx: RegionContext, councilId: string): Promise<CouncilSeats> {
  assertWrite(ctx);
  assertUuid(councilId, "council");
  const council = await db.council.findFirst({
    where: { id: councilId, regionId: ctx.regionId },
    select: {
      id: true,
      name: true,
      acronym: true,
      seats: {
        where: { regionId: ctx.regionId },
        select: { id: true, role: true, voting: true, startsOn: true, endsOn: true, actor: { select: { name: true, acronym: true } } },
        orderBy: [{ endsOn: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }, { id: "asc" }],
      },
    },
  });
  if (!council) throw new NotFoundError("council");
  const { seats, ...rest } = council;
  return { council: rest, seats: seats.map(({ actor, ...s }) => ({ ...s, actorName: actorLabel(actor) })) };
}

export interface SeatFormValues {
  id: string;
  version: number;
  councilId: string;
  councilName: string;
  actorId: string;
  actorName: string;
  role: string;
  voting: boolean;
  startsOn: string;
  endsOn: string | null;
}

export interface DelegationRow {
  id: string;
  version: number;
  personId: string;
  personName: string;
  substitutePersonId: string | null;
  substituteName: string | null;
  termStartsOn: string;
  termEndsOn: string;
  accreditation: string | null;
}

export interface SeatDetail {
  seat: SeatFormValues;
  /** Every term of the seat, latest first. */
  delegations: DelegationRow[];
}

const seatSelect = {
  id: true,
  version: true,
  councilId: true,
  actorId: true,
  role: true,
  voting: true,
  startsOn: true,
  endsOn: true,
  council: { select: { name: true } },
  actor: { select: { name: true, acronym: true } },
} satisfies Prisma.SeatSelect;

function seatValues(row: Prisma.SeatGetPayload<{ select: typeof seatSelect }>): SeatFormValues {
  const { council, actor, startsOn, endsOn, ...rest } = row;
  return { ...rest, councilName: council.name, actorName: actorLabel(actor), startsOn: formatIsoDay(startsOn), endsOn: formatIsoDay(endsOn) };
}

const delegationSelect = {
  id: true,
  version: true,
  personId: true,
  substitutePersonId: true,
  termStartsOn: true,
  termEndsOn: true,
  accreditation: true,
  person: { select: { givenNames: true, familyNames: true } },
  substitute: { select: { givenNames: true, familyNames: true } },
} satisfies Prisma.DelegationSelect;

function delegationValues(row: Prisma.DelegationGetPayload<{ select: typeof delegationSelect }>): DelegationRow {
  const { person, substitute, termStartsOn, termEndsOn, ...rest } = row;
  return {
    ...rest,
    personName: personName(person),
    substituteName: substitute ? personName(substitute) : null,
    termStartsOn: formatIsoDay(termStartsOn),
    termEndsOn: formatIsoDay(termEndsOn),
  };
}

/** A seat with its delegations (names: every `council.write` role also holds `people.read`). */
export async function getSeatDetail(ctx: RegionContext, seatId: string): Promise<SeatDetail> {
  assertWriteWithPeople(ctx);
  assertUuid(seatId, "seat");
  const seat = await db.seat.findFirst({ where: { id: seatId, regionId: ctx.regionId }, select: seatSelect });
  if (!seat) throw new NotFoundError("seat");
  const delegations = await db.delegation.findMany({
    where: { seatId, regionId: ctx.regionId },
    select: delegationSelect,
    orderBy: [{ termStartsOn: "desc" }, { id: "asc" }],
  });
  return { seat: seatValues(seat), delegations: delegations.map(delegationValues) };
}

/** The seat as it is now, for a conflict view. Null when it is gone (or another region's). */
export async function currentSeatValues(ctx: RegionContext, seatId: string): Promise<SeatFormValues | null> {
  const seat = await db.seat.findFirst({ where: { id: seatId, regionId: ctx.regionId }, select: seatSelect });
  return seat ? seatValues(seat) : null;
}

interface SeatPeriod {
  councilId: string;
  role: string;
  startsOn: Date;
  endsOn: Date | null;
}

/** Half-open periods [startsOn, endsOn) overlap: null ends never. */
function seatPeriodOverlap(p: { startsOn: Date; endsOn: Date | null }): Prisma.SeatWhereInput {
  return {
    ...(p.endsOn ? { startsOn: { lt: p.endsOn } } : {}),
    OR: [{ endsOn: null }, { endsOn: { gt: p.startsOn } }],
  };
}

async function assertOnePresident(tx: Tx, ctx: RegionContext, p: SeatPeriod, selfId: string | null) {
  if (p.role !== "PRESIDENT") return;
  const clash = await tx.seat.count({
    where: { regionId: ctx.regionId, councilId: p.councilId, role: "PRESIDENT", ...(selfId ? { id: { not: selfId } } : {}), ...seatPeriodOverlap(p) },
  });
  if (clash > 0) invalid({ role: ["council.onePresident"] });
}

/**
 * The seat's delegations must stay inside its period. A term still running on the day the seat
 * ends is cut to the day before (its history stays, shorter); a term that would start after the
 * end, or that starts before the seat does, makes the change refused.
 */
async function fitDelegationsToSeat(tx: Tx, ctx: RegionContext, seatId: string, p: { startsOn: Date; endsOn: Date | null }) {
  const early = await tx.delegation.count({ where: { seatId, regionId: ctx.regionId, termStartsOn: { lt: p.startsOn } } });
  const late = p.endsOn ? await tx.delegation.count({ where: { seatId, regionId: ctx.regionId, termStartsOn: { gte: p.endsOn } } }) : 0;
  if (early > 0 || late > 0) {
    invalid({ ...(early > 0 ? { startsOn: ["council.seatPeriodExcludesTerm"] } : {}), ...(late > 0 ? { endsOn: ["council.seatPeriodExcludesTerm"] } : {}) });
  }
  if (!p.endsOn) return;
  const lastDay = addDays(p.endsOn, -1);
  const running = await tx.delegation.findMany({
    where: { seatId, regionId: ctx.regionId, termEndsOn: { gte: p.endsOn } },
    select: { id: true, termEndsOn: true },
  });
  for (const d of running) {
    await tx.delegation.update({ where: { id: d.id }, data: { termEndsOn: lastDay, version: { increment: 1 } } });
    await audit(tx, ctx, "UPDATE", "Delegation", d.id, { termEndsOn: d.termEndsOn }, { termEndsOn: lastDay });
  }
}

export async function createSeat(ctx: RegionContext, input: CreateSeatInput): Promise<{ id: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    await lockRegion(tx, ctx);
    const council = await tx.council.findFirst({ where: { id: input.councilId, regionId: ctx.regionId }, select: { id: true } });
    if (!council) throw new NotFoundError("council");
    const actor = await tx.actor.findFirst({ where: { id: input.actorId, regionId: ctx.regionId }, select: { archivedAt: true } });
    if (!actor) invalid({ actorId: ["council.invalidChoice"] });
    if (actor.archivedAt) invalid({ actorId: ["council.actorArchived"] });
    await assertOnePresident(tx, ctx, input, null);
    const data = { councilId: input.councilId, actorId: input.actorId, role: input.role, voting: input.voting, startsOn: input.startsOn, endsOn: input.endsOn };
    const { id } = await tx.seat.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true } });
    await audit(tx, ctx, "CREATE", "Seat", id, null, data);
    return { id };
  });
}

/** Shared by edit and end: the seat at the loaded version, the rules, then the write. */
async function writeSeat(
  ctx: RegionContext,
  seatId: string,
  version: number,
  change: (before: { role: string; voting: boolean; startsOn: Date; endsOn: Date | null }) => { role: UpdateSeatInput["role"]; voting: boolean; startsOn: Date; endsOn: Date | null },
): Promise<{ id: string; version: number }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    await lockRegion(tx, ctx);
    const before = await tx.seat.findFirst({
      where: { id: seatId, regionId: ctx.regionId },
      select: { version: true, councilId: true, role: true, voting: true, startsOn: true, endsOn: true },
    });
    if (!before) throw new NotFoundError("seat");
    if (before.version !== version) throw new ConflictError(before.version);
    const after = change(before);
    await assertOnePresident(tx, ctx, { councilId: before.councilId, ...after }, seatId);
    await fitDelegationsToSeat(tx, ctx, seatId, after);
    const { count } = await tx.seat.updateMany({ where: { id: seatId, regionId: ctx.regionId, version }, data: { ...after, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError(before.version);
    const { version: _v, councilId: _c, ...beforeFields } = before;
    await audit(tx, ctx, "UPDATE", "Seat", seatId, beforeFields, after);
    return { id: seatId, version: version + 1 };
  });
}

export function updateSeat(ctx: RegionContext, input: UpdateSeatInput) {
  return writeSeat(ctx, input.seatId, input.version, () => ({ role: input.role, voting: input.voting, startsOn: input.startsOn, endsOn: input.endsOn }));
}

/** The institution leaves the council on `endsOn` (the seat's history stays). */
export function endSeat(ctx: RegionContext, input: EndSeatInput) {
  return writeSeat(ctx, input.seatId, input.version, (before) => {
    if (input.endsOn.getTime() <= before.startsOn.getTime()) invalid({ endsOn: ["council.seatEndBeforeStart"] });
    return { role: before.role as UpdateSeatInput["role"], voting: before.voting, startsOn: before.startsOn, endsOn: input.endsOn };
  });
}

// ---------------------------------------------------------------------------------------------
// Delegations
// ---------------------------------------------------------------------------------------------

export interface PersonOption {
  id: string;
  name: string;
}

/** The region's people, by family name: who may be accredited. */
export async function listPersonOptions(ctx: RegionContext): Promise<PersonOption[]> {
  assertWriteWithPeople(ctx);
  const rows = await db.person.findMany({
    where: { regionId: ctx.regionId },
    select: { id: true, givenNames: true, familyNames: true },
    orderBy: [{ familyNames: "asc" }, { givenNames: "asc" }, { id: "asc" }],
  });
  return rows.map((p) => ({ id: p.id, name: `${p.familyNames}, ${p.givenNames}` }));
}

export interface DelegationDetail {
  delegation: DelegationRow;
  seat: SeatFormValues;
}

export async function getDelegationDetail(ctx: RegionContext, delegationId: string): Promise<DelegationDetail> {
  assertWriteWithPeople(ctx);
  assertUuid(delegationId, "delegation");
  const row = await db.delegation.findFirst({
    where: { id: delegationId, regionId: ctx.regionId },
    select: { ...delegationSelect, seat: { select: seatSelect } },
  });
  if (!row) throw new NotFoundError("delegation");
  const { seat, ...delegation } = row;
  return { delegation: delegationValues(delegation), seat: seatValues(seat) };
}

/** The delegation as it is now, for a conflict view. */
export async function currentDelegationValues(ctx: RegionContext, delegationId: string): Promise<DelegationRow | null> {
  const row = await db.delegation.findFirst({ where: { id: delegationId, regionId: ctx.regionId }, select: delegationSelect });
  return row ? delegationValues(row) : null;
}

interface Term {
  termStartsOn: Date;
  termEndsOn: Date;
}

/** The term lies within the seat's period, and no other term of the seat overlaps it. */
async function assertTermFits(tx: Tx, ctx: RegionContext, seat: { id: string; startsOn: Date; endsOn: Date | null }, term: Term, selfId: string | null) {
  if (term.termStartsOn.getTime() < seat.startsOn.getTime()) invalid({ termStartsOn: ["council.termBeforeSeat"] });
  if (seat.endsOn && term.termEndsOn.getTime() >= seat.endsOn.getTime()) invalid({ termEndsOn: ["council.termAfterSeat"] });
  const overlap = await tx.delegation.count({
    where: {
      seatId: seat.id,
      regionId: ctx.regionId,
      ...(selfId ? { id: { not: selfId } } : {}),
      termStartsOn: { lte: term.termEndsOn },
      termEndsOn: { gte: term.termStartsOn },
    },
  });
  if (overlap > 0) invalid({ termStartsOn: ["council.termOverlap"] });
}

type PersonInput = Pick<CreateDelegationInput, "personId" | "newGivenNames" | "newFamilyNames" | "newEmail" | "newOrcid" | "substitutePersonId">;

/** The holder (of the list, or registered now) and the substitute, both people of the region. */
async function resolvePeople(tx: Tx, ctx: RegionContext, input: PersonInput): Promise<{ personId: string; substitutePersonId: string | null }> {
  const ids = [input.personId, input.substitutePersonId].filter((v): v is string => v !== null);
  const found = new Set(
    (await tx.person.findMany({ where: { regionId: ctx.regionId, id: { in: ids } }, select: { id: true } })).map((p) => p.id),
  );
  const errors: Record<string, string[]> = {};
  if (input.personId && !found.has(input.personId)) errors.personId = ["council.invalidChoice"];
  if (input.substitutePersonId && !found.has(input.substitutePersonId)) errors.substitutePersonId = ["council.invalidChoice"];
  if (Object.keys(errors).length) invalid(errors);
  let personId = input.personId;
  if (!personId) {
    const data = { givenNames: input.newGivenNames!, familyNames: input.newFamilyNames!, email: input.newEmail, orcid: input.newOrcid };
    ({ id: personId } = await tx.person.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true } }));
    await audit(tx, ctx, "CREATE", "Person", personId, null, data);
  }
  if (personId === input.substitutePersonId) invalid({ substitutePersonId: ["council.substituteSamePerson"] });
  return { personId, substitutePersonId: input.substitutePersonId };
}

export async function createDelegation(ctx: RegionContext, input: CreateDelegationInput): Promise<{ id: string; seatId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    await lockRegion(tx, ctx);
    const seat = await tx.seat.findFirst({ where: { id: input.seatId, regionId: ctx.regionId }, select: { id: true, startsOn: true, endsOn: true } });
    if (!seat) throw new NotFoundError("seat");
    await assertTermFits(tx, ctx, seat, input, null);
    const people = await resolvePeople(tx, ctx, input);
    const data = { seatId: seat.id, ...people, termStartsOn: input.termStartsOn, termEndsOn: input.termEndsOn, accreditation: input.accreditation };
    const { id } = await tx.delegation.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true } });
    await audit(tx, ctx, "CREATE", "Delegation", id, null, data);
    return { id, seatId: seat.id };
  });
}

const delegationAuditSelect = { personId: true, substitutePersonId: true, termStartsOn: true, termEndsOn: true, accreditation: true } satisfies Prisma.DelegationSelect;

/** Shared by edit and end early: the delegation at the loaded version, the rules, then the write. */
async function writeDelegation(
  ctx: RegionContext,
  delegationId: string,
  version: number,
  change: (tx: Tx, before: Prisma.DelegationGetPayload<{ select: typeof delegationAuditSelect }>) => Promise<Prisma.DelegationGetPayload<{ select: typeof delegationAuditSelect }>>,
): Promise<{ id: string; seatId: string; version: number }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    await lockRegion(tx, ctx);
    const row = await tx.delegation.findFirst({
      where: { id: delegationId, regionId: ctx.regionId },
      select: { version: true, ...delegationAuditSelect, seat: { select: { id: true, startsOn: true, endsOn: true } } },
    });
    if (!row) throw new NotFoundError("delegation");
    const { version: current, seat, ...before } = row;
    if (current !== version) throw new ConflictError(current);
    const after = await change(tx, before);
    await assertTermFits(tx, ctx, seat, after, delegationId);
    const { count } = await tx.delegation.updateMany({ where: { id: delegationId, regionId: ctx.regionId, version }, data: { ...after, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError(current);
    await audit(tx, ctx, "UPDATE", "Delegation", delegationId, before, after);
    return { id: delegationId, seatId: seat.id, version: version + 1 };
  });
}

export function updateDelegation(ctx: RegionContext, input: UpdateDelegationInput) {
  return writeDelegation(ctx, input.delegationId, input.version, async (tx) => ({
    ...(await resolvePeople(tx, ctx, input)),
    termStartsOn: input.termStartsOn,
    termEndsOn: input.termEndsOn,
    accreditation: input.accreditation,
  }));
}

/** Ends a term early: the new last day is within the term, before its planned end. */
export function endDelegation(ctx: RegionContext, input: EndDelegationInput) {
  return writeDelegation(ctx, input.delegationId, input.version, async (_tx, before) => {
    if (input.termEndsOn.getTime() < before.termStartsOn.getTime()) invalid({ termEndsOn: ["council.termEndBeforeStart"] });
    if (input.termEndsOn.getTime() >= before.termEndsOn.getTime()) invalid({ termEndsOn: ["council.endEarlyNotEarlier"] });
    return { ...before, termEndsOn: input.termEndsOn };
  });
}
