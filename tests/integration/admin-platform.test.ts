// Platform administration against a real PostgreSQL: creating a region (tenant) together with the
// invitation of its first regional administrator, in one transaction; validation and uniqueness;
// and refusal to anyone but a platform administrator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { UserContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { userContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let platformData: typeof import("@/lib/platform/data");
let platformSchema: typeof import("@/lib/platform/schema");
let tenancy: typeof import("@/lib/tenancy");
let session: typeof import("@/lib/auth/session");
let errors: typeof import("@/lib/errors");

beforeAll(async () => {
  process.env.APP_URL = "https://minka.test";
  ({ tdb, db } = await openDemoDatabase());
  [platformData, platformSchema, tenancy, session, errors] = await Promise.all([
    import("@/lib/platform/data"),
    import("@/lib/platform/schema"),
    import("@/lib/tenancy"),
    import("@/lib/auth/session"),
    import("@/lib/errors"),
  ]);
});

afterAll(() => closeDemoDatabase(tdb, db));

const userContext = (email: string): Promise<UserContext> => userContextOf(email, "192.0.2.7");

const VALID = {
  code: "99",
  reniecCode: "98",
  isoCode: "pe-zzz",
  name: "Región de prueba",
  slug: "Region-De-Prueba",
  capital: "Villa de prueba",
  adminEmail: "Primera.Admin@Example.PE",
  adminName: "Primera Administradora",
};

async function counts() {
  const [regions, users, memberships, tokens, mail, audit] = await Promise.all([
    db.region.count(),
    db.user.count(),
    db.membership.count(),
    db.authToken.count(),
    db.mailMessage.count(),
    db.auditEntry.count(),
  ]);
  return { regions, users, memberships, tokens, mail, audit };
}

describe("the region form's input", () => {
  const parse = (override: Record<string, string>) => platformSchema.CreateRegionInput.safeParse({ ...VALID, ...override });

  it("normalises codes, the slug and the email", () => {
    const parsed = platformSchema.CreateRegionInput.parse(VALID);
    expect(parsed).toMatchObject({ isoCode: "PE-ZZZ", slug: "region-de-prueba", adminEmail: "primera.admin@example.pe" });
    expect(parse({ code: "1501", reniecCode: "1401" }).success).toBe(true);
  });

  it.each([
    ["code", "8"],
    ["code", "123"],
    ["code", "0A"],
    ["reniecCode", "12345"],
    ["isoCode", "PE-CU"],
    ["isoCode", "CL-TAR"],
    ["slug", "madre de dios"],
    ["slug", "-cusco"],
    ["name", ""],
    ["capital", " "],
    ["adminEmail", "not-an-email"],
  ])("refuses %s = %j", (field, value) => {
    const result = parse({ [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("refuses unknown fields", () => {
    expect(platformSchema.CreateRegionInput.safeParse({ ...VALID, role: "PLATFORM_ADMIN" }).success).toBe(false);
  });
});

describe("creating a region", () => {
  it("creates the region and invites its first regional administrator, with audit entries, in one go", async () => {
    const ctx = await userContext("admin@minka.example");
    const before = await counts();
    const result = await platformData.createRegion(ctx, platformSchema.CreateRegionInput.parse(VALID), { locale: "es" });

    const region = await db.region.findUniqueOrThrow({ where: { id: result.regionId } });
    expect(region).toMatchObject({ code: "99", reniecCode: "98", isoCode: "PE-ZZZ", slug: "region-de-prueba", name: "Región de prueba" });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "primera.admin@example.pe" }, include: { memberships: true } });
    expect(admin.passwordHash).toBeNull();
    expect(admin.memberships).toMatchObject([{ regionId: region.id, role: "REGIONAL_ADMIN", actorId: null }]);

    const mail = await db.mailMessage.findUniqueOrThrow({ where: { id: result.invitation.mailId } });
    expect(mail.regionId).toBe(region.id);
    expect(mail.textBody).toMatch(/https:\/\/minka\.test\/es\/invitation\?token=/);

    const entries = await db.auditEntry.findMany({ where: { regionId: region.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.entity])).toEqual([
      ["CREATE", "Region"],
      ["CREATE", "User"],
      ["INVITE", "Membership"],
    ]);
    for (const entry of entries) expect(entry).toMatchObject({ userId: ctx.userId, ip: "192.0.2.7" });
    expect(entries[0]!.after).toMatchObject({ code: "99", isoCode: "PE-ZZZ", slug: "region-de-prueba" });

    expect(await counts()).toEqual({
      regions: before.regions + 1,
      users: before.users + 1,
      memberships: before.memberships + 1,
      tokens: before.tokens + 1,
      mail: before.mail + 1,
      audit: before.audit + 3,
    });

    // The invited administrator acts in the new region (once they have accepted and signed in).
    const user = (await session.loadCurrentUser(admin.id, admin.sessionVersion))!;
    expect((await tenancy.resolveRegionContext(user, "region-de-prueba", null)).role).toBe("REGIONAL_ADMIN");

    const listed = (await platformData.listRegionsForAdmin(ctx)).find((r) => r.slug === "region-de-prueba");
    expect(listed).toMatchObject({ members: 1, regionalAdmins: 1 });
  });

  it("refuses codes and slugs that another region has, naming each field, and writes nothing", async () => {
    const ctx = await userContext("admin@minka.example");
    const before = await counts();
    await expect(
      platformData.createRegion(ctx, platformSchema.CreateRegionInput.parse({ ...VALID, code: "08", isoCode: "PE-CUS", slug: "cusco", adminEmail: "x@example.pe" }), { locale: "es" }),
    ).rejects.toMatchObject({
      messageKey: "regionTaken",
      fieldErrors: { code: ["codeTaken"], isoCode: ["isoCodeTaken"], slug: ["slugTaken"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("leaves no region behind when the invitation fails", async () => {
    const ctx = await userContext("admin@minka.example");
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_mail BEFORE INSERT ON "MailMessage" FOR EACH ROW EXECUTE FUNCTION test_refuse_mail()`);
    try {
      const before = await counts();
      const input = platformSchema.CreateRegionInput.parse({ ...VALID, code: "97", isoCode: "PE-ZZY", slug: "otra-prueba", adminEmail: "otra@example.pe" });
      await expect(platformData.createRegion(ctx, input, { locale: "es" })).rejects.toThrow(/outbox unavailable/);
      expect(await counts()).toEqual(before);
      expect(await db.region.findUnique({ where: { slug: "otra-prueba" } })).toBeNull();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_mail ON "MailMessage"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_mail()`);
    }
  });

  it("is refused to everyone but a platform administrator, even when called directly", async () => {
    const before = await counts();
    for (const email of ["multisectorial@minka.example", "gore.cusco@minka.example", "investigacion.unjbg@minka.example"]) {
      const ctx = await userContext(email);
      const input = platformSchema.CreateRegionInput.parse({ ...VALID, code: "96", isoCode: "PE-ZZX", slug: "intrusa", adminEmail: "intrusa@example.pe" });
      await expect(platformData.createRegion(ctx, input, { locale: "es" })).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(platformData.listRegionsForAdmin(ctx)).rejects.toBeInstanceOf(errors.ForbiddenError);
    }
    expect(await counts()).toEqual(before);
  });
});
