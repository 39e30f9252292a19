// Cooperation evidence against a real PostgreSQL with the demo data: list (filters, pages,
// newest first), detail, create/edit/delete with their audit entries, the rules (two distinct
// parties, validity not before the date, no future dates, http(s) links), the permission rules
// (institution editors and viewers refused), tenant isolation and optimistic locking.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let coop: typeof import("@/lib/cooperation/data");
let schema: typeof import("@/lib/cooperation/schema");
let errors: typeof import("@/lib/errors");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let viewer: RegionContext;
let cuscoActors: string[];
let tacnaActors: string[];

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [coop, schema, errors] = await Promise.all([import("@/lib/cooperation/data"), import("@/lib/cooperation/schema"), import("@/lib/errors")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  viewer = await regionContextOf("multisectorial@minka.example", "cusco");
  const live = (regionId: string) =>
    db.actor.findMany({ where: { regionId, archivedAt: null }, select: { id: true }, orderBy: { name: "asc" }, take: 6 }).then((rows) => rows.map((r) => r.id));
  [cuscoActors, tacnaActors] = await Promise.all([live(cusco.regionId), live(tacna.regionId)]);
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

const create = (raw: Record<string, unknown>) =>
  schema.CreateEvidenceInput.parse({ kind: "CONVENIO", title: "Convenio de prueba", occurredOn: "2024-03-15", actorIds: cuscoActors.slice(0, 2), ...raw });
const update = (raw: Record<string, unknown>) =>
  schema.UpdateEvidenceInput.parse({ kind: "CONVENIO", title: "Convenio de prueba", occurredOn: "2024-03-15", actorIds: cuscoActors.slice(0, 2), ...raw });
const query = (raw: Record<string, unknown> = {}) => schema.parseEvidenceListQuery(raw);

async function counts() {
  const [evidence, parties, audit] = await Promise.all([db.cooperationEvidence.count(), db.cooperationParty.count(), db.auditEntry.count()]);
  return { evidence, parties, audit };
}

/** Every key a schema may answer with exists in both catalogues (a missing one would show a generic message). */
function messageKeysOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.message);
}
const catalogue = (lang: string) => JSON.parse(readFileSync(`lib/i18n/messages/${lang}.json`, "utf8")) as { validation: Record<string, Record<string, string>> };

describe("list", () => {
  it("pages the region's evidence newest first, with filters by kind, year and actor", async () => {
    const total = await db.cooperationEvidence.count({ where: { regionId: cusco.regionId } });
    expect(total).toBeGreaterThan(0);
    const first = await coop.listEvidence(cusco, query());
    expect(first.total).toBe(total);
    expect(first.items.length).toBe(Math.min(25, total));
    const dates = first.items.map((e) => e.occurredOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    if (first.pageCount > 1) {
      const second = await coop.listEvidence(cusco, query({ page: "2" }));
      const seen = new Set(first.items.map((e) => e.id));
      expect(second.items.every((e) => !seen.has(e.id))).toBe(true);
      expect(second.items[0]!.occurredOn.getTime()).toBeLessThanOrEqual(dates[dates.length - 1]!);
    }

    const events = await coop.listEvidence(cusco, query({ kind: "JOINT_EVENT" }));
    expect(events.total).toBe(await db.cooperationEvidence.count({ where: { regionId: cusco.regionId, kind: "JOINT_EVENT" } }));
    expect(events.items.every((e) => e.kind === "JOINT_EVENT")).toBe(true);

    const [year] = await coop.listEvidenceYears(cusco);
    const byYear = await coop.listEvidence(cusco, query({ year: String(year) }));
    expect(byYear.total).toBeGreaterThan(0);
    expect(byYear.items.every((e) => e.occurredOn.getUTCFullYear() === year)).toBe(true);

    const actorId = cuscoActors[0]!;
    const byActor = await coop.listEvidence(cusco, query({ actor: actorId }));
    expect(byActor.total).toBe(await db.cooperationParty.count({ where: { regionId: cusco.regionId, actorId } }));
    expect(byActor.items.every((e) => e.parties.some((p) => p.id === actorId))).toBe(true);

    // Bad values are ignored; never another region's rows.
    expect((await coop.listEvidence(cusco, query({ kind: "NOPE", year: "abc", actor: "x", page: "-3" }))).total).toBe(total);
    const tacnaIds = new Set((await db.cooperationEvidence.findMany({ where: { regionId: tacna.regionId }, select: { id: true } })).map((e) => e.id));
    expect(first.items.some((e) => tacnaIds.has(e.id))).toBe(false);
  });
});

describe("create, edit, delete", () => {
  it("records a convenio with its parties and an audit entry; it shows on the actor's page", async () => {
    const before = await counts();
    const { id } = await coop.createEvidence(
      cusco,
      create({ title: "Convenio marco UNSAAC–GORE", validUntil: "2027-03-15", documentUrl: "https://www.example.pe/convenio.pdf", description: "Marco general." }),
    );
    const after = await counts();
    expect(after).toEqual({ evidence: before.evidence + 1, parties: before.parties + 2, audit: before.audit + 1 });
    const detail = await coop.getEvidence(cusco, id);
    expect(detail.parties.map((p) => p.id).sort()).toEqual(cuscoActors.slice(0, 2).sort());
    expect(detail.validUntil?.toISOString().slice(0, 10)).toBe("2027-03-15");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "CREATE", entity: "CooperationEvidence" } });
    expect(entry.regionId).toBe(cusco.regionId);
    expect((entry.after as { actorIds: string[] }).actorIds).toEqual(cuscoActors.slice(0, 2).sort());
    const { getActor } = await import("@/lib/actors/data");
    expect((await getActor(cusco, cuscoActors[0]!)).cooperation.map((c) => c.id)).toContain(id);
  });

  it("a joint event keeps no validity date; a party chosen twice counts once", async () => {
    const input = create({ kind: "JOINT_EVENT", validUntil: "2030-01-01", actorIds: [cuscoActors[0], cuscoActors[1], cuscoActors[0]] });
    expect(input.validUntil).toBeNull();
    expect(input.actorIds).toHaveLength(2);
  });

  it("edits at the loaded version, replacing the parties, audited with before and after", async () => {
    const { id, version } = await coop.createEvidence(cusco, create({ title: "Antes" }));
    await coop.updateEvidence(cusco, update({ evidenceId: id, version, title: "Después", actorIds: cuscoActors.slice(1, 4) }));
    const detail = await coop.getEvidence(cusco, id);
    expect(detail.title).toBe("Después");
    expect(detail.version).toBe(version + 1);
    expect(detail.parties.map((p) => p.id).sort()).toEqual(cuscoActors.slice(1, 4).sort());
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } });
    expect(entry.before).toMatchObject({ title: "Antes" });
    expect(entry.after).toMatchObject({ title: "Después", actorIds: cuscoActors.slice(1, 4).sort() });
  });

  it("refuses a second save at a stale version, writing nothing; the current values are offered", async () => {
    const { id, version } = await coop.createEvidence(cusco, create({ title: "Original" }));
    await coop.updateEvidence(cusco, update({ evidenceId: id, version, title: "Primera persona" }));
    const before = await counts();
    await expect(coop.updateEvidence(cusco, update({ evidenceId: id, version, title: "Segunda persona", actorIds: cuscoActors.slice(3, 5) }))).rejects.toBeInstanceOf(
      errors.ConflictError,
    );
    await expect(coop.deleteEvidence(cusco, { evidenceId: id, version, confirm: "on" })).rejects.toBeInstanceOf(errors.ConflictError);
    expect(await counts()).toEqual(before);
    const detail = await coop.getEvidence(cusco, id);
    expect(detail.title).toBe("Primera persona");
    expect(detail.parties.map((p) => p.id).sort()).toEqual(cuscoActors.slice(0, 2).sort());
    expect(await coop.currentEvidenceValues(cusco, id)).toMatchObject({ title: "Primera persona", version: version + 1 });
  });

  it("deletes at the version shown; the parties go with it and the trail keeps what it was", async () => {
    const { id, version } = await coop.createEvidence(cusco, create({ title: "Para borrar" }));
    const before = await counts();
    await coop.deleteEvidence(cusco, { evidenceId: id, version, confirm: "on" });
    expect(await counts()).toEqual({ evidence: before.evidence - 1, parties: before.parties - 2, audit: before.audit + 1 });
    await expect(coop.getEvidence(cusco, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "DELETE" } });
    expect(entry.before).toMatchObject({ title: "Para borrar" });
  });
});

describe("rules and bad input", () => {
  it("refuses fewer than two distinct parties, validity before the date, future dates and non-web links, with translated keys", () => {
    const tomorrow = schema.latestAllowedDate();
    const dayAfter = new Date(tomorrow.getTime() + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ actorIds: [cuscoActors[0]] }, "actorIds", "cooperation.partiesMin"],
      [{ actorIds: [cuscoActors[0], cuscoActors[0]] }, "actorIds", "cooperation.partiesMin"],
      [{ actorIds: [] }, "actorIds", "cooperation.partiesMin"],
      [{ validUntil: "2024-03-14" }, "validUntil", "cooperation.validUntilBefore"],
      [{ occurredOn: dayAfter }, "occurredOn", "cooperation.dateFuture"],
      [{ occurredOn: "2024-02-30" }, "occurredOn", "cooperation.dateInvalid"],
      [{ documentUrl: "javascript:alert(1)" }, "documentUrl", "cooperation.urlInvalid"],
      [{ documentUrl: "ftp://example.pe/x.pdf" }, "documentUrl", "cooperation.urlInvalid"],
      [{ documentUrl: "www.example.pe" }, "documentUrl", "cooperation.urlInvalid"],
      [{ actorIds: ["no-uuid", cuscoActors[1]] }, "actorIds", "cooperation.partyInvalid"],
    ];
    const es = catalogue("es");
    const en = catalogue("en");
    for (const [raw, field, key] of cases) {
      const r = schema.CreateEvidenceInput.safeParse({ kind: "CONVENIO", title: "X", occurredOn: "2024-03-15", actorIds: cuscoActors.slice(0, 2), ...raw });
      expect(r.success, JSON.stringify(raw)).toBe(false);
      const issue = r.error!.issues.find((i) => i.path[0] === field);
      expect(issue?.message, JSON.stringify(raw)).toBe(key);
      for (const k of messageKeysOf(r)) {
        const [section, name] = k.split(".") as [string, string];
        expect(es.validation[section]?.[name], `es ${k}`).toBeTruthy();
        expect(en.validation[section]?.[name], `en ${k}`).toBeTruthy();
      }
    }
    // Tomorrow is allowed (Peru is behind UTC); a validity on the same day is fine.
    expect(schema.CreateEvidenceInput.safeParse({ kind: "CONVENIO", title: "X", occurredOn: tomorrow.toISOString().slice(0, 10), actorIds: cuscoActors.slice(0, 2) }).success).toBe(true);
    expect(schema.CreateEvidenceInput.safeParse({ kind: "CONVENIO", title: "X", occurredOn: "2024-03-15", validUntil: "2024-03-15", actorIds: cuscoActors.slice(0, 2) }).success).toBe(true);
    // Unknown fields (a smuggled regionId) are refused.
    expect(schema.CreateEvidenceInput.safeParse({ kind: "CONVENIO", title: "X", occurredOn: "2024-03-15", actorIds: cuscoActors.slice(0, 2), regionId: tacna.regionId }).success).toBe(false);
  });

  it("refuses another region's actor or an archived one as a party, writing nothing", async () => {
    const before = await counts();
    await expect(coop.createEvidence(cusco, create({ actorIds: [cuscoActors[0], tacnaActors[0]] }))).rejects.toBeInstanceOf(errors.InvalidInputError);
    const archived = await db.actor.create({ data: { regionId: cusco.regionId, name: "Archivada SAC", helix: "BUSINESS", type: "FIRM", archivedAt: new Date() }, select: { id: true } });
    await expect(coop.createEvidence(cusco, create({ actorIds: [cuscoActors[0], archived.id] }))).rejects.toBeInstanceOf(errors.InvalidInputError);
    expect(await counts()).toEqual(before);
  });

  it("keeps a party from elsewhere already on a record when it is edited, but does not let one be added", async () => {
    const { id, version } = await coop.createEvidence(cusco, create({ title: "Con socio externo" }));
    // As the demo data does: a party of the other pilot region.
    await db.cooperationParty.create({ data: { regionId: cusco.regionId, evidenceId: id, actorId: tacnaActors[0]! } });
    await coop.updateEvidence(cusco, update({ evidenceId: id, version, title: "Editada", actorIds: [cuscoActors[0], tacnaActors[0]] }));
    const detail = await coop.getEvidence(cusco, id);
    expect(detail.parties.find((p) => p.id === tacnaActors[0])?.ownRegion).toBe(false);
    await expect(
      coop.updateEvidence(cusco, update({ evidenceId: id, version: version + 1, actorIds: [cuscoActors[0], tacnaActors[0], tacnaActors[1]] })),
    ).rejects.toBeInstanceOf(errors.InvalidInputError);
  });
});

describe("permissions and tenancy", () => {
  it("refuses an institution editor and a viewer, writing nothing", async () => {
    const { id, version } = await coop.createEvidence(cusco, create({ title: "Solo administradores" }));
    const before = await counts();
    for (const ctx of [unsaacOffice, viewer]) {
      expect(coop.canWriteCooperation(ctx)).toBe(false);
      await expect(coop.createEvidence(ctx, create({}))).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(coop.updateEvidence(ctx, update({ evidenceId: id, version, title: "No" }))).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(coop.deleteEvidence(ctx, { evidenceId: id, version, confirm: "on" })).rejects.toBeInstanceOf(errors.ForbiddenError);
      // Reading is open to them.
      expect((await coop.getEvidence(ctx, id)).title).toBe("Solo administradores");
    }
    expect(await counts()).toEqual(before);
  });

  it("another region's admin finds nothing: read, edit and delete answer 'not found', nothing changes", async () => {
    const { id, version } = await coop.createEvidence(cusco, create({ title: "De Cusco" }));
    const before = await counts();
    await expect(coop.getEvidence(tacna, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(coop.updateEvidence(tacna, update({ evidenceId: id, version, title: "Robada", actorIds: tacnaActors.slice(0, 2) }))).rejects.toBeInstanceOf(
      errors.NotFoundError,
    );
    await expect(coop.deleteEvidence(tacna, { evidenceId: id, version, confirm: "on" })).rejects.toBeInstanceOf(errors.NotFoundError);
    expect(await coop.currentEvidenceValues(tacna, id)).toBeNull();
    await expect(coop.getEvidence(cusco, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await coop.listEvidence(tacna, query({ actor: cuscoActors[0] }))).total).toBe(0);
    expect(await counts()).toEqual(before);
    expect((await coop.getEvidence(cusco, id)).title).toBe("De Cusco");
  });
});
