// Council administration against a real PostgreSQL with the demo data: the council's record,
// seats and delegations — each write with its audit entry, its rules refused with translated
// keys and nothing written, optimistic locking, another region's admin answered "not found",
// and roles without `council.write` refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let admin: typeof import("@/lib/councils/admin");
let data: typeof import("@/lib/councils/data");
let schema: typeof import("@/lib/councils/schema");
let errors: typeof import("@/lib/errors");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let nationalViewer: RegionContext;
let cuscoCouncilId: string;
let tacnaCouncilId: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [admin, data, schema, errors] = await Promise.all([
    import("@/lib/councils/admin"),
    import("@/lib/councils/data"),
    import("@/lib/councils/schema"),
    import("@/lib/errors"),
  ]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  nationalViewer = await regionContextOf("multisectorial@minka.example", "cusco");
  cuscoCouncilId = (await db.council.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
  tacnaCouncilId = (await db.council.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } })).id;
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let serial = 0;
const next = () => ++serial;

/** Every table the administration writes, counted, plus a hash of their rows: "nothing changed". */
async function fingerprint(): Promise<string> {
  const rows = await db.$queryRaw<{ h: string }[]>`
    select md5(
      (select coalesce(string_agg(t::text, '|' order by t::text), '') from "Council" t) ||
      (select coalesce(string_agg(t::text, '|' order by t::text), '') from "Seat" t) ||
      (select coalesce(string_agg(t::text, '|' order by t::text), '') from "Delegation" t) ||
      (select coalesce(string_agg(t::text, '|' order by t::text), '') from "Person" t) ||
      (select count(*)::text from "AuditEntry")
    ) as h`;
  return rows[0]!.h;
}

/** The call is refused with `error` (a class) and nothing is written. */
async function refusedUnchanged(call: () => Promise<unknown>, error: new (...args: never[]) => Error): Promise<Error> {
  const before = await fingerprint();
  const caught = await call().then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(caught).toBeInstanceOf(error);
  expect(await fingerprint()).toBe(before);
  return caught!;
}

async function invalidFields(call: () => Promise<unknown>): Promise<Record<string, string[]>> {
  const e = await refusedUnchanged(call, errors.InvalidInputError);
  return (e as InstanceType<typeof errors.InvalidInputError>).fieldErrors;
}

async function freshActor(ctx: RegionContext, archived = false): Promise<string> {
  const a = await db.actor.create({
    data: { regionId: ctx.regionId, name: `Empresa de consejo ${next()}`, helix: "BUSINESS", type: "FIRM", archivedAt: archived ? new Date() : null },
  });
  return a.id;
}

async function freshPerson(ctx: RegionContext): Promise<string> {
  const p = await db.person.create({ data: { regionId: ctx.regionId, givenNames: "Persona", familyNames: `De Prueba ${next()}` } });
  return p.id;
}

const councilInput = (raw: Record<string, unknown>) =>
  schema.UpdateCouncilInput.parse({
    name: "Consejo de prueba",
    kind: "COUNCIL",
    status: "INSTITUTIONALISED",
    budgetCurrency: "PEN",
    quorumNumerator: "1",
    quorumDenominator: "2",
    ...raw,
  });

/** The council's stored values as its form would post them (the id goes as councilId). */
function formOf(values: Awaited<ReturnType<typeof admin.getCouncilForEdit>>): Record<string, string> {
  const { id, ...rest } = values;
  return { ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === null ? "" : String(v)])), councilId: id };
}

const seatInput = (raw: Record<string, unknown>) => schema.CreateSeatInput.parse({ role: "MEMBER", voting: "on", startsOn: "2020-01-01", ...raw });
const seatUpdate = (raw: Record<string, unknown>) => schema.UpdateSeatInput.parse({ role: "MEMBER", voting: "on", startsOn: "2020-01-01", ...raw });
const delegationInput = (raw: Record<string, unknown>) =>
  schema.CreateDelegationInput.parse({ termStartsOn: "2020-01-01", termEndsOn: "2021-12-31", ...raw });
const delegationUpdate = (raw: Record<string, unknown>) =>
  schema.UpdateDelegationInput.parse({ termStartsOn: "2020-01-01", termEndsOn: "2021-12-31", ...raw });

async function seatOf(ctx: RegionContext, councilId: string, raw: Record<string, unknown> = {}) {
  const { id } = await admin.createSeat(ctx, seatInput({ councilId, actorId: await freshActor(ctx), ...raw }));
  return id;
}

async function lastAudit(entity: string, entityId: string) {
  return db.auditEntry.findFirst({ where: { entity, entityId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
}

// ---------------------------------------------------------------------------------------------

describe("the council's record", () => {
  it("updates the legal basis, resources and quorum at the loaded version, audited", async () => {
    const before = await admin.getCouncilForEdit(cusco, cuscoCouncilId);
    const result = await admin.updateCouncil(
      cusco,
      councilInput({
        ...formOf(before),
        ordinanceNumber: "Ordenanza Regional N.° 045-2014-CR/GRC.CUSCO",
        ordinanceDate: "2014-05-12",
        legalBasisUrl: "https://www.regioncusco.gob.pe/ordenanza-045.pdf",
        establishedOn: "2014-06-01",
        annualBudget: "150000.50",
        budgetCurrency: "PEN",
        staffCount: "2",
        quorumNumerator: "2",
        quorumDenominator: "3",
      }),
    );
    expect(result.version).toBe(before.version + 1);
    const after = await admin.getCouncilForEdit(cusco, cuscoCouncilId);
    expect(after).toMatchObject({
      ordinanceNumber: "Ordenanza Regional N.° 045-2014-CR/GRC.CUSCO",
      ordinanceDate: "2014-05-12",
      legalBasisUrl: "https://www.regioncusco.gob.pe/ordenanza-045.pdf",
      establishedOn: "2014-06-01",
      annualBudget: "150000.50",
      staffCount: 2,
      quorumNumerator: 2,
      quorumDenominator: 3,
      version: before.version + 1,
    });
    const entry = await lastAudit("Council", cuscoCouncilId);
    expect(entry).toMatchObject({ action: "UPDATE", userId: cusco.userId, regionId: cusco.regionId });
    expect(entry!.after).toMatchObject({ ordinanceNumber: "Ordenanza Regional N.° 045-2014-CR/GRC.CUSCO", annualBudget: "150000.50" });
    // The composition reads the new rule.
    const [composition] = await data.getCouncilCompositions(cusco, day("2020-01-01"));
    expect(composition!.council).toMatchObject({ quorumNumerator: 2, quorumDenominator: 3, annualBudget: "150000.50" });
  });

  it("refuses a save at an old version and writes nothing", async () => {
    const current = await admin.getCouncilForEdit(cusco, cuscoCouncilId);
    await refusedUnchanged(
      () => admin.updateCouncil(cusco, councilInput({ ...formOf(current), version: String(current.version - 1 || 99), name: "Pisado" })),
      errors.ConflictError,
    );
  });

  it("answers another region's council as not found, and refuses roles without council.write", async () => {
    const current = await admin.getCouncilForEdit(cusco, cuscoCouncilId);
    const input = councilInput({ ...formOf(current), name: "Intruso" });
    await refusedUnchanged(() => admin.updateCouncil(tacna, input), errors.NotFoundError);
    await expect(admin.getCouncilForEdit(tacna, cuscoCouncilId)).rejects.toBeInstanceOf(errors.NotFoundError);
    await refusedUnchanged(() => admin.updateCouncil(unsaacOffice, input), errors.ForbiddenError);
    await refusedUnchanged(() => admin.updateCouncil(nationalViewer, input), errors.ForbiddenError);
  });

  it("creates a council only while the region has none that is not dissolved", async () => {
    const input = schema.CreateCouncilInput.parse({ name: "Segundo consejo", kind: "COUNCIL", status: "INFORMAL", budgetCurrency: "PEN", quorumNumerator: "1", quorumDenominator: "2" });
    expect(await admin.canCreateCouncil(tacna)).toBe(false);
    expect(await invalidFields(() => admin.createCouncil(tacna, input))).toEqual({ status: ["council.anotherActiveCouncil"] });
    await refusedUnchanged(() => admin.createCouncil(unsaacOffice, input), errors.ForbiddenError);

    // Tacna's informal forum is dissolved: now Tacna may register its council (audited).
    const forum = await admin.getCouncilForEdit(tacna, tacnaCouncilId);
    await admin.updateCouncil(tacna, councilInput({ ...formOf(forum), status: "DISSOLVED" }));
    expect(await admin.canCreateCouncil(tacna)).toBe(true);
    const { id } = await admin.createCouncil(tacna, { ...input, name: "Consejo Regional de CTI de Tacna" });
    expect(await db.council.findUniqueOrThrow({ where: { id } })).toMatchObject({ regionId: tacna.regionId, status: "INFORMAL", version: 1 });
    expect(await lastAudit("Council", id)).toMatchObject({ action: "CREATE", regionId: tacna.regionId });
    // The dissolved forum cannot come back while the new council is active.
    const dissolved = await admin.getCouncilForEdit(tacna, tacnaCouncilId);
    expect(
      await invalidFields(() =>
        admin.updateCouncil(tacna, councilInput({ ...formOf(dissolved), status: "INFORMAL" })),
      ),
    ).toEqual({ status: ["council.anotherActiveCouncil"] });
  });
});

describe("seats", () => {
  it("adds a seat for an institution of the region, audited, and it is in the composition", async () => {
    const actorId = await freshActor(cusco);
    const { id } = await admin.createSeat(cusco, seatInput({ councilId: cuscoCouncilId, actorId, role: "OBSERVER", voting: undefined, startsOn: "2019-02-01" }));
    expect(await db.seat.findUniqueOrThrow({ where: { id } })).toMatchObject({ regionId: cusco.regionId, actorId, role: "OBSERVER", voting: false, version: 1 });
    expect(await lastAudit("Seat", id)).toMatchObject({ action: "CREATE", userId: cusco.userId });
    const [composition] = await data.getCouncilCompositions(cusco, day("2019-03-01"));
    expect(composition!.seats.find((s) => s.id === id)).toMatchObject({ role: "OBSERVER", voting: false, delegate: null });
  });

  it("refuses another region's actor or council, an archived actor, and a second president", async () => {
    const tacnaActor = await freshActor(tacna);
    expect(await invalidFields(() => admin.createSeat(cusco, seatInput({ councilId: cuscoCouncilId, actorId: tacnaActor })))).toEqual({ actorId: ["council.invalidChoice"] });
    await refusedUnchanged(() => admin.createSeat(cusco, seatInput({ councilId: tacnaCouncilId, actorId: tacnaActor })), errors.NotFoundError);
    await refusedUnchanged(() => admin.createSeat(tacna, seatInput({ councilId: cuscoCouncilId, actorId: tacnaActor })), errors.NotFoundError);
    const archived = await freshActor(cusco, true);
    expect(await invalidFields(() => admin.createSeat(cusco, seatInput({ councilId: cuscoCouncilId, actorId: archived })))).toEqual({ actorId: ["council.actorArchived"] });
    // Cusco's regional government presides since 2014 with no end.
    const actorId = await freshActor(cusco);
    expect(await invalidFields(() => admin.createSeat(cusco, seatInput({ councilId: cuscoCouncilId, actorId, role: "PRESIDENT", startsOn: "2030-01-01" })))).toEqual({ role: ["council.onePresident"] });
    // Before the current presidency, a president fits (periods are half-open: end = next start).
    const presidency = await db.seat.findFirstOrThrow({ where: { councilId: cuscoCouncilId, role: "PRESIDENT" }, select: { startsOn: true } });
    const earlier = await admin.createSeat(cusco, seatInput({ councilId: cuscoCouncilId, actorId, role: "PRESIDENT", startsOn: "2012-01-01", endsOn: presidency.startsOn.toISOString().slice(0, 10) }));
    expect(earlier.id).toBeTruthy();
  });

  it("refuses roles without council.write", async () => {
    const actorId = await freshActor(cusco);
    for (const ctx of [unsaacOffice, nationalViewer]) {
      await refusedUnchanged(() => admin.createSeat(ctx, seatInput({ councilId: cuscoCouncilId, actorId })), errors.ForbiddenError);
    }
  });

  it("edits a seat at its version; an old version, another region, an editor are refused", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const saved = await admin.updateSeat(cusco, seatUpdate({ seatId, version: "1", role: "TECHNICAL_SECRETARY", voting: undefined, startsOn: "2020-02-01" }));
    expect(saved.version).toBe(2);
    expect(await db.seat.findUniqueOrThrow({ where: { id: seatId } })).toMatchObject({ role: "TECHNICAL_SECRETARY", voting: false, startsOn: day("2020-02-01"), version: 2 });
    const entry = await lastAudit("Seat", seatId);
    expect(entry).toMatchObject({ action: "UPDATE" });
    expect(entry!.before).toMatchObject({ role: "MEMBER", voting: true });

    await refusedUnchanged(() => admin.updateSeat(cusco, seatUpdate({ seatId, version: "1", role: "MEMBER" })), errors.ConflictError);
    await refusedUnchanged(() => admin.updateSeat(tacna, seatUpdate({ seatId, version: "2" })), errors.NotFoundError);
    await refusedUnchanged(() => admin.updateSeat(unsaacOffice, seatUpdate({ seatId, version: "2" })), errors.ForbiddenError);
    expect(await admin.currentSeatValues(cusco, seatId)).toMatchObject({ role: "TECHNICAL_SECRETARY", startsOn: "2020-02-01", version: 2 });
    expect(await admin.currentSeatValues(tacna, seatId)).toBeNull();
    // Becoming a second president is refused too.
    expect(await invalidFields(() => admin.updateSeat(cusco, seatUpdate({ seatId, version: "2", role: "PRESIDENT", startsOn: "2020-02-01" })))).toEqual({ role: ["council.onePresident"] });
  });

  it("ends a seat: history kept, a running term cut to the day before, the seat off the council from then", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const personId = await freshPerson(cusco);
    const { id: delegationId } = await admin.createDelegation(cusco, delegationInput({ seatId, personId, termStartsOn: "2020-01-01", termEndsOn: "2023-12-31" }));
    const ended = await admin.endSeat(cusco, schema.EndSeatInput.parse({ seatId, version: "1", endsOn: "2022-07-01" }));
    expect(ended.version).toBe(2);
    expect(await db.seat.findUniqueOrThrow({ where: { id: seatId } })).toMatchObject({ endsOn: day("2022-07-01") });
    expect(await db.delegation.findUniqueOrThrow({ where: { id: delegationId } })).toMatchObject({ termEndsOn: day("2022-06-30"), version: 2 });
    expect(await lastAudit("Delegation", delegationId)).toMatchObject({ action: "UPDATE" });
    const [onLastDay] = await data.getCouncilCompositions(cusco, day("2022-06-30"));
    expect(onLastDay!.seats.find((s) => s.id === seatId)?.delegate).not.toBeNull();
    const [afterEnd] = await data.getCouncilCompositions(cusco, day("2022-07-01"));
    expect(afterEnd!.seats.map((s) => s.id)).not.toContain(seatId);
    expect((await admin.listCouncilSeats(cusco, cuscoCouncilId)).seats.map((s) => s.id)).toContain(seatId);
  });

  it("refuses an end on or before the start, a term left outside, an old version, another region", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    expect(await invalidFields(() => admin.endSeat(cusco, schema.EndSeatInput.parse({ seatId, version: "1", endsOn: "2020-01-01" })))).toEqual({ endsOn: ["council.seatEndBeforeStart"] });
    await admin.createDelegation(cusco, delegationInput({ seatId, personId: await freshPerson(cusco), termStartsOn: "2024-01-01", termEndsOn: "2025-12-31" }));
    expect(await invalidFields(() => admin.endSeat(cusco, schema.EndSeatInput.parse({ seatId, version: "1", endsOn: "2023-01-01" })))).toEqual({ endsOn: ["council.seatPeriodExcludesTerm"] });
    expect(await invalidFields(() => admin.updateSeat(cusco, seatUpdate({ seatId, version: "1", startsOn: "2024-06-01" })))).toEqual({ startsOn: ["council.seatPeriodExcludesTerm"] });
    await refusedUnchanged(() => admin.endSeat(cusco, schema.EndSeatInput.parse({ seatId, version: "7", endsOn: "2026-01-01" })), errors.ConflictError);
    await refusedUnchanged(() => admin.endSeat(tacna, schema.EndSeatInput.parse({ seatId, version: "1", endsOn: "2026-01-01" })), errors.NotFoundError);
    await refusedUnchanged(() => admin.endSeat(nationalViewer, schema.EndSeatInput.parse({ seatId, version: "1", endsOn: "2026-01-01" })), errors.ForbiddenError);
  });
});

describe("delegations", () => {
  it("accredits a new person with a substitute, audited; the name shows in the composition", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const substitute = await freshPerson(cusco);
    const { id } = await admin.createDelegation(
      cusco,
      delegationInput({
        seatId,
        newGivenNames: "Rosa",
        newFamilyNames: "Quispe Huamán",
        newEmail: "rosa.quispe@ejemplo.pe",
        newOrcid: "https://orcid.org/0000-0002-1825-0097",
        substitutePersonId: substitute,
        accreditation: "Oficio N.° 12-2026",
      }),
    );
    const row = await db.delegation.findUniqueOrThrow({ where: { id }, include: { person: true } });
    expect(row).toMatchObject({ regionId: cusco.regionId, seatId, substitutePersonId: substitute, accreditation: "Oficio N.° 12-2026" });
    expect(row.person).toMatchObject({ regionId: cusco.regionId, givenNames: "Rosa", familyNames: "Quispe Huamán", email: "rosa.quispe@ejemplo.pe", orcid: "0000-0002-1825-0097" });
    expect(await lastAudit("Delegation", id)).toMatchObject({ action: "CREATE" });
    expect(await lastAudit("Person", row.personId)).toMatchObject({ action: "CREATE" });
    const [composition] = await data.getCouncilCompositions(cusco, day("2021-06-01"));
    expect(composition!.seats.find((s) => s.id === seatId)!.delegate).toMatchObject({ name: "Rosa Quispe Huamán", hasSubstitute: true });
    // A national viewer learns only that a delegate is accredited.
    const [hidden] = await data.getCouncilCompositions(nationalViewer, day("2021-06-01"));
    expect(hidden!.seats.find((s) => s.id === seatId)!.delegate).toMatchObject({ name: null, substituteName: null });
  });

  it("refuses overlapping terms, a term outside the seat, another region's person, the same substitute — nothing written", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId, { startsOn: "2020-01-01", endsOn: "2024-01-01" });
    const personId = await freshPerson(cusco);
    await admin.createDelegation(cusco, delegationInput({ seatId, personId, termStartsOn: "2020-01-01", termEndsOn: "2021-12-31" }));
    // Inclusive last days: a term starting on the other's last day overlaps; the day after does not.
    expect(await invalidFields(() => admin.createDelegation(cusco, delegationInput({ seatId, personId, termStartsOn: "2021-12-31", termEndsOn: "2022-06-30" })))).toEqual({
      termStartsOn: ["council.termOverlap"],
    });
    // Even when the new term also brings a new person: the person is not created either.
    expect(
      await invalidFields(() => admin.createDelegation(cusco, delegationInput({ seatId, newGivenNames: "Nadie", newFamilyNames: "Creado", termStartsOn: "2021-06-01", termEndsOn: "2022-06-30" }))),
    ).toEqual({ termStartsOn: ["council.termOverlap"] });
    expect(await invalidFields(() => admin.createDelegation(cusco, delegationInput({ seatId, personId, termStartsOn: "2019-01-01", termEndsOn: "2019-12-31" })))).toEqual({
      termStartsOn: ["council.termBeforeSeat"],
    });
    expect(await invalidFields(() => admin.createDelegation(cusco, delegationInput({ seatId, personId, termStartsOn: "2023-01-01", termEndsOn: "2024-01-01" })))).toEqual({
      termEndsOn: ["council.termAfterSeat"],
    });
    const tacnaPerson = await freshPerson(tacna);
    expect(await invalidFields(() => admin.createDelegation(cusco, delegationInput({ seatId, personId: tacnaPerson, termStartsOn: "2022-01-01", termEndsOn: "2022-12-31" })))).toEqual({
      personId: ["council.invalidChoice"],
    });
    expect(
      await invalidFields(() =>
        admin.createDelegation(cusco, delegationInput({ seatId, personId, substitutePersonId: tacnaPerson, termStartsOn: "2022-01-01", termEndsOn: "2022-12-31" })),
      ),
    ).toEqual({ substitutePersonId: ["council.invalidChoice"] });
    const ok = await admin.createDelegation(cusco, delegationInput({ seatId, personId, termStartsOn: "2022-01-01", termEndsOn: "2023-12-31" }));
    expect(ok.seatId).toBe(seatId);
  });

  it("refuses another region's admin (not found) and roles without council.write", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const input = delegationInput({ seatId, newGivenNames: "Intrusa", newFamilyNames: "De Tacna" });
    await refusedUnchanged(() => admin.createDelegation(tacna, input), errors.NotFoundError);
    await refusedUnchanged(() => admin.createDelegation(unsaacOffice, input), errors.ForbiddenError);
    await refusedUnchanged(() => admin.createDelegation(nationalViewer, input), errors.ForbiddenError);
  });

  it("edits a delegation at its version; conflicts, other regions and overlaps are refused", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const [a, b] = [await freshPerson(cusco), await freshPerson(cusco)];
    const first = await admin.createDelegation(cusco, delegationInput({ seatId, personId: a, termStartsOn: "2020-01-01", termEndsOn: "2021-12-31" }));
    await admin.createDelegation(cusco, delegationInput({ seatId, personId: b, termStartsOn: "2022-01-01", termEndsOn: "2023-12-31" }));
    const saved = await admin.updateDelegation(
      cusco,
      delegationUpdate({ delegationId: first.id, version: "1", personId: b, substitutePersonId: a, termStartsOn: "2020-01-01", termEndsOn: "2021-06-30", accreditation: "Resolución 7" }),
    );
    expect(saved).toMatchObject({ version: 2, seatId });
    expect(await admin.currentDelegationValues(cusco, first.id)).toMatchObject({ personId: b, substitutePersonId: a, termEndsOn: "2021-06-30", accreditation: "Resolución 7", version: 2 });
    expect((await lastAudit("Delegation", first.id))!.after).toMatchObject({ personId: b, substitutePersonId: a });

    await refusedUnchanged(() => admin.updateDelegation(cusco, delegationUpdate({ delegationId: first.id, version: "1", personId: a })), errors.ConflictError);
    await refusedUnchanged(() => admin.updateDelegation(tacna, delegationUpdate({ delegationId: first.id, version: "2", personId: a })), errors.NotFoundError);
    await refusedUnchanged(() => admin.updateDelegation(unsaacOffice, delegationUpdate({ delegationId: first.id, version: "2", personId: a })), errors.ForbiddenError);
    expect(
      await invalidFields(() => admin.updateDelegation(cusco, delegationUpdate({ delegationId: first.id, version: "2", personId: a, termStartsOn: "2020-01-01", termEndsOn: "2022-01-01" }))),
    ).toEqual({ termStartsOn: ["council.termOverlap"] });
    expect(await admin.currentDelegationValues(tacna, first.id)).toBeNull();
  });

  it("ends a term early, keeping it; a later or earlier-than-start day, an old version, another region are refused", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const { id } = await admin.createDelegation(cusco, delegationInput({ seatId, personId: await freshPerson(cusco), termStartsOn: "2020-01-01", termEndsOn: "2021-12-31" }));
    const end = (raw: Record<string, unknown>) => schema.EndDelegationInput.parse({ delegationId: id, ...raw });
    expect(await invalidFields(() => admin.endDelegation(cusco, end({ version: "1", termEndsOn: "2021-12-31" })))).toEqual({ termEndsOn: ["council.endEarlyNotEarlier"] });
    expect(await invalidFields(() => admin.endDelegation(cusco, end({ version: "1", termEndsOn: "2019-12-31" })))).toEqual({ termEndsOn: ["council.termEndBeforeStart"] });
    await refusedUnchanged(() => admin.endDelegation(tacna, end({ version: "1", termEndsOn: "2021-01-31" })), errors.NotFoundError);
    await refusedUnchanged(() => admin.endDelegation(nationalViewer, end({ version: "1", termEndsOn: "2021-01-31" })), errors.ForbiddenError);
    const r = await admin.endDelegation(cusco, end({ version: "1", termEndsOn: "2021-01-31" }));
    expect(r.version).toBe(2);
    expect(await db.delegation.findUniqueOrThrow({ where: { id } })).toMatchObject({ termEndsOn: day("2021-01-31") });
    await refusedUnchanged(() => admin.endDelegation(cusco, end({ version: "1", termEndsOn: "2021-01-15" })), errors.ConflictError);
    const [afterEnd] = await data.getCouncilCompositions(cusco, day("2021-02-01"));
    expect(afterEnd!.seats.find((s) => s.id === seatId)!.delegate).toBeNull();
  });

  it("two concurrent accreditations of overlapping terms: exactly one is saved", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    const [a, b] = [await freshPerson(cusco), await freshPerson(cusco)];
    const results = await Promise.allSettled([
      admin.createDelegation(cusco, delegationInput({ seatId, personId: a, termStartsOn: "2020-01-01", termEndsOn: "2021-12-31" })),
      admin.createDelegation(cusco, delegationInput({ seatId, personId: b, termStartsOn: "2021-01-01", termEndsOn: "2022-12-31" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(errors.InvalidInputError);
    expect(await db.delegation.count({ where: { seatId } })).toBe(1);
  });
});

describe("pages' reads", () => {
  it("are scoped to the region and need council.write", async () => {
    const seatId = await seatOf(cusco, cuscoCouncilId);
    expect((await admin.getSeatDetail(cusco, seatId)).seat).toMatchObject({ id: seatId, councilId: cuscoCouncilId });
    await expect(admin.getSeatDetail(tacna, seatId)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(admin.getSeatDetail(cusco, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(admin.getSeatDetail(unsaacOffice, seatId)).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(admin.listCouncilSeats(tacna, cuscoCouncilId)).rejects.toBeInstanceOf(errors.NotFoundError);
    const people = await admin.listPersonOptions(cusco);
    const tacnaPeople = new Set((await db.person.findMany({ where: { regionId: tacna.regionId }, select: { id: true } })).map((p) => p.id));
    expect(people.length).toBeGreaterThan(0);
    expect(people.some((p) => tacnaPeople.has(p.id))).toBe(false);
  });
});
