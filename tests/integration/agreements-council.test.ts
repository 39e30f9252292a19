// Council agreements against a real PostgreSQL with the demo data: adopt at a held meeting with
// quorum, edit with status changes (done records the day), follow-up notes in order, the list
// with its status filter and overdue view, tenant isolation, permissions, version conflicts and
// bad input changing nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let meetings: typeof import("@/lib/meetings/data");
let meetingSchema: typeof import("@/lib/meetings/schema");
let agreements: typeof import("@/lib/agreements/data");
let schema: typeof import("@/lib/agreements/schema");
let errors: typeof import("@/lib/errors");
let dates: typeof import("@/lib/dates");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let viewer: RegionContext;
let cuscoCouncil: string;
let cuscoOwner: string;
let tacnaOwner: string;
/** A held Cusco meeting of 10 days ago that reached quorum. */
let quorate: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [meetings, meetingSchema, agreements, schema, errors, dates] = await Promise.all([
    import("@/lib/meetings/data"),
    import("@/lib/meetings/schema"),
    import("@/lib/agreements/data"),
    import("@/lib/agreements/schema"),
    import("@/lib/errors"),
    import("@/lib/dates"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  viewer = await regionContextOf("multisectorial@minka.example", "cusco");
  cuscoCouncil = (await db.council.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
  cuscoOwner = (await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, archivedAt: null }, select: { id: true } })).id;
  tacnaOwner = (await db.actor.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } })).id;
  quorate = await heldMeeting(-10, true);
}, 180_000);

afterAll(() => closeDemoDatabase(tdb, db));

const day = (days: number) => dates.formatIsoDay(dates.addDays(dates.todayInLima(), days));

/** A held Cusco meeting `days` from today; with quorum, every seat with a delegate attends. */
async function heldMeeting(days: number, withQuorum: boolean): Promise<string> {
  const { id } = await meetings.createMeeting(
    cusco,
    meetingSchema.CreateMeetingInput.parse({ councilId: cuscoCouncil, title: `Sesión ${days}`, scheduledAt: `${day(days)}T10:00`, agenda: "1. Acuerdos" }),
  );
  await meetings.markMeetingHeld(cusco, { meetingId: id, version: 1 });
  const meeting = await meetings.getMeeting(cusco, id);
  const sheet = await meetings.getAttendanceSheet(cusco, meeting);
  const seat = sheet.filter((r) => withQuorum && r.seat.delegate).map((r) => `${r.seat.id}:delegate`);
  await meetings.saveAttendance(cusco, meetingSchema.AttendanceInput.parse({ meetingId: id, version: "2", seat }));
  return id;
}

let serial = 0;
const adoptInput = (raw: Record<string, unknown> = {}) =>
  schema.AdoptAgreementInput.parse({ meetingId: quorate, reference: `ACU-T-${++serial}`, text: "Elaborar el plan de trabajo", ownerActorId: cuscoOwner, dueOn: day(20), ...raw });

async function adopted(raw: Record<string, unknown> = {}) {
  return (await agreements.adoptAgreement(cusco, adoptInput(raw))).id;
}

const editInput = (agreementId: string, version: number, raw: Record<string, unknown> = {}) =>
  schema.UpdateAgreementInput.parse({
    agreementId,
    version: String(version),
    reference: "",
    text: "Elaborar el plan de trabajo",
    ownerActorId: cuscoOwner,
    dueOn: day(20),
    status: "IN_PROGRESS",
    completedOn: "",
    ...raw,
  });

async function counts() {
  const [agreementRows, notes, audit] = await Promise.all([db.agreement.count(), db.agreementNote.count(), db.auditEntry.count()]);
  return { agreementRows, notes, audit };
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

describe("adopt", () => {
  it("adopts an agreement at a held meeting with quorum, in its council, audited", async () => {
    const before = await counts();
    const id = await adopted({ reference: "ACU-2026-77" });
    const row = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ regionId: cusco.regionId, councilId: cuscoCouncil, meetingId: quorate, reference: "ACU-2026-77", status: "PENDING", completedOn: null });
    expect(dates.formatIsoDay(row.dueOn!)).toBe(day(20));
    const after = await counts();
    expect(after).toMatchObject({ agreementRows: before.agreementRows + 1, audit: before.audit + 1 });
    expect((await meetings.getMeeting(cusco, quorate)).agreements.map((a) => a.id)).toContain(id);
  });

  it("refuses meetings without quorum, not held, or of another region; writing nothing", async () => {
    const noQuorum = await heldMeeting(-5, false);
    const planned = (
      await meetings.createMeeting(
        cusco,
        meetingSchema.CreateMeetingInput.parse({ councilId: cuscoCouncil, title: "Programada", scheduledAt: `${day(4)}T10:00`, agenda: "x" }),
      )
    ).id;
    const before = await counts();
    await expectRule(agreements.adoptAgreement(cusco, adoptInput({ meetingId: noQuorum })), "agreements.noQuorum");
    await expectRule(agreements.adoptAgreement(cusco, adoptInput({ meetingId: planned })), "agreements.meetingNotHeld");
    await expect(agreements.adoptAgreement(tacna, adoptInput({ ownerActorId: tacnaOwner }))).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(agreements.adoptAgreement(viewer, adoptInput())).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(agreements.adoptAgreement(unsaacOffice, adoptInput())).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
  });

  it("refuses a due date before the meeting, another region's owner, an archived owner, a taken reference", async () => {
    const taken = `ACU-TOMADA-${Date.now()}`;
    await adopted({ reference: taken });
    const archived = await db.actor.create({ data: { regionId: cusco.regionId, name: "Archivada SAC", helix: "BUSINESS", type: "FIRM", archivedAt: new Date() } });
    const before = await counts();
    await expectRule(agreements.adoptAgreement(cusco, adoptInput({ dueOn: day(-11) })), "agreements.dueBeforeMeeting");
    await expectRule(agreements.adoptAgreement(cusco, adoptInput({ ownerActorId: tacnaOwner })), "agreements.invalidOwner");
    await expectRule(agreements.adoptAgreement(cusco, adoptInput({ ownerActorId: archived.id })), "agreements.invalidOwner");
    await expectRule(agreements.adoptAgreement(cusco, adoptInput({ reference: taken.toLowerCase() })), "agreements.referenceTaken");
    expect(await counts()).toEqual(before);
    // The meeting day itself is a valid due date; no due date is allowed too.
    await adopted({ dueOn: day(-10) });
    await adopted({ dueOn: "", reference: "" });
  });

  it("holds a reference unique in the database too: a save racing another, or a write that skips the check", async () => {
    const reference = `ACU-CARRERA-${Date.now()}`;
    // Another save of the same reference, not yet committed: the check cannot see it, so this one
    // reaches its insert and waits on the unique index until the other commits.
    const other = new pg.Client({ connectionString: tdb.url });
    await other.connect();
    try {
      await other.query("begin");
      const { rows } = await other.query<{ id: string }>(
        `insert into "Agreement"(id, "regionId", "councilId", "meetingId", reference, "referenceKey", text, "ownerActorId", "updatedAt")
         values (gen_random_uuid(), $1, $2, $3, $4::varchar, lower($4::varchar), 'En carrera', $5, now()) returning id`,
        [cusco.regionId, cuscoCouncil, quorate, reference, cuscoOwner],
      );
      const before = await counts();
      const racing = agreements.adoptAgreement(cusco, adoptInput({ reference: reference.toLowerCase() })).then(
        () => null,
        (e: unknown) => e,
      );
      await expect
        .poll(async () => (await other.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n)
        .toBe(1);
      await other.query("commit");
      const error = (await racing) as InstanceType<typeof errors.InvalidInputError>;
      expect(error).toBeInstanceOf(errors.InvalidInputError);
      expect(error.fieldErrors).toEqual({ reference: ["agreements.referenceTaken"] });
      expect(await counts()).toEqual({ ...before, agreementRows: before.agreementRows + 1 });
      // The index itself refuses a repeat that never went through the check.
      const saved = (await db.agreement.findUnique({ where: { id: rows[0]!.id } }))!;
      const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = saved;
      await expect(db.agreement.create({ data: { ...copy, reference: reference.toUpperCase() } })).rejects.toMatchObject({ code: "P2002" });
      // An edit onto a taken reference is refused the same way; an edit keeping its own is fine.
      const mine = await adopted();
      await expectRule(agreements.updateAgreement(cusco, editInput(mine, 1, { reference: ` ${reference.toLowerCase()} ` })), "agreements.referenceTaken");
      await agreements.updateAgreement(cusco, editInput(saved.id, saved.version, { reference: reference.toLowerCase() }));
      expect(await db.agreement.findUnique({ where: { id: saved.id }, select: { reference: true, referenceKey: true } })).toEqual({
        reference: reference.toLowerCase(),
        referenceKey: reference.toLowerCase(),
      });
    } finally {
      await other.end();
    }
  });

  it("rejects bad input at the schema", () => {
    const base = { meetingId: quorate, text: "x", ownerActorId: cuscoOwner };
    expect(schema.AdoptAgreementInput.safeParse({ ...base, dueOn: "2026-13-01" }).success).toBe(false);
    expect(schema.AdoptAgreementInput.safeParse({ ...base, text: "  " }).success).toBe(false);
    expect(schema.AdoptAgreementInput.safeParse({ ...base, ownerActorId: "UNSAAC" }).success).toBe(false);
    expect(schema.AdoptAgreementInput.safeParse({ ...base, reference: "x".repeat(41) }).success).toBe(false);
    expect(schema.AdoptAgreementInput.safeParse({ ...base, councilId: cuscoCouncil }).success).toBe(false);
    expect(schema.UpdateAgreementInput.safeParse({ ...base, agreementId: quorate, version: "1", status: "FINISHED" }).success).toBe(false);
  });
});

describe("edit, status and conflicts", () => {
  it("done records today's date (or the one given); other statuses clear it", async () => {
    const id = await adopted();
    await agreements.updateAgreement(cusco, editInput(id, 1, { status: "DONE" }));
    let row = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DONE");
    expect(dates.formatIsoDay(row.completedOn!)).toBe(day(0));
    expect(row.version).toBe(2);
    await agreements.updateAgreement(cusco, editInput(id, 2, { status: "DONE", completedOn: day(-3) }));
    expect(dates.formatIsoDay((await db.agreement.findUniqueOrThrow({ where: { id } })).completedOn!)).toBe(day(-3));
    await agreements.updateAgreement(cusco, editInput(id, 3, { status: "IN_PROGRESS", completedOn: day(-3) }));
    row = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", completedOn: null });
    const audit = await db.auditEntry.findMany({ where: { entity: "Agreement", entityId: id, action: "UPDATE" } });
    expect(audit).toHaveLength(3);
  });

  it("refuses completion dates before the meeting or in the future, and due dates before the meeting", async () => {
    const id = await adopted();
    const before = await counts();
    await expectRule(agreements.updateAgreement(cusco, editInput(id, 1, { status: "DONE", completedOn: day(-11) })), "agreements.completedBeforeMeeting");
    await expectRule(agreements.updateAgreement(cusco, editInput(id, 1, { status: "DONE", completedOn: day(1) })), "agreements.completedInFuture");
    await expectRule(agreements.updateAgreement(cusco, editInput(id, 1, { dueOn: day(-30) })), "agreements.dueBeforeMeeting");
    await expectRule(agreements.updateAgreement(cusco, editInput(id, 1, { ownerActorId: tacnaOwner })), "agreements.invalidOwner");
    expect(await counts()).toEqual(before);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("refuses a newly archived owner or none, but keeps an owner archived since it was chosen", async () => {
    const owner = await db.actor.create({ data: { regionId: cusco.regionId, name: "Dueña Luego Archivada SAC", helix: "BUSINESS", type: "FIRM" } });
    const id = await adopted({ ownerActorId: owner.id });
    const archived = await db.actor.create({ data: { regionId: cusco.regionId, name: "Otra Archivada SAC", helix: "BUSINESS", type: "FIRM", archivedAt: new Date() } });
    await db.actor.update({ where: { id: owner.id }, data: { archivedAt: new Date() } });
    const before = await counts();
    await expectRule(agreements.updateAgreement(cusco, editInput(id, 1, { ownerActorId: archived.id })), "agreements.invalidOwner");
    // The organisation picker left blank posts an empty id: the same message, asking for one.
    const blank = schema.UpdateAgreementInput.safeParse({ agreementId: id, version: "1", reference: "", text: "Plan", ownerActorId: "", dueOn: "", status: "PENDING", completedOn: "" });
    expect(blank.success ? [] : blank.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["ownerActorId", "agreements.invalidOwner"]]);
    expect(await counts()).toEqual(before);
    await agreements.updateAgreement(cusco, editInput(id, 1, { ownerActorId: owner.id, text: "Sigue a cargo de la misma institución" }));
    expect(await db.agreement.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerActorId: owner.id, version: 2 });
  });

  it("a second save with the old version is refused and the current values are returned", async () => {
    const id = await adopted();
    await agreements.updateAgreement(cusco, editInput(id, 1, { text: "Primera edición" }));
    const before = await counts();
    await expect(agreements.updateAgreement(cusco, editInput(id, 1, { text: "Segunda edición" }))).rejects.toBeInstanceOf(errors.ConflictError);
    expect(await counts()).toEqual(before);
    expect(await agreements.currentAgreementValues(cusco, id)).toMatchObject({ text: "Primera edición", version: 2, status: "IN_PROGRESS" });
    // Another region's admin: not found; readers: forbidden; nothing written.
    await expect(agreements.updateAgreement(tacna, editInput(id, 2, { ownerActorId: tacnaOwner }))).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(agreements.updateAgreement(viewer, editInput(id, 2))).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
    expect(await agreements.currentAgreementValues(tacna, id)).toBeNull();
  });
});

describe("notes", () => {
  it("appends notes signed by the current user, shown in the order written", async () => {
    const id = await adopted();
    await agreements.addAgreementNote(cusco, { agreementId: id, body: "Primera nota" });
    await agreements.addAgreementNote(cusco, { agreementId: id, body: "Segunda nota" });
    const detail = await agreements.getAgreement(cusco, id);
    expect(detail.notes.map((n) => n.body)).toEqual(["Primera nota", "Segunda nota"]);
    const user = await db.user.findUniqueOrThrow({ where: { email: "gore.cusco@minka.example" } });
    expect(detail.notes[0]!.authorName).toBe(user.name);
    expect((await db.agreementNote.findFirstOrThrow({ where: { agreementId: id } })).authorUserId).toBe(user.id);
    // A national viewer reads the notes without the authors' names.
    expect((await agreements.getAgreement(viewer, id)).notes.map((n) => n.authorName)).toEqual([null, null]);
    expect(await db.auditEntry.count({ where: { entity: "AgreementNote", after: { path: ["agreementId"], equals: id } } })).toBe(2);
  });

  it("refuses another region's agreement, readers and empty notes", async () => {
    const id = await adopted();
    const before = await counts();
    await expect(agreements.addAgreementNote(tacna, { agreementId: id, body: "Intrusa" })).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(agreements.addAgreementNote(unsaacOffice, { agreementId: id, body: "Intrusa" })).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(schema.AgreementNoteInput.safeParse({ agreementId: id, body: "   " }).success).toBe(false);
    expect(await counts()).toEqual(before);
    await expect(agreements.getAgreement(tacna, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(agreements.getAgreement(cusco, "ACU-2019-03")).rejects.toBeInstanceOf(errors.NotFoundError);
  });
});

describe("list and overdue view", () => {
  const query = (raw: Record<string, unknown> = {}) => schema.parseAgreementListQuery(raw);

  it("lists the region's agreements, filtered by status, counted in SQL", async () => {
    const all = await agreements.listAgreements(cusco, query());
    expect(all.total).toBe(await db.agreement.count({ where: { regionId: cusco.regionId } }));
    expect(all.items.length).toBe(Math.min(all.total, schema.AGREEMENTS_PER_PAGE));
    const tacnaIds = new Set((await db.agreement.findMany({ where: { regionId: tacna.regionId }, select: { id: true } })).map((a) => a.id));
    expect(all.items.some((a) => tacnaIds.has(a.id))).toBe(false);
    const done = await agreements.listAgreements(cusco, query({ status: "DONE" }));
    expect(done.total).toBe(await db.agreement.count({ where: { regionId: cusco.regionId, status: "DONE" } }));
    expect(done.items.every((a) => a.status === "DONE")).toBe(true);
    // Bad values are ignored, never an error.
    expect((await agreements.listAgreements(cusco, query({ status: "CUALQUIERA", view: "x", page: "-3" }))).total).toBe(all.total);
  });

  it("the overdue view lists open agreements past their due date, most delayed first", async () => {
    const today = dates.todayInLima();
    // One overdue (due yesterday, adopted 10 days ago), one due today (not overdue), one done late.
    const late = await adopted({ dueOn: day(-1) });
    const dueToday = await adopted({ dueOn: day(0) });
    const doneLate = await adopted({ dueOn: day(-2) });
    await agreements.updateAgreement(cusco, editInput(doneLate, 1, { dueOn: day(-2), status: "DONE" }));
    const overdue = await agreements.listAgreements(cusco, query({ view: "overdue" }));
    const expected = await db.agreement.count({ where: { regionId: cusco.regionId, status: { in: ["PENDING", "IN_PROGRESS"] }, dueOn: { lt: today } } });
    expect(overdue.total).toBe(expected);
    expect(await meetings.countOverdueAgreements(cusco)).toBe(expected);
    const ids = (await agreements.listAgreements(cusco, query({ view: "overdue", page: "1" }))).items.map((a) => a.id);
    const allOverdueIds = (await db.agreement.findMany({ where: { regionId: cusco.regionId, status: { in: ["PENDING", "IN_PROGRESS"] }, dueOn: { lt: today } }, select: { id: true } })).map((a) => a.id);
    expect(allOverdueIds).toContain(late);
    expect(allOverdueIds).not.toContain(dueToday);
    expect(allOverdueIds).not.toContain(doneLate);
    expect(overdue.items.every((a) => a.overdue)).toBe(true);
    const dues = overdue.items.map((a) => a.dueOn!.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(ids.length).toBe(Math.min(expected, schema.AGREEMENTS_PER_PAGE));
    // Overdue and in progress narrows it further.
    const inProgress = await agreements.listAgreements(cusco, query({ view: "overdue", status: "IN_PROGRESS" }));
    expect(inProgress.items.every((a) => a.status === "IN_PROGRESS" && a.overdue)).toBe(true);
  });
});
