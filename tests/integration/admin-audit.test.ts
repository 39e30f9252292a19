// Browsing the audit trail, the security events and the outbox against a real PostgreSQL: each
// region sees its own, platform administrators see all, filters and pages work in Lima time, and
// nobody can rewrite an entry (the database refuses).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext, UserContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf, userContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let trail: typeof import("@/lib/audit-trail/data");
let filtersOf: typeof import("@/lib/audit-trail/schema").parseTrailFilters;
let errors: typeof import("@/lib/errors");
let cusco: RegionContext;
let tacna: RegionContext;
let platform: UserContext;
let cuscoId: string;
let tacnaId: string;

const userContext = (email: string): Promise<UserContext> => userContextOf(email);

const regionContext = (email: string, slug: string): Promise<RegionContext> => regionContextOf(email, slug);

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  let schema;
  [trail, schema, errors] = await Promise.all([
    import("@/lib/audit-trail/data"),
    import("@/lib/audit-trail/schema"),
    import("@/lib/errors"),
  ]);
  filtersOf = schema.parseTrailFilters;
  cusco = await regionContext("gore.cusco@minka.example", "cusco");
  tacna = await regionContext("gore.tacna@minka.example", "tacna");
  platform = await userContext("admin@minka.example");
  cuscoId = cusco.regionId;
  tacnaId = tacna.regionId;

  // A known history. Lima is UTC-5: 2026-03-05T04:30Z is still 4 March in Lima.
  const at = (iso: string) => new Date(iso);
  const entries = [
    { regionId: cuscoId, userId: cusco.userId, action: "UPDATE", entity: "Actor", entityId: "a1", at: at("2026-03-04T15:00:00Z"), before: { name: "Old" }, after: { name: "New" } },
    { regionId: cuscoId, userId: cusco.userId, action: "CREATE", entity: "Project", entityId: "p1", at: at("2026-03-05T04:30:00Z"), after: { title: "Fibra" } },
    { regionId: cuscoId, userId: platform.userId, action: "DELETE", entity: "Actor", entityId: "a2", at: at("2026-03-06T12:00:00Z"), before: { name: "Gone" } },
    { regionId: tacnaId, userId: tacna.userId, action: "UPDATE", entity: "Actor", entityId: "t1", at: at("2026-03-05T12:00:00Z"), before: { name: "x" }, after: { name: "y" } },
    { regionId: null, userId: platform.userId, action: "SIGN_IN", entity: "User", entityId: platform.userId, at: at("2026-03-05T13:00:00Z") },
  ] as const;
  for (const entry of entries) await db.auditEntry.create({ data: { ...entry } });
  for (let i = 0; i < 30; i++) {
    await db.auditEntry.create({
      data: { regionId: cuscoId, userId: cusco.userId, action: "UPDATE", entity: "Plan", entityId: `plan-${i}`, at: at(`2026-01-01T12:${String(i).padStart(2, "0")}:00Z`) },
    });
  }
  await db.securityEvent.create({ data: { regionId: cuscoId, userId: tacna.userId, kind: "region_denied", ip: "10.0.0.1" } });
  await db.securityEvent.create({ data: { regionId: tacnaId, userId: cusco.userId, kind: "region_denied" } });
  await db.mailMessage.create({ data: { regionId: cuscoId, toEmail: "a@example.pe", subject: "Cusco mail", textBody: "https://minka.test/es/invitation?token=abc" } });
  await db.mailMessage.create({ data: { regionId: tacnaId, toEmail: "b@example.pe", subject: "Tacna mail", textBody: "hello" } });
  await db.mailMessage.create({ data: { regionId: null, toEmail: "c@example.pe", subject: "Reset", textBody: "reset link" } });
});

afterAll(() => closeDemoDatabase(tdb, db));

describe("a region's audit trail", () => {
  it("shows only the region's entries, newest first, 25 to a page", async () => {
    const first = await trail.listRegionAuditEntries(cusco, filtersOf({}));
    expect(first.total).toBe(33);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(25);
    expect(first.items.slice(0, 3).map((e) => e.entityId)).toEqual(["a2", "p1", "a1"]);
    expect(first.items.every((e) => e.region?.slug === "cusco")).toBe(true);
    const second = await trail.listRegionAuditEntries(cusco, filtersOf({ page: "2" }));
    expect(second.items).toHaveLength(8);
    expect(second.items.at(-1)?.entityId).toBe("plan-0");
    // A page past the end shows the last one.
    expect((await trail.listRegionAuditEntries(cusco, filtersOf({ page: "99" }))).page).toBe(2);

    const other = await trail.listRegionAuditEntries(tacna, filtersOf({}));
    expect(other.items.map((e) => e.entityId)).toEqual(["t1"]);
  });

  it("carries who, the changed fields before and after, and the id", async () => {
    const page = await trail.listRegionAuditEntries(cusco, filtersOf({ entity: "Actor", action: "UPDATE" }));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: "UPDATE",
      entity: "Actor",
      entityId: "a1",
      before: { name: "Old" },
      after: { name: "New" },
      user: { email: "gore.cusco@minka.example" },
    });
  });

  it("filters by entity, action, person and a date range in Lima time", async () => {
    const ids = async (raw: Record<string, string>) => (await trail.listRegionAuditEntries(cusco, filtersOf(raw))).items.map((e) => e.entityId);
    expect(await ids({ entity: "Actor" })).toEqual(["a2", "a1"]);
    expect(await ids({ action: "CREATE" })).toEqual(["p1"]);
    expect(await ids({ user: platform.userId })).toEqual(["a2"]);
    // 05:30 UTC on 5 March is 23:30 on 4 March in Lima.
    expect(await ids({ from: "2026-03-04", to: "2026-03-04" })).toEqual(["p1", "a1"]);
    expect(await ids({ from: "2026-03-05" })).toEqual(["a2"]);
    expect(await ids({ to: "2026-01-01", entity: "Actor" })).toEqual([]);
    // Values that do not parse are ignored, not errors.
    expect((await trail.listRegionAuditEntries(cusco, filtersOf({ action: "DROP_TABLE", from: "yesterday", page: "-3" }))).total).toBe(33);
  });

  it("offers as filter values only the entities and people of the region's own trail", async () => {
    const facets = await trail.regionTrailFacets(cusco);
    expect(facets.entities).toEqual(["Actor", "Plan", "Project"]);
    expect(facets.users.map((u) => u.email).sort()).toEqual(["admin@minka.example", "gore.cusco@minka.example"]);
    expect(facets.kinds).toEqual(["region_denied"]);
  });

  it("lists the region's denied attempts apart from its changes", async () => {
    const events = await trail.listRegionSecurityEvents(cusco, filtersOf({ tab: "security" }));
    expect(events.items).toHaveLength(1);
    expect(events.items[0]).toMatchObject({ kind: "region_denied", ip: "10.0.0.1", user: { email: "gore.tacna@minka.example" } });
  });

  it("is refused to a role without audit.read, even when called directly", async () => {
    const editor = await regionContext("investigacion.unsaac@minka.example", "cusco");
    await expect(trail.listRegionAuditEntries(editor, filtersOf({}))).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(trail.listRegionSecurityEvents(editor, filtersOf({}))).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(trail.listRegionMail(editor, 1)).rejects.toBeInstanceOf(errors.ForbiddenError);
  });
});

describe("the platform's audit trail", () => {
  it("shows every region's entries and those of no region, with a region filter", async () => {
    expect((await trail.listAllAuditEntries(platform, filtersOf({}))).total).toBe(35);
    expect((await trail.listAllAuditEntries(platform, filtersOf({ region: "tacna" }))).items.map((e) => e.entityId)).toEqual(["t1"]);
    const none = await trail.listAllAuditEntries(platform, filtersOf({ region: "none" }));
    expect(none.items.map((e) => [e.action, e.region])).toEqual([["SIGN_IN", null]]);
    expect((await trail.listAllAuditEntries(platform, filtersOf({ region: "atlantida" }))).total).toBe(0);
    expect((await trail.listAllSecurityEvents(platform, filtersOf({ tab: "security" }))).total).toBe(2);
  });

  it("offers the filter values of the scope it shows: every region, no region, or one", async () => {
    // What GROUP BY over every entry gives; the trail finds the same by probing indexes.
    const expected = async (where: { regionId?: string | null }) => ({
      entities: (await db.auditEntry.groupBy({ by: ["entity"], where, orderBy: { entity: "asc" } })).map((e) => e.entity),
      userIds: (await db.auditEntry.groupBy({ by: ["userId"], where })).flatMap((u) => (u.userId ? [u.userId] : [])).sort(),
    });
    const cases: [string | undefined, { regionId?: string | null }][] = [
      [undefined, {}],
      ["none", { regionId: null }],
      ["tacna", { regionId: tacnaId }],
    ];
    for (const [filter, where] of cases) {
      const facets = await trail.allTrailFacets(platform, filter);
      const want = await expected(where);
      expect(want.entities.length).toBeGreaterThan(0);
      expect(facets.entities).toEqual(want.entities);
      expect(facets.users.map((u) => u.id).sort()).toEqual(want.userIds);
    }
    expect((await trail.allTrailFacets(platform, undefined)).entities.length).toBeGreaterThan((await trail.allTrailFacets(platform, "tacna")).entities.length);
  });

  it("is refused to anyone without a global role that holds audit.read", async () => {
    const national = await userContext("multisectorial@minka.example");
    const regional = await userContext("gore.cusco@minka.example");
    for (const ctx of [national, regional]) {
      await expect(trail.listAllAuditEntries(ctx, filtersOf({}))).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(trail.listAllMail(ctx, filtersOf({}))).rejects.toBeInstanceOf(errors.ForbiddenError);
    }
  });
});

describe("the outbox", () => {
  it("shows a region its own mail only, and the platform all of it", async () => {
    const mine = await trail.listRegionMail(cusco, 1);
    expect(mine.items.map((m) => m.subject)).toEqual(["Cusco mail"]);
    expect(mine.items[0]).toMatchObject({ to: "a@example.pe", sentAt: null, text: "https://minka.test/es/invitation?token=abc" });
    expect((await trail.listRegionMail(tacna, 1)).items.map((m) => m.subject)).toEqual(["Tacna mail"]);
    expect((await trail.listAllMail(platform, filtersOf({}))).total).toBe(3);
    expect((await trail.listAllMail(platform, filtersOf({ region: "none" }))).items.map((m) => m.subject)).toEqual(["Reset"]);
  });
});

describe("the trail is append-only", () => {
  it("refuses UPDATE and DELETE of an entry, from the application's own connection", async () => {
    const app = (await import("@/lib/db")).db;
    const entry = await app.auditEntry.findFirstOrThrow({ where: { entityId: "a1" } });
    await expect(app.auditEntry.update({ where: { id: entry.id }, data: { entity: "Forged" } })).rejects.toThrow(/append-only/);
    await expect(app.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect(await app.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });
});
