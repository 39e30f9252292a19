import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { COUNCIL_RANK, getCouncilCompositions, seatActiveOn, type SeatOnDate } from "@/lib/councils/data";
import { todayInLima } from "@/lib/dates";
import { computeQuorum, type QuorumResult } from "@/lib/councils/quorum";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus, CouncilStatus, MeetingStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { isUuid } from "@/lib/validation/identifiers";
import {
  formatLimaDateTime,
  LIMA_OFFSET_MS,
  limaDayOf,
  MEETINGS_PER_PAGE,
  type AttendanceChoice,
  type AttendanceInput,
  type CreateMeetingInput,
  type MeetingStatusInput,
  type MinutesInput,
  type UpdateMeetingInput,
} from "./schema";

// A region's council meetings: schedule, edit, mark held, cancel, minutes, attendance by seat and
// the quorum it gives. Every query is scoped by the verified `ctx.regionId`: another region's
// meeting answers exactly like a missing one. Writes and their audit entries share one
// transaction; edits carry the version the form loaded (optimistic locking).
//
// Rules (decided here, checked in the data layer so every entry point obeys them):
//   - a new meeting may be dated in the past: secretaries often record a session afterwards;
//   - only a planned meeting can be marked held or cancelled, and only on or after its day
//     (Lima) can it be marked held; a cancelled meeting is read-only;
//   - a held meeting's date and time are fixed: attendance and agreements hang on that day;
//   - attendance and minutes are recorded for held meetings only; attendance lists the seats
//     active on the meeting day (the composition rule of lib/councils/data.ts), one choice each.

/** Agreements still to be carried out. */
export const OPEN_AGREEMENT_STATUSES: AgreementStatus[] = ["PENDING", "IN_PROGRESS"];

/** Overdue on `today`: still open, with a due date before today (Lima). */
export function isOverdue(a: { status: AgreementStatus; dueOn: Date | null }, today: Date = todayInLima()): boolean {
  return OPEN_AGREEMENT_STATUSES.includes(a.status) && !!a.dueOn && a.dueOn.getTime() < today.getTime();
}

/** The same rule as a query. */
export function overdueWhere(today: Date): Prisma.AgreementWhereInput {
  return { status: { in: OPEN_AGREEMENT_STATUSES }, dueOn: { lt: today } };
}

export function canWriteCouncil(ctx: RegionContext): boolean {
  return can(ctx.role, "council.write");
}

export function assertWriteCouncil(ctx: RegionContext): void {
  if (!canWriteCouncil(ctx)) throw new ForbiddenError("council.write");
}

export const auditActor = (ctx: RegionContext) => ({ userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip });

/** Midnight of Lima's today as an instant: meetings from then on are "upcoming". */
export function startOfTodayInLima(now: Date = new Date()): Date {
  return new Date(todayInLima(now).getTime() + LIMA_OFFSET_MS);
}

/** Seats active on `day` (the composition rule of lib/councils/data.ts: start ≤ d < end). */
function activeSeatsWhere(regionId: string, councilId: string, day: Date): Prisma.SeatWhereInput {
  return { regionId, councilId, ...seatActiveOn(day) };
}

// ---------------------------------------------------------------------------------------------
// Councils
// ---------------------------------------------------------------------------------------------

export interface CouncilOption {
  id: string;
  name: string;
  acronym: string | null;
  status: CouncilStatus;
}

/** The region's councils, the current one first (as the council page orders them). */
export async function listCouncilOptions(ctx: RegionContext): Promise<CouncilOption[]> {
  const rows = await db.council.findMany({
    where: { regionId: ctx.regionId },
    select: { id: true, name: true, acronym: true, status: true },
  });
  return rows.sort((a, b) => COUNCIL_RANK[a.status] - COUNCIL_RANK[b.status] || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------

export interface MeetingListItem {
  id: string;
  title: string;
  scheduledAt: Date;
  location: string | null;
  status: MeetingStatus;
  councilName: string;
  agreementCount: number;
}

export interface MeetingLists {
  upcoming: MeetingListItem[];
  /** One page of the others, latest first. */
  past: MeetingListItem[];
  pastTotal: number;
  page: number;
  pageCount: number;
}

/**
 * Upcoming meetings (planned, from today on; soonest first: a handful) and one page of the
 * others (latest first): a large region's council history runs to hundreds of meetings. The
 * agreement counts are computed by the database.
 */
export async function listMeetings(ctx: RegionContext, page = 1, now: Date = new Date()): Promise<MeetingLists> {
  const from = startOfTodayInLima(now);
  const upcomingWhere = { regionId: ctx.regionId, status: "PLANNED", scheduledAt: { gte: from } } satisfies Prisma.MeetingWhereInput;
  const pastWhere = {
    regionId: ctx.regionId,
    OR: [{ status: { not: "PLANNED" } }, { scheduledAt: { lt: from } }],
  } satisfies Prisma.MeetingWhereInput;
  const select = {
    id: true,
    title: true,
    scheduledAt: true,
    location: true,
    status: true,
    council: { select: { name: true, acronym: true } },
    _count: { select: { agreements: true } },
  } satisfies Prisma.MeetingSelect;
  const [upcoming, pastTotal] = await Promise.all([
    db.meeting.findMany({ where: upcomingWhere, orderBy: [{ scheduledAt: "asc" }, { id: "desc" }], select }),
    db.meeting.count({ where: pastWhere }),
  ]);
  const pageCount = Math.max(1, Math.ceil(pastTotal / MEETINGS_PER_PAGE));
  const current = Math.min(page, pageCount);
  const past = await db.meeting.findMany({
    where: pastWhere,
    orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
    select,
    take: MEETINGS_PER_PAGE,
    skip: (current - 1) * MEETINGS_PER_PAGE,
  });
  const item = ({ council, _count, ...m }: (typeof past)[number]): MeetingListItem => ({
    ...m,
    councilName: council.acronym ?? council.name,
    agreementCount: _count.agreements,
  });
  return { upcoming: upcoming.map(item), past: past.map(item), pastTotal, page: current, pageCount };
}

/** Open agreements whose due date has passed (the "Overdue" view), counted by the database. */
export async function countOverdueAgreements(ctx: RegionContext, today: Date = todayInLima()): Promise<number> {
  return db.agreement.count({ where: { regionId: ctx.regionId, ...overdueWhere(today) } });
}

// ---------------------------------------------------------------------------------------------
// Detail
// ---------------------------------------------------------------------------------------------

const meetingSelect = {
  id: true,
  councilId: true,
  title: true,
  scheduledAt: true,
  location: true,
  agenda: true,
  minutes: true,
  status: true,
  version: true,
  updatedAt: true,
  council: { select: { name: true, acronym: true, quorumNumerator: true, quorumDenominator: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingRecord = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

export interface AgreementSummary {
  id: string;
  reference: string | null;
  text: string;
  status: AgreementStatus;
  dueOn: Date | null;
  ownerName: string;
  meetingId: string;
  meetingTitle: string;
  overdue: boolean;
}

export interface MeetingDetail extends MeetingRecord {
  /** The meeting's calendar day in Lima. */
  day: Date;
  /** Agreements adopted at this meeting. */
  agreements: AgreementSummary[];
  /**
   * On the council's next planned meeting only: its open agreements (pending, in progress),
   * read from the agreements themselves, so the agenda never holds a stale copy. Null on others.
   */
  pendingAgreements: AgreementSummary[] | null;
}

const agreementSummarySelect = {
  id: true,
  reference: true,
  text: true,
  status: true,
  dueOn: true,
  owner: { select: { name: true, acronym: true } },
  meeting: { select: { id: true, title: true } },
} satisfies Prisma.AgreementSelect;

function summaryOf(row: Prisma.AgreementGetPayload<{ select: typeof agreementSummarySelect }>, today: Date): AgreementSummary {
  const { owner, meeting, ...rest } = row;
  return {
    ...rest,
    ownerName: owner.acronym ? `${owner.name} (${owner.acronym})` : owner.name,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    overdue: isOverdue(rest, today),
  };
}

/** The council's next planned meeting: the first planned one from today on. */
async function nextPlannedMeetingId(regionId: string, councilId: string, now: Date): Promise<string | null> {
  const next = await db.meeting.findFirst({
    where: { regionId, councilId, status: "PLANNED", scheduledAt: { gte: startOfTodayInLima(now) } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return next?.id ?? null;
}

/** One meeting of the region. Another region's id (or not a uuid) → NotFoundError. */
export async function getMeeting(ctx: RegionContext, meetingId: string, now: Date = new Date()): Promise<MeetingDetail> {
  if (!isUuid(meetingId)) throw new NotFoundError("meeting");
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, regionId: ctx.regionId }, select: meetingSelect });
  if (!meeting) throw new NotFoundError("meeting");
  const [adopted, nextId] = await Promise.all([
    db.agreement.findMany({
      where: { regionId: ctx.regionId, meetingId },
      orderBy: [{ reference: "asc" }, { createdAt: "asc" }],
      select: agreementSummarySelect,
    }),
    nextPlannedMeetingId(ctx.regionId, meeting.councilId, now),
  ]);
  const pending =
    nextId === meeting.id
      ? await db.agreement.findMany({
          where: { regionId: ctx.regionId, councilId: meeting.councilId, status: { in: OPEN_AGREEMENT_STATUSES } },
          orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { reference: "asc" }, { id: "asc" }],
          select: agreementSummarySelect,
        })
      : null;
  return {
    ...meeting,
    day: limaDayOf(meeting.scheduledAt),
    agreements: adopted.map((a) => summaryOf(a, todayInLima(now))),
    pendingAgreements: pending ? pending.map((a) => summaryOf(a, todayInLima(now))) : null,
  };
}

/** The meeting as its edit form needs it; only for callers who may write, and not cancelled. */
export async function getMeetingForEdit(ctx: RegionContext, meetingId: string): Promise<MeetingRecord> {
  if (!canWriteCouncil(ctx) || !isUuid(meetingId)) throw new NotFoundError("meeting");
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, regionId: ctx.regionId, status: { not: "CANCELLED" } }, select: meetingSelect });
  if (!meeting) throw new NotFoundError("meeting");
  return meeting;
}

// ---------------------------------------------------------------------------------------------
// Attendance and quorum
// ---------------------------------------------------------------------------------------------

interface AttendanceRow {
  seatId: string;
  present: boolean;
  attendeePersonId: string | null;
  asSubstitute: boolean;
}

function choiceOf(row: AttendanceRow): AttendanceChoice {
  if (!row.present) return "absent";
  if (!row.attendeePersonId) return "present";
  return row.asSubstitute ? "substitute" : "delegate";
}

export interface MeetingQuorum extends QuorumResult {
  /** False until attendance has been recorded: then there is nothing to count yet. */
  recorded: boolean;
}

/**
 * The quorum of a meeting: the voting seats active on its day, and which of them were present.
 * Two queries; the rule itself is lib/councils/quorum.ts.
 */
async function quorumOf(
  client: Tx | typeof db,
  regionId: string,
  meeting: { id: string; councilId: string; scheduledAt: Date },
  fraction: { numerator: number; denominator: number },
): Promise<MeetingQuorum> {
  const [seats, rows] = await Promise.all([
    client.seat.findMany({ where: activeSeatsWhere(regionId, meeting.councilId, limaDayOf(meeting.scheduledAt)), select: { id: true, voting: true } }),
    client.attendance.findMany({ where: { regionId, meetingId: meeting.id }, select: { seatId: true, present: true } }),
  ]);
  const present = new Set(rows.filter((r) => r.present).map((r) => r.seatId));
  return { ...computeQuorum(seats.map((s) => ({ voting: s.voting, present: present.has(s.id) })), fraction), recorded: rows.length > 0 };
}

/** The quorum of a meeting already loaded with getMeeting. */
export function getMeetingQuorum(ctx: RegionContext, meeting: MeetingRecord): Promise<MeetingQuorum> {
  return quorumOf(db, ctx.regionId, meeting, { numerator: meeting.council.quorumNumerator, denominator: meeting.council.quorumDenominator });
}

/** Same as above inside a write (agreements need the quorum of the meeting that adopts them). */
export async function quorumInTransaction(tx: Tx, regionId: string, meetingId: string): Promise<MeetingQuorum> {
  const meeting = await tx.meeting.findFirstOrThrow({
    where: { id: meetingId, regionId },
    select: { id: true, councilId: true, scheduledAt: true, council: { select: { quorumNumerator: true, quorumDenominator: true } } },
  });
  return quorumOf(tx, regionId, meeting, { numerator: meeting.council.quorumNumerator, denominator: meeting.council.quorumDenominator });
}

export interface AttendanceSheetRow {
  seat: SeatOnDate;
  /** Null: not recorded yet. */
  choice: AttendanceChoice | null;
}

/**
 * The seats active on the meeting day with what was recorded for each. Seats, roles and
 * delegates come from the council composition (names only for callers holding `people.read`).
 */
export async function getAttendanceSheet(ctx: RegionContext, meeting: MeetingRecord): Promise<AttendanceSheetRow[]> {
  const [compositions, rows] = await Promise.all([
    getCouncilCompositions(ctx, limaDayOf(meeting.scheduledAt)),
    db.attendance.findMany({
      where: { regionId: ctx.regionId, meetingId: meeting.id },
      select: { seatId: true, present: true, attendeePersonId: true, asSubstitute: true },
    }),
  ]);
  const seats = compositions.find((c) => c.council.id === meeting.councilId)?.seats ?? [];
  const recorded = new Map(rows.map((r) => [r.seatId, choiceOf(r)]));
  return seats.map((seat) => ({ seat, choice: recorded.get(seat.id) ?? null }));
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

const auditSelect = { title: true, scheduledAt: true, location: true, agenda: true, minutes: true, status: true } satisfies Prisma.MeetingSelect;

/** Loads a meeting for a write at the version the form showed; a newer one is a conflict. */
async function loadForWrite(tx: Tx, ctx: RegionContext, meetingId: string, version: number) {
  const before = await tx.meeting.findFirst({
    where: { id: meetingId, regionId: ctx.regionId },
    select: { id: true, councilId: true, version: true, ...auditSelect },
  });
  if (!before) throw new NotFoundError("meeting");
  if (before.version !== version) throw new ConflictError(before.version);
  return before;
}

/** Writes `data` only if nobody saved since `version`; bumps the version. */
async function updateAtVersion(tx: Tx, ctx: RegionContext, meetingId: string, version: number, data: Prisma.MeetingUpdateManyMutationInput) {
  const { count } = await tx.meeting.updateMany({ where: { id: meetingId, regionId: ctx.regionId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(null);
}

export async function createMeeting(ctx: RegionContext, input: CreateMeetingInput): Promise<{ id: string }> {
  assertWriteCouncil(ctx);
  return db.$transaction(async (tx) => {
    const council = await tx.council.findFirst({ where: { id: input.councilId, regionId: ctx.regionId }, select: { id: true } });
    if (!council) throw new InvalidInputError("invalidForm", { councilId: ["meetings.invalidCouncil"] });
    const { councilId, ...fields } = input;
    const created = await tx.meeting.create({ data: { ...fields, councilId, regionId: ctx.regionId }, select: { id: true, ...auditSelect } });
    const { id, ...after } = created;
    await recordAudit(tx, auditActor(ctx), { action: "CREATE", entity: "Meeting", entityId: id, after: { councilId, ...after } });
    return { id };
  });
}

export async function updateMeeting(ctx: RegionContext, input: UpdateMeetingInput): Promise<void> {
  assertWriteCouncil(ctx);
  await db.$transaction(async (tx) => {
    const { id: _id, councilId: _c, version: _v, ...before } = await loadForWrite(tx, ctx, input.meetingId, input.version);
    if (before.status === "CANCELLED") throw new InvalidInputError("meetings.cancelledLocked");
    // The form shows minutes, not seconds: the same minute is the same time, and the stored
    // instant is kept (a held meeting's date is only "changed" when the minute changes).
    const sameMinute = formatLimaDateTime(before.scheduledAt) === formatLimaDateTime(input.scheduledAt);
    if (before.status === "HELD" && !sameMinute) throw new InvalidInputError("invalidForm", { scheduledAt: ["meetings.heldDateLocked"] });
    const scheduledAt = sameMinute ? before.scheduledAt : input.scheduledAt;
    const data = { title: input.title, scheduledAt, location: input.location, agenda: input.agenda };
    await updateAtVersion(tx, ctx, input.meetingId, input.version, data);
    await recordAudit(tx, auditActor(ctx), { action: "UPDATE", entity: "Meeting", entityId: input.meetingId, before, after: { ...before, ...data } });
  });
}

/** Planned → held (on or after its day) or planned → cancelled. */
async function changeStatus(ctx: RegionContext, input: MeetingStatusInput, status: "HELD" | "CANCELLED", now: Date): Promise<void> {
  assertWriteCouncil(ctx);
  await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, input.meetingId, input.version);
    if (before.status !== "PLANNED") throw new InvalidInputError("meetings.notPlanned");
    if (status === "HELD" && limaDayOf(before.scheduledAt).getTime() > todayInLima(now).getTime()) {
      throw new InvalidInputError("meetings.heldInFuture");
    }
    await updateAtVersion(tx, ctx, input.meetingId, input.version, { status });
    await recordAudit(tx, auditActor(ctx), { action: "UPDATE", entity: "Meeting", entityId: input.meetingId, before: { status: before.status }, after: { status } });
  });
}

export const markMeetingHeld = (ctx: RegionContext, input: MeetingStatusInput, now: Date = new Date()) => changeStatus(ctx, input, "HELD", now);
export const cancelMeeting = (ctx: RegionContext, input: MeetingStatusInput, now: Date = new Date()) => changeStatus(ctx, input, "CANCELLED", now);

export async function saveMinutes(ctx: RegionContext, input: MinutesInput): Promise<void> {
  assertWriteCouncil(ctx);
  await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, input.meetingId, input.version);
    if (before.status !== "HELD") throw new InvalidInputError("meetings.minutesNeedHeld");
    await updateAtVersion(tx, ctx, input.meetingId, input.version, { minutes: input.minutes });
    await recordAudit(tx, auditActor(ctx), {
      action: "UPDATE",
      entity: "Meeting",
      entityId: input.meetingId,
      before: { minutes: before.minutes },
      after: { minutes: input.minutes },
    });
  });
}

/**
 * Records who sat in each seat active on the meeting day, replacing what was recorded before,
 * in one transaction. A seat left out of the form counts as absent; a seat that is not active
 * that day, a seat named twice, a delegate or substitute the seat does not have → refused,
 * nothing written. The meeting's version guards against two secretaries saving at once.
 */
export async function saveAttendance(ctx: RegionContext, input: AttendanceInput): Promise<MeetingQuorum> {
  assertWriteCouncil(ctx);
  return db.$transaction(async (tx) => {
    const meeting = await loadForWrite(tx, ctx, input.meetingId, input.version);
    if (meeting.status !== "HELD") throw new InvalidInputError("meetings.attendanceNeedsHeld");
    const day = limaDayOf(meeting.scheduledAt);
    const seats = await tx.seat.findMany({
      where: activeSeatsWhere(ctx.regionId, meeting.councilId, day),
      select: {
        id: true,
        delegations: {
          where: { regionId: ctx.regionId, termStartsOn: { lte: day }, termEndsOn: { gte: day } },
          // As on the council page: overlapping terms are a data error, the latest wins.
          orderBy: [{ termStartsOn: "desc" }, { createdAt: "desc" }],
          take: 1,
          select: { personId: true, substitutePersonId: true },
        },
      },
    });
    const active = new Map(seats.map((s) => [s.id, s.delegations[0] ?? null]));
    const chosen = new Map<string, AttendanceChoice>();
    for (const { seatId, choice } of input.seat) {
      if (!active.has(seatId)) throw new InvalidInputError("invalidForm", { seat: ["meetings.seatNotActive"] });
      if (chosen.has(seatId)) throw new InvalidInputError("invalidForm", { seat: ["meetings.seatTwice"] });
      const delegation = active.get(seatId);
      if (choice === "delegate" && !delegation) throw new InvalidInputError("invalidForm", { seat: ["meetings.noDelegate"] });
      if (choice === "substitute" && !delegation?.substitutePersonId) throw new InvalidInputError("invalidForm", { seat: ["meetings.noSubstitute"] });
      chosen.set(seatId, choice);
    }

    const previous = await tx.attendance.findMany({
      where: { regionId: ctx.regionId, meetingId: meeting.id },
      select: { seatId: true, present: true, attendeePersonId: true, asSubstitute: true },
    });
    await updateAtVersion(tx, ctx, meeting.id, input.version, {});
    await tx.attendance.deleteMany({ where: { regionId: ctx.regionId, meetingId: meeting.id } });
    const rows = [...active.entries()].map(([seatId, delegation]) => {
      const choice = chosen.get(seatId) ?? "absent";
      return {
        regionId: ctx.regionId,
        meetingId: meeting.id,
        seatId,
        present: choice !== "absent",
        attendeePersonId: choice === "delegate" ? delegation!.personId : choice === "substitute" ? delegation!.substitutePersonId : null,
        asSubstitute: choice === "substitute",
      };
    });
    await tx.attendance.createMany({ data: rows });
    await recordAudit(tx, auditActor(ctx), {
      action: "UPDATE",
      entity: "Attendance",
      entityId: meeting.id,
      before: Object.fromEntries(previous.map((r) => [r.seatId, choiceOf(r)])),
      after: Object.fromEntries(rows.map((r) => [r.seatId, choiceOf(r)])),
    });
    return quorumInTransaction(tx, ctx.regionId, meeting.id);
  });
}

/**
 * The record as it is now, for a conflict: the form shows it next to what the user typed. With
 * the attendance as saved, by seat (the attendance form's conflict shows it seat by seat).
 */
export async function currentMeetingValues(ctx: RegionContext, meetingId: string): Promise<Record<string, unknown> | null> {
  const [row, attendance] = await Promise.all([
    db.meeting.findFirst({ where: { id: meetingId, regionId: ctx.regionId }, select: { version: true, updatedAt: true, ...auditSelect } }),
    db.attendance.findMany({
      where: { regionId: ctx.regionId, meetingId },
      select: { seatId: true, present: true, attendeePersonId: true, asSubstitute: true },
    }),
  ]);
  if (!row) return null;
  return {
    ...row,
    scheduledAt: formatLimaDateTime(row.scheduledAt).replace("T", " "),
    updatedAt: row.updatedAt.toISOString(),
    attendance: Object.fromEntries(attendance.map((a) => [a.seatId, choiceOf(a)])) satisfies Record<string, AttendanceChoice>,
  };
}
