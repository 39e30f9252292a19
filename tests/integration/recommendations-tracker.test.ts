// The recommendations tracker against a real PostgreSQL with the demo data: each region's
// follow-up of the study's A–G and of its own recommendations, saved with optimistic locking and
// audited; the national matrix (every region × A–G, "no data" where nothing was recorded) from
// one query; permission and tenancy rules; bad input writing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext, UserContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf, userContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let recs: typeof import("@/lib/recommendations/data");
let schema: typeof import("@/lib/recommendations/schema");
let errors: typeof import("@/lib/errors");

let cusco: RegionContext;
let tacna: RegionContext;
let unjbgOffice: RegionContext;
let viewerInTacna: RegionContext;
let national: UserContext;
let platform: UserContext;
let cuscoAdminUser: UserContext;
const shared = new Map<string, string>();

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [recs, schema, errors] = await Promise.all([import("@/lib/recommendations/data"), import("@/lib/recommendations/schema"), import("@/lib/errors")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unjbgOffice = await regionContextOf("investigacion.unjbg@minka.example", "tacna");
  viewerInTacna = await regionContextOf("multisectorial@minka.example", "tacna");
  national = await userContextOf("multisectorial@minka.example");
  platform = await userContextOf("admin@minka.example");
  cuscoAdminUser = await userContextOf("gore.cusco@minka.example");
  for (const r of await db.recommendation.findMany({ where: { regionId: null }, select: { id: true, code: true } })) shared.set(r.code, r.id);
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

async function counts() {
  const [recommendations, followUps, audit] = await Promise.all([db.recommendation.count(), db.recommendationFollowUp.count(), db.auditEntry.count()]);
  return { recommendations, followUps, audit };
}

const save = (raw: Record<string, unknown>) => schema.SaveFollowUpInput.parse({ status: "IN_PROGRESS", ...raw });
const followUpOf = (ctx: RegionContext, code: string) => db.recommendationFollowUp.findUnique({ where: { regionId_recommendationId: { regionId: ctx.regionId, recommendationId: shared.get(code)! } } });

describe("a region's recommendations", () => {
  it("lists A–G with the region's own follow-up, in both languages", async () => {
    const items = await recs.listRegionRecommendations(tacna);
    expect(items.slice(0, 7).map((r) => r.code)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(items.every((r) => r.titleEs && r.titleEn && r.bodyEs && r.bodyEn)).toBe(true);
    const b = items.find((r) => r.code === "B")!;
    const row = await followUpOf(tacna, "B");
    expect(b.followUp?.status).toBe(row?.status);
    expect(b.followUp?.responsible?.id).toBe(row?.responsibleActorId);
  });

  it("updates recommendation B at the loaded version, audited", async () => {
    const row = (await followUpOf(tacna, "B"))!;
    const actor = await db.actor.findFirstOrThrow({ where: { regionId: tacna.regionId, archivedAt: null }, select: { id: true } });
    const before = await counts();
    await recs.saveFollowUp(
      tacna,
      save({
        recommendationId: shared.get("B"),
        version: String(row.version),
        status: "COMPLETED",
        responsibleActorId: actor.id,
        actionsTaken: "Plan aprobado por ordenanza.",
        evidenceUrls: "https://www.regiontacna.gob.pe/plan.pdf\n\n  http://example.pe/acta  \nhttps://www.regiontacna.gob.pe/plan.pdf",
      }),
    );
    const after = (await followUpOf(tacna, "B"))!;
    expect(after).toMatchObject({ status: "COMPLETED", version: row.version + 1, responsibleActorId: actor.id, actionsTaken: "Plan aprobado por ordenanza." });
    expect(after.evidenceUrls).toEqual(["https://www.regiontacna.gob.pe/plan.pdf", "http://example.pe/acta"]);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: row.id, action: "UPDATE", entity: "RecommendationFollowUp" } });
    expect(entry.before).toMatchObject({ status: row.status });
    expect(entry.after).toMatchObject({ status: "COMPLETED" });
  });

  it("creates the first follow-up from version 0; a second first save is a conflict", async () => {
    await db.recommendationFollowUp.deleteMany({ where: { regionId: cusco.regionId, recommendationId: shared.get("F") } });
    const before = await counts();
    await recs.saveFollowUp(cusco, save({ recommendationId: shared.get("F"), version: "0", status: "NOT_STARTED" }));
    expect(await counts()).toEqual({ ...before, followUps: before.followUps + 1, audit: before.audit + 1 });
    await expect(recs.saveFollowUp(cusco, save({ recommendationId: shared.get("F"), version: "0", status: "STALLED" }))).rejects.toBeInstanceOf(errors.ConflictError);
    expect((await followUpOf(cusco, "F"))?.status).toBe("NOT_STARTED");
  });

  it("refuses a second save at a stale version, writing nothing, and offers the current values", async () => {
    const row = (await followUpOf(cusco, "C"))!;
    await recs.saveFollowUp(cusco, save({ recommendationId: shared.get("C"), version: String(row.version), status: "STALLED", actionsTaken: "Primera" }));
    const before = await counts();
    await expect(
      recs.saveFollowUp(cusco, save({ recommendationId: shared.get("C"), version: String(row.version), status: "COMPLETED", actionsTaken: "Segunda" })),
    ).rejects.toBeInstanceOf(errors.ConflictError);
    expect(await counts()).toEqual(before);
    expect((await followUpOf(cusco, "C"))?.actionsTaken).toBe("Primera");
    expect(await recs.currentFollowUpValues(cusco, shared.get("C")!)).toMatchObject({ status: "STALLED", actionsTaken: "Primera", version: row.version + 1 });
  });

  it("adds a recommendation of the region's own, seen only there; codes may not repeat", async () => {
    const before = await counts();
    const { id } = await recs.createRecommendation(
      cusco,
      schema.CreateRecommendationInput.parse({ code: "cus-1", titleEs: "Parque tecnológico", titleEn: "Technology park", bodyEs: "Crear un parque.", bodyEn: "Build a park." }),
    );
    expect(await counts()).toEqual({ ...before, recommendations: before.recommendations + 1, audit: before.audit + 1 });
    const mine = await recs.getRegionRecommendation(cusco, id);
    expect(mine).toMatchObject({ code: "CUS-1", shared: false, followUp: null });
    await expect(recs.getRegionRecommendation(tacna, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await recs.listRegionRecommendations(tacna)).map((r) => r.id)).not.toContain(id);
    const mid = await counts();
    for (const code of ["CUS-1", "A"]) {
      await expect(
        recs.createRecommendation(cusco, schema.CreateRecommendationInput.parse({ code, titleEs: "x", titleEn: "x", bodyEs: "x", bodyEn: "x" })),
      ).rejects.toBeInstanceOf(errors.InvalidInputError);
    }
    expect(await counts()).toEqual(mid);
    // Its follow-up is saved like any other.
    await recs.saveFollowUp(cusco, save({ recommendationId: id, version: "0" }));
    expect((await recs.getRegionRecommendation(cusco, id)).followUp?.status).toBe("IN_PROGRESS");
  });

  it("edits a recommendation of the region's own at the loaded version, audited; the study's A–G are not edited", async () => {
    const text = (code: string, extra: Record<string, unknown> = {}) => ({ code, titleEs: "Red de laboratorios", titleEn: "Laboratory network", bodyEs: "Unir.", bodyEn: "Join.", ...extra });
    const { id } = await recs.createRecommendation(cusco, schema.CreateRecommendationInput.parse(text("CUS-3")));
    const loaded = await recs.getRegionRecommendation(cusco, id);
    expect(loaded.version).toBe(1);
    const before = await counts();
    const edit = (ctx: RegionContext, raw: Record<string, unknown>) => recs.updateRecommendation(ctx, schema.UpdateRecommendationInput.parse(raw));

    await expect(edit(cusco, { recommendationId: id, version: "1", ...text("cus-3b", { titleEs: "Red regional de laboratorios", bodyEn: "Join them.\nAll of them." }) })).resolves.toEqual({ version: 2 });
    expect(await recs.getRegionRecommendation(cusco, id)).toMatchObject({ code: "CUS-3B", titleEs: "Red regional de laboratorios", bodyEn: "Join them.\nAll of them.", version: 2 });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const audit = await db.auditEntry.findFirst({ where: { entity: "Recommendation", entityId: id, action: "UPDATE" } });
    expect(audit).toMatchObject({ regionId: cusco.regionId, userId: cusco.userId });
    expect(audit?.before).toMatchObject({ code: "CUS-3", titleEs: "Red de laboratorios" });
    expect(audit?.after).toMatchObject({ code: "CUS-3B", titleEs: "Red regional de laboratorios" });

    // A save at the old version loses: nothing written, and the current values are offered.
    const mid = await counts();
    await expect(edit(cusco, { recommendationId: id, version: "1", ...text("CUS-3C") })).rejects.toBeInstanceOf(errors.ConflictError);
    expect(await recs.currentRecommendationValues(cusco, id)).toMatchObject({ code: "CUS-3B", version: 2 });
    // A code that repeats a shared one or another of the region's own is refused.
    for (const code of ["A", "CUS-1"]) {
      await expect(edit(cusco, { recommendationId: id, version: "2", ...text(code) })).rejects.toMatchObject({ fieldErrors: { code: ["recommendations.codeTaken"] } });
    }
    // The study's A–G, another region's own and a made-up id all answer "not found".
    for (const [ctx, recommendationId] of [[cusco, shared.get("A")!], [tacna, id], [cusco, "0190a0a0-0000-7000-8000-000000000000"]] as const) {
      await expect(edit(ctx, { recommendationId, version: "1", ...text("X") })).rejects.toBeInstanceOf(errors.NotFoundError);
    }
    expect(await recs.currentRecommendationValues(tacna, id)).toBeNull();
    // People who may not write recommendations are refused before anything is read.
    for (const ctx of [unjbgOffice, viewerInTacna]) {
      await expect(edit(ctx, { recommendationId: id, version: "2", ...text("Y") })).rejects.toBeInstanceOf(errors.ForbiddenError);
    }
    expect(await counts()).toEqual(mid);
    expect((await recs.getRegionRecommendation(cusco, id)).code).toBe("CUS-3B");
  });
});

describe("bad input", () => {
  it("refuses non-web evidence links, unknown statuses, bad codes and empty texts with translated keys", () => {
    const id = shared.get("A");
    const cases: [unknown, string, string][] = [
      [{ recommendationId: id, version: "1", status: "IN_PROGRESS", evidenceUrls: "https://ok.pe/a\njavascript:alert(1)" }, "evidenceUrls", "recommendations.urlInvalid"],
      [{ recommendationId: id, version: "1", status: "IN_PROGRESS", evidenceUrls: "not a link" }, "evidenceUrls", "recommendations.urlInvalid"],
      [{ recommendationId: id, version: "1", status: "DONE" }, "status", "recommendations.statusInvalid"],
      [{ recommendationId: id, version: "1", status: "IN_PROGRESS", responsibleActorId: "x" }, "responsibleActorId", "recommendations.responsibleInvalid"],
      [
        { recommendationId: id, version: "1", status: "IN_PROGRESS", evidenceUrls: Array.from({ length: 21 }, (_, i) => `https://e.pe/${i}`).join("\n") },
        "evidenceUrls",
        "recommendations.urlsTooMany",
      ],
    ];
    for (const [raw, field, key] of cases) {
      const r = schema.SaveFollowUpInput.safeParse(raw);
      expect(r.success).toBe(false);
      expect(r.error!.issues.find((i) => i.path[0] === field)?.message).toBe(key);
    }
    expect(schema.CreateRecommendationInput.safeParse({ code: "con espacio", titleEs: "x", titleEn: "x", bodyEs: "x", bodyEn: "x" }).error?.issues[0]?.message).toBe(
      "recommendations.codeFormat",
    );
    expect(schema.CreateRecommendationInput.safeParse({ code: "H", titleEs: "x", titleEn: "", bodyEs: "x", bodyEn: "x" }).success).toBe(false);
    expect(schema.SaveFollowUpInput.safeParse({ recommendationId: id, version: "1", status: "IN_PROGRESS", regionId: cusco.regionId }).success).toBe(false);
  });

  it("refuses another region's actor as responsible, writing nothing", async () => {
    const row = (await followUpOf(tacna, "D"))!;
    const cuscoActor = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } });
    const before = await counts();
    await expect(
      recs.saveFollowUp(tacna, save({ recommendationId: shared.get("D"), version: String(row.version), responsibleActorId: cuscoActor.id })),
    ).rejects.toBeInstanceOf(errors.InvalidInputError);
    expect(await counts()).toEqual(before);
    expect((await followUpOf(tacna, "D"))?.version).toBe(row.version);
  });

  it("refuses a newly chosen archived actor, but keeps a responsible archived after it was chosen", async () => {
    const kept = await db.actor.create({ data: { regionId: tacna.regionId, name: "Responsable Luego Archivada SAC", helix: "BUSINESS", type: "FIRM" } });
    const archived = await db.actor.create({ data: { regionId: tacna.regionId, name: "Otra Archivada SAC", helix: "BUSINESS", type: "FIRM", archivedAt: new Date() } });
    const version = (await followUpOf(tacna, "C"))?.version ?? 0;
    const c = (v: number, raw: Record<string, unknown>) => save({ recommendationId: shared.get("C"), version: String(v), ...raw });
    await recs.saveFollowUp(tacna, c(version, { responsibleActorId: kept.id }));
    await db.actor.update({ where: { id: kept.id }, data: { archivedAt: new Date() } });
    const before = await counts();
    await expect(recs.saveFollowUp(tacna, c(version + 1, { responsibleActorId: archived.id }))).rejects.toMatchObject({
      fieldErrors: { responsibleActorId: ["recommendations.responsibleInvalid"] },
    });
    expect(await counts()).toEqual(before);
    // The follow-up's other edits still save with the institution it already had.
    await recs.saveFollowUp(tacna, c(version + 1, { responsibleActorId: kept.id, actionsTaken: "Sigue a cargo de la misma institución." }));
    expect(await followUpOf(tacna, "C")).toMatchObject({ responsibleActorId: kept.id, version: version + 2 });
  });
});

describe("permissions and tenancy", () => {
  it("refuses an institution editor and a viewer, writing nothing", async () => {
    const row = (await followUpOf(tacna, "E"))!;
    const before = await counts();
    for (const ctx of [unjbgOffice, viewerInTacna]) {
      expect(recs.canWriteRecommendations(ctx)).toBe(false);
      await expect(recs.saveFollowUp(ctx, save({ recommendationId: shared.get("E"), version: String(row.version), status: "COMPLETED" }))).rejects.toBeInstanceOf(
        errors.ForbiddenError,
      );
      await expect(
        recs.createRecommendation(ctx, schema.CreateRecommendationInput.parse({ code: "Z", titleEs: "x", titleEn: "x", bodyEs: "x", bodyEn: "x" })),
      ).rejects.toBeInstanceOf(errors.ForbiddenError);
      // Reading is open to them.
      expect((await recs.listRegionRecommendations(ctx)).length).toBeGreaterThanOrEqual(7);
    }
    expect(await counts()).toEqual(before);
  });

  it("another region's admin cannot touch a region's own recommendation: 'not found', nothing written", async () => {
    const own = await recs.createRecommendation(cusco, schema.CreateRecommendationInput.parse({ code: "CUS-2", titleEs: "x", titleEn: "x", bodyEs: "x", bodyEn: "x" }));
    const before = await counts();
    await expect(recs.saveFollowUp(tacna, save({ recommendationId: own.id, version: "0" }))).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(recs.getRegionRecommendation(tacna, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);
    expect(await recs.currentFollowUpValues(tacna, own.id)).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("a shared recommendation's follow-up is per region: Tacna's save never changes Cusco's", async () => {
    const cuscoBefore = (await followUpOf(cusco, "G"))!;
    const tacnaRow = (await followUpOf(tacna, "G"))!;
    await recs.saveFollowUp(tacna, save({ recommendationId: shared.get("G"), version: String(tacnaRow.version), status: "COMPLETED" }));
    expect(await followUpOf(cusco, "G")).toEqual(cuscoBefore);
  });
});

describe("national matrix", () => {
  it("shows every region × A–G from the follow-ups, 'no data' where a region recorded nothing, with its last update", async () => {
    const regions = await db.region.findMany({ select: { id: true, slug: true } });
    const m = await recs.nationalMatrix(national);
    expect(m.recommendations.map((r) => r.code)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(m.regions.map((r) => r.id).sort()).toEqual(regions.map((r) => r.id).sort());
    for (const region of m.regions) {
      const rows = await db.recommendationFollowUp.findMany({
        where: { regionId: region.id, recommendation: { regionId: null } },
        select: { status: true, recommendation: { select: { code: true } } },
      });
      expect(region.statuses).toEqual(Object.fromEntries(rows.map((r) => [r.recommendation.code, r.status])));
      const latest = await db.recommendationFollowUp.aggregate({ where: { regionId: region.id }, _max: { updatedAt: true } });
      expect(region.lastUpdate?.getTime() ?? null).toBe(latest._max.updatedAt?.getTime() ?? null);
    }
    // A region without follow-ups has no statuses at all (shown as "no data", never "not started").
    const empty = m.regions.find((r) => r.slug !== "cusco" && r.slug !== "tacna");
    if (empty) expect(empty).toMatchObject({ statuses: {}, lastUpdate: null });
    // Tacna's B was completed above.
    expect(m.regions.find((r) => r.slug === "tacna")!.statuses.B).toBe("COMPLETED");
    expect((await recs.nationalMatrix(platform)).regions.length).toBe(regions.length);
  });

  it("is refused to a regional admin", async () => {
    await expect(recs.nationalMatrix(cuscoAdminUser)).rejects.toBeInstanceOf(errors.ForbiddenError);
  });
});
