// Council meetings against a real PostgreSQL with the demo data: schedule, edit, mark held,
// cancel, minutes, attendance by seat with the quorum it gives, the pending agreements on the
// next planned meeting, tenant isolation (another region's admin and ids), permissions, version
// conflicts and bad input changing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let meetings: typeof import("@/lib/meetings/data");
let schema: typeof import("@/lib/meetings/schema");
let errors: typeof import("@/lib/errors");
let dates: typeof import("@/lib/dates");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let viewer: RegionContext;
let cuscoCouncil: string;
let tacnaCouncil: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [meetings, schema, errors, dates] = await Promise.all([
    import("@/lib/meetings/data"),
    import("@/lib/meetings/schema"),
    import("@/lib/errors"),
    import("@/lib/dates"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  viewer = await regionContextOf("multisectorial@minka.example", "cusco");
  cuscoCouncil = (await db.council.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
  tacnaCouncil = (await db.council.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } })).id;
}, 180_000);

afterAll(() => closeDemoDatabase(tdb, db));

/** "YYYY-MM-DDTHH:mm" in Lima, `days` from today. */
function limaLocal(days: number, time = "10:00"): string {
  return `${dates.formatIsoDay(dates.addDays(dates.todayInLima(), days))}T${time}`;
}

const create = (raw: Record<string, unknown> = {}) =>
  schema.CreateMeetingInput.parse({ councilId: cuscoCouncil, title: "Sesión de prueba", scheduledAt: limaLocal(10), agenda: "1. Informes", ...raw });

async function scheduled(raw: Record<string, unknown> = {}) {
  return (await meetings.createMeeting(cusco, create(raw))).id;
}

async function version(id: string) {
  return (await db.meeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

/** A meeting `days` ago, marked held. */
async function heldMeeting(days = -1, raw: Record<string, unknown> = {}) {
  const id = await scheduled({ scheduledAt: limaLocal(days), ...raw });
  await meetings.markMeetingHeld(cusco, { meetingId: id, version: 1 });
  return id;
}

async function counts() {
  const [meetingRows, attendance, audit] = await Promise.all([db.meeting.count(), db.attendance.count(), db.auditEntry.count()]);
  return { meetingRows, attendance, audit };
}

async function expectRule(promise: Promise<unknown>, key: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(errors.InvalidInputError);
  const v = error as InstanceType<typeof errors.InvalidInputError>;
  expect([v.messageKey, ...Object.values(v.fieldErrors).flat()]).toContain(key);
}

/** Seats active on the meeting day: ids, voting, and whether a delegate / substitute covers it. */
async function activeSeats(meetingId: string) {
  const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { scheduledAt: true, councilId: true } });
  const day = schema.limaDayOf(m.scheduledAt);
  const seats = await db.seat.findMany({
    where: { councilId: m.councilId, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gt: day } }] },
    select: {
      id: true,
      voting: true,
      delegations: { where: { termStartsOn: { lte: day }, termEndsOn: { gte: day } }, select: { personId: true, substitutePersonId: true } },
    },
    orderBy: { id: "asc" },
  });
  return seats.map((s) => ({ id: s.id, voting: s.voting, delegation: s.delegations[0] ?? null }));
}

const attendance = (meetingId: string, v: number, seat: string[]) => schema.AttendanceInput.parse({ meetingId, version: String(v), seat });

describe("schedule and list", () => {
  it("schedules a meeting in Lima time, audited, and lists it among the upcoming ones", async () => {
    const before = await counts();
    const id = await scheduled({ title: "Sesión ordinaria de prueba", scheduledAt: limaLocal(3, "15:30"), location: "Sala de sesiones" });
    const row = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(row.regionId).toBe(cusco.regionId);
    expect(row.status).toBe("PLANNED");
    // 15:30 in Lima is 20:30 UTC.
    expect(row.scheduledAt.toISOString()).toBe(`${limaLocal(3, "20:30")}:00.000Z`);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "Meeting", entityId: id } });
    expect(audit.action).toBe("CREATE");
    expect(audit.regionId).toBe(cusco.regionId);
    expect((await counts()).audit).toBe(before.audit + 1);

    const lists = await meetings.listMeetings(cusco);
    expect(lists.upcoming.map((m) => m.id)).toContain(id);
    expect(lists.past.map((m) => m.id)).not.toContain(id);
    const upcomingTimes = lists.upcoming.map((m) => m.scheduledAt.getTime());
    expect(upcomingTimes).toEqual([...upcomingTimes].sort((a, b) => a - b));
    const pastTimes = lists.past.map((m) => m.scheduledAt.getTime());
    expect(pastTimes).toEqual([...pastTimes].sort((a, b) => b - a));
    // Never another region's meetings.
    const tacnaIds = new Set((await db.meeting.findMany({ where: { regionId: tacna.regionId }, select: { id: true } })).map((m) => m.id));
    expect([...lists.upcoming, ...lists.past].some((m) => tacnaIds.has(m.id))).toBe(false);
    // Agreement counts come with the list.
    const withAgreements = lists.past.find((m) => m.agreementCount > 0)!;
    expect(await db.agreement.count({ where: { meetingId: withAgreements.id } })).toBe(withAgreements.agreementCount);
  });

  it("accepts a past date for a new meeting (recorded afterwards)", async () => {
    const id = await scheduled({ scheduledAt: limaLocal(-30) });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNED");
  });

  it("refuses another region's council, readers and institution editors, writing nothing", async () => {
    const before = await counts();
    await expectRule(meetings.createMeeting(tacna, create({ councilId: cuscoCouncil })), "meetings.invalidCouncil");
    await expect(meetings.createMeeting(viewer, create())).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(meetings.createMeeting(unsaacOffice, create())).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
    // Tacna's admin schedules in Tacna's council only.
    const id = (await meetings.createMeeting(tacna, create({ councilId: tacnaCouncil }))).id;
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).regionId).toBe(tacna.regionId);
  });

  it("rejects bad input at the schema: no title, an impossible date, unknown fields", () => {
    expect(schema.CreateMeetingInput.safeParse({ councilId: cuscoCouncil, title: " ", scheduledAt: limaLocal(1), agenda: "x" }).success).toBe(false);
    expect(schema.CreateMeetingInput.safeParse({ councilId: cuscoCouncil, title: "x", scheduledAt: "2026-02-30T10:00", agenda: "x" }).success).toBe(false);
    expect(schema.CreateMeetingInput.safeParse({ councilId: cuscoCouncil, title: "x", scheduledAt: "mañana", agenda: "x" }).success).toBe(false);
    expect(schema.CreateMeetingInput.safeParse({ councilId: cuscoCouncil, title: "x", scheduledAt: limaLocal(1), agenda: "" }).success).toBe(false);
    expect(
      schema.CreateMeetingInput.safeParse({ councilId: cuscoCouncil, title: "x", scheduledAt: limaLocal(1), agenda: "x", regionId: tacna.regionId }).success,
    ).toBe(false);
  });
});

describe("detail, edit and status", () => {
  it("answers another region's meeting and a non-uuid exactly like a missing one", async () => {
    const id = await scheduled();
    await expect(meetings.getMeeting(tacna, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(meetings.getMeeting(cusco, "no-es-un-id")).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(meetings.getMeeting(cusco, "0190a000-0000-7000-8000-000000000000")).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(meetings.getMeetingForEdit(viewer, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await meetings.getMeeting(viewer, id)).id).toBe(id);
  });

  it("edits at the loaded version; a second save with the old version is a conflict that writes nothing", async () => {
    const id = await scheduled();
    const edit = (raw: Record<string, unknown>) =>
      schema.UpdateMeetingInput.parse({ meetingId: id, version: "1", title: "Sesión editada", scheduledAt: limaLocal(12), agenda: "1. Nuevo punto", ...raw });
    await meetings.updateMeeting(cusco, edit({}));
    const after = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ title: "Sesión editada", agenda: "1. Nuevo punto", version: 2 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "Meeting", entityId: id, action: "UPDATE" } });
    expect(audit.after).toMatchObject({ title: "Sesión editada" });

    const before = await counts();
    await expect(meetings.updateMeeting(cusco, edit({ title: "Edición perdida" }))).rejects.toBeInstanceOf(errors.ConflictError);
    expect(await counts()).toEqual(before);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).title).toBe("Sesión editada");
    const current = await meetings.currentMeetingValues(cusco, id);
    expect(current).toMatchObject({ title: "Sesión editada", version: 2, status: "PLANNED" });

    // Another region's admin: not found, nothing written.
    await expect(meetings.updateMeeting(tacna, edit({ version: "2" }))).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(meetings.updateMeeting(viewer, edit({ version: "2" }))).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
  });

  it("marks held only on or after its day, cancels only planned ones, and locks what must not change", async () => {
    const future = await scheduled({ scheduledAt: limaLocal(5) });
    await expectRule(meetings.markMeetingHeld(cusco, { meetingId: future, version: 1 }), "meetings.heldInFuture");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: future } })).status).toBe("PLANNED");

    await meetings.cancelMeeting(cusco, { meetingId: future, version: 1 });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: future } })).status).toBe("CANCELLED");
    await expectRule(meetings.markMeetingHeld(cusco, { meetingId: future, version: 2 }), "meetings.notPlanned");
    await expectRule(
      meetings.updateMeeting(cusco, schema.UpdateMeetingInput.parse({ meetingId: future, version: "2", title: "x", scheduledAt: limaLocal(5), agenda: "x" })),
      "meetings.cancelledLocked",
    );
    await expect(meetings.getMeetingForEdit(cusco, future)).rejects.toBeInstanceOf(errors.NotFoundError);

    // Today counts as "on its day", even late in the evening.
    const today = await scheduled({ scheduledAt: limaLocal(0, "23:30") });
    await meetings.markMeetingHeld(cusco, { meetingId: today, version: 1 });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: today } })).status).toBe("HELD");
    await expectRule(meetings.cancelMeeting(cusco, { meetingId: today, version: 2 }), "meetings.notPlanned");
    // A held meeting's date is fixed; its title is not.
    const edit = (scheduledAt: string) =>
      schema.UpdateMeetingInput.parse({ meetingId: today, version: "2", title: "Sesión realizada", scheduledAt, agenda: "1. Informes" });
    await expectRule(meetings.updateMeeting(cusco, edit(limaLocal(-1))), "meetings.heldDateLocked");
    // Stored with seconds (a meeting recorded by other means): the form's minute is the same time.
    await db.meeting.update({ where: { id: today }, data: { scheduledAt: new Date(schema.parseLimaDateTime(limaLocal(0, "23:30"))!.getTime() + 17_000) } });
    await meetings.updateMeeting(cusco, edit(limaLocal(0, "23:30")));
    expect((await db.meeting.findUniqueOrThrow({ where: { id: today } })).scheduledAt.getUTCSeconds()).toBe(17);

    // A stale status button is a conflict; another region's admin gets not found.
    const other = await scheduled({ scheduledAt: limaLocal(-2) });
    await expect(meetings.markMeetingHeld(cusco, { meetingId: other, version: 7 })).rejects.toBeInstanceOf(errors.ConflictError);
    await expect(meetings.markMeetingHeld(tacna, { meetingId: other, version: 1 })).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(meetings.cancelMeeting(unsaacOffice, { meetingId: other, version: 1 })).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: other } })).status).toBe("PLANNED");
  });

  it("records minutes for held meetings only, with the version check", async () => {
    const planned = await scheduled();
    await expectRule(meetings.saveMinutes(cusco, { meetingId: planned, version: 1, minutes: "Acta" }), "meetings.minutesNeedHeld");
    const held = await heldMeeting(-3);
    await meetings.saveMinutes(cusco, { meetingId: held, version: 2, minutes: "Se verificó el quórum." });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: held } })).minutes).toBe("Se verificó el quórum.");
    await expect(meetings.saveMinutes(cusco, { meetingId: held, version: 2, minutes: "Otra acta" })).rejects.toBeInstanceOf(errors.ConflictError);
    await expect(meetings.saveMinutes(tacna, { meetingId: held, version: 3, minutes: "Otra acta" })).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: held } })).minutes).toBe("Se verificó el quórum.");
  });
});

describe("attendance and quorum", () => {
  it("saves attendance by seat in one go and computes the quorum from the voting seats present", async () => {
    const id = await heldMeeting(-1);
    const seats = await activeSeats(id);
    const voting = seats.filter((s) => s.voting && s.delegation);
    const votingTotal = seats.filter((s) => s.voting).length;
    expect(votingTotal).toBeGreaterThan(4);
    const needed = Math.floor(votingTotal / 2) + 1;

    // Exactly half is not quorum ("more than half").
    const half = Math.floor(votingTotal / 2);
    await meetings.saveAttendance(cusco, attendance(id, 2, voting.slice(0, half).map((s) => `${s.id}:delegate`)));
    let q = await meetings.getMeetingQuorum(cusco, await meetings.getMeeting(cusco, id));
    expect(q).toMatchObject({ recorded: true, reached: false, votingSeats: votingTotal, presentVoting: half, required: needed });
    // Every active seat has a row; the ones left out are absent.
    expect(await db.attendance.count({ where: { meetingId: id } })).toBe(seats.length);

    const present = voting.slice(0, needed);
    const withSubstitute = present.find((s) => s.delegation?.substitutePersonId);
    const choices = present.map((s) => `${s.id}:${s === withSubstitute ? "substitute" : "delegate"}`);
    const result = await meetings.saveAttendance(cusco, attendance(id, 3, choices));
    expect(result).toMatchObject({ reached: true, presentVoting: needed, votingSeats: votingTotal });
    q = await meetings.getMeetingQuorum(cusco, await meetings.getMeeting(cusco, id));
    expect(q.reached).toBe(true);

    // The person is resolved by the server from the delegation covering the day.
    const rows = await db.attendance.findMany({ where: { meetingId: id, present: true } });
    expect(rows).toHaveLength(needed);
    for (const row of rows) {
      const seat = present.find((s) => s.id === row.seatId)!;
      expect(row.attendeePersonId).toBe(seat === withSubstitute ? seat.delegation!.substitutePersonId : seat.delegation!.personId);
      expect(row.asSubstitute).toBe(seat === withSubstitute);
    }

    // The sheet lists every active seat with what was recorded.
    const sheet = await meetings.getAttendanceSheet(cusco, await meetings.getMeeting(cusco, id));
    expect(sheet.map((r) => r.seat.id).sort()).toEqual(seats.map((s) => s.id).sort());
    expect(sheet.filter((r) => r.choice !== "absent")).toHaveLength(needed);
    const audit = await db.auditEntry.findMany({ where: { entity: "Attendance", entityId: id }, orderBy: { at: "asc" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses a seat not active that day, a seat twice, a delegate the seat lacks; writes nothing", async () => {
    const id = await heldMeeting(-2);
    const seats = await activeSeats(id);
    const before = await counts();
    const v = await version(id);
    const tacnaSeat = await db.seat.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } });
    await expectRule(meetings.saveAttendance(cusco, attendance(id, v, [`${tacnaSeat.id}:present`])), "meetings.seatNotActive");
    const ended = await db.seat.findFirst({ where: { councilId: cuscoCouncil, endsOn: { lt: dates.addDays(dates.todayInLima(), -10) } }, select: { id: true } });
    if (ended) await expectRule(meetings.saveAttendance(cusco, attendance(id, v, [`${ended.id}:present`])), "meetings.seatNotActive");
    await expectRule(meetings.saveAttendance(cusco, attendance(id, v, [`${seats[0]!.id}:present`, `${seats[0]!.id}:absent`])), "meetings.seatTwice");
    const vacant = seats.find((s) => !s.delegation);
    expect(vacant, "the demo data has a vacant seat in Cusco").toBeDefined();
    await expectRule(meetings.saveAttendance(cusco, attendance(id, v, [`${vacant!.id}:delegate`])), "meetings.noDelegate");
    const noSubstitute = seats.find((s) => s.delegation && !s.delegation.substitutePersonId);
    if (noSubstitute) await expectRule(meetings.saveAttendance(cusco, attendance(id, v, [`${noSubstitute.id}:substitute`])), "meetings.noSubstitute");
    // A vacant seat may still be marked present (someone sat in it, not recorded who).
    expect(await counts()).toEqual(before);
    await meetings.saveAttendance(cusco, attendance(id, v, [`${vacant!.id}:present`]));
    expect((await db.attendance.findFirstOrThrow({ where: { meetingId: id, seatId: vacant!.id } })).present).toBe(true);
  });

  it("records attendance for held meetings only, with the version check, in the caller's region only", async () => {
    const planned = await scheduled({ scheduledAt: limaLocal(-1) });
    const seats = await activeSeats(planned);
    await expectRule(meetings.saveAttendance(cusco, attendance(planned, 1, [`${seats[0]!.id}:present`])), "meetings.attendanceNeedsHeld");
    const held = await heldMeeting(-1);
    const before = await counts();
    await expect(meetings.saveAttendance(cusco, attendance(held, 1, [`${seats[0]!.id}:present`]))).rejects.toBeInstanceOf(errors.ConflictError);
    await expect(meetings.saveAttendance(tacna, attendance(held, 2, [`${seats[0]!.id}:present`]))).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(meetings.saveAttendance(viewer, attendance(held, 2, [`${seats[0]!.id}:present`]))).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
  });

  it("rejects malformed attendance values at the schema", () => {
    const id = "0190a000-0000-7000-8000-000000000000";
    expect(schema.AttendanceInput.safeParse({ meetingId: id, version: "1", seat: `${id}:PRESENT` }).success).toBe(false);
    expect(schema.AttendanceInput.safeParse({ meetingId: id, version: "1", seat: "x:present" }).success).toBe(false);
    expect(schema.AttendanceInput.safeParse({ meetingId: id, version: "1", seat: `${id}:present`, personId: id }).success).toBe(false);
    expect(schema.AttendanceInput.parse({ meetingId: id, version: "1", seat: `${id.toUpperCase()}:present` }).seat).toEqual([{ seatId: id, choice: "present" }]);
  });
});

describe("the meetings list", () => {
  it("shows every upcoming meeting and the others a page at a time, latest first", async () => {
    // Forty monthly meetings of 1990-93, so the history needs pages.
    await db.meeting.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        regionId: tacna.regionId,
        councilId: tacnaCouncil,
        title: `Sesión histórica ${i + 1}`,
        scheduledAt: new Date(Date.UTC(1990, i, 15, 15)),
        agenda: "Orden del día",
        status: "HELD" as const,
      })),
    });
    const all = await db.meeting.findMany({ where: { regionId: tacna.regionId }, select: { id: true, status: true, scheduledAt: true } });
    const upcomingCount = all.filter((m) => m.status === "PLANNED" && m.scheduledAt.getTime() >= meetings.startOfTodayInLima().getTime()).length;

    const first = await meetings.listMeetings(tacna);
    expect(first.upcoming).toHaveLength(upcomingCount);
    expect(first.pastTotal).toBe(all.length - upcomingCount);
    expect(first.past).toHaveLength(schema.MEETINGS_PER_PAGE);
    expect(first.pageCount).toBe(Math.ceil(first.pastTotal / schema.MEETINGS_PER_PAGE));

    // Walking the pages gives every past meeting once, latest first.
    const seen: { id: string; at: number }[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const lists = await meetings.listMeetings(tacna, page);
      expect(lists.page).toBe(page);
      seen.push(...lists.past.map((m) => ({ id: m.id, at: m.scheduledAt.getTime() })));
    }
    expect(new Set(seen.map((m) => m.id)).size).toBe(first.pastTotal);
    expect(seen.map((m) => m.at)).toEqual([...seen.map((m) => m.at)].sort((a, b) => b - a));
    expect(seen.at(-1)!.at).toBe(Date.UTC(1990, 0, 15, 15));

    // A page past the end is the last page; page 1 is the default.
    expect((await meetings.listMeetings(tacna, 9_999)).page).toBe(first.pageCount);
  });
});

describe("pending agreements on the next planned meeting", () => {
  it("lists the council's open agreements on the next planned meeting only, computed on read", async () => {
    const next = await scheduled({ scheduledAt: limaLocal(1, "09:00") });
    const later = await scheduled({ scheduledAt: limaLocal(2, "09:00") });
    const open = await db.agreement.findMany({ where: { councilId: cuscoCouncil, status: { in: ["PENDING", "IN_PROGRESS"] } }, select: { id: true } });
    expect(open.length).toBeGreaterThan(0);
    const detail = await meetings.getMeeting(cusco, next);
    expect(detail.pendingAgreements?.map((a) => a.id).sort()).toEqual(open.map((a) => a.id).sort());
    expect((await meetings.getMeeting(cusco, later)).pendingAgreements).toBeNull();
    const past = (await meetings.listMeetings(cusco)).past[0]!;
    expect((await meetings.getMeeting(cusco, past.id)).pendingAgreements).toBeNull();

    // Closing one removes it at once: nothing was copied into the agenda.
    const closed = open[0]!.id;
    await db.agreement.update({ where: { id: closed }, data: { status: "DONE", completedOn: dates.todayInLima() } });
    expect((await meetings.getMeeting(cusco, next)).pendingAgreements!.map((a) => a.id)).not.toContain(closed);
    // Tacna's next meeting never lists Cusco's agreements.
    const tacnaNext = (await meetings.listMeetings(tacna)).upcoming[0];
    if (tacnaNext) {
      const ids = new Set(open.map((a) => a.id));
      expect(((await meetings.getMeeting(tacna, tacnaNext.id)).pendingAgreements ?? []).some((a) => ids.has(a.id))).toBe(false);
    }
  });

  it("counts the overdue agreements in SQL: open with a past due date", async () => {
    const today = dates.todayInLima();
    const expected = await db.agreement.count({ where: { regionId: cusco.regionId, status: { in: ["PENDING", "IN_PROGRESS"] }, dueOn: { lt: today } } });
    expect(await meetings.countOverdueAgreements(cusco)).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(meetings.isOverdue({ status: "PENDING", dueOn: dates.addDays(today, -1) }, today)).toBe(true);
    expect(meetings.isOverdue({ status: "IN_PROGRESS", dueOn: today }, today)).toBe(false);
    expect(meetings.isOverdue({ status: "DONE", dueOn: dates.addDays(today, -9) }, today)).toBe(false);
    expect(meetings.isOverdue({ status: "DROPPED", dueOn: dates.addDays(today, -9) }, today)).toBe(false);
    expect(meetings.isOverdue({ status: "PENDING", dueOn: null }, today)).toBe(false);
  });
});
