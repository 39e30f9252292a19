// Member administration against a real PostgreSQL with the demo data: invitations (all or
// nothing), role changes, disabling, removal, the last-administrator rule, optimistic locking,
// and tenant isolation (a Tacna administrator reaches no Cusco membership, whatever the id).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let members: typeof import("@/lib/members/data");
let schema: typeof import("@/lib/members/schema");
let errors: typeof import("@/lib/errors");
let tokens: typeof import("@/lib/auth/tokens");

beforeAll(async () => {
  process.env.APP_URL = "https://minka.test";
  ({ tdb, db } = await openDemoDatabase());
  [members, schema, errors, tokens] = await Promise.all([
    import("@/lib/members/data"),
    import("@/lib/members/schema"),
    import("@/lib/errors"),
    import("@/lib/auth/tokens"),
  ]);
});

afterAll(() => closeDemoDatabase(tdb, db));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const contextOf = (email: string, slug: string): Promise<RegionContext> => regionContextOf(email, slug);

const invite = (raw: Record<string, unknown>) => schema.InviteMemberInput.parse(raw);

async function membershipOf(email: string, slug: string) {
  return db.membership.findFirst({ where: { user: { email }, region: { slug } } });
}

async function counts() {
  const [users, memberships, tokens, mail, audit] = await Promise.all([
    db.user.count(),
    db.membership.count(),
    db.authToken.count(),
    db.mailMessage.count(),
    db.auditEntry.count(),
  ]);
  return { users, memberships, tokens, mail, audit };
}

async function newAuditEntries(sinceId: bigint) {
  return db.auditEntry.findMany({ where: { id: { gt: sinceId } }, orderBy: { id: "asc" } });
}

async function lastAuditId(): Promise<bigint> {
  const last = await db.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}

async function cuscoActorId(name: string): Promise<string> {
  const actor = await db.actor.findFirstOrThrow({ where: { region: { slug: "cusco" }, name }, select: { id: true } });
  return actor.id;
}

// ---------------------------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------------------------

describe("inviting a person", () => {
  it("creates the user, the membership, a one-time link, the mail and their audit entries", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const before = await counts();
    const since = await lastAuditId();

    const result = await members.inviteMember(admin, invite({ email: "  Ana.Quispe@Example.PE ", name: "Ana Quispe", role: "VIEWER" }), { locale: "es" });
    expect(result.kind).toBe("invitation");

    const user = await db.user.findUniqueOrThrow({ where: { email: "ana.quispe@example.pe" } });
    expect(user).toMatchObject({ name: "Ana Quispe", passwordHash: null, globalRole: null, locale: "es" });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: result.membershipId } });
    expect(membership).toMatchObject({ userId: user.id, regionId: admin.regionId, role: "VIEWER", actorId: null, disabledAt: null, version: 1 });

    const token = await db.authToken.findFirstOrThrow({ where: { userId: user.id, kind: "INVITATION" } });
    expect(token).toMatchObject({ usedAt: null, createdById: admin.userId });
    const lifetime = token.expiresAt.getTime() - token.createdAt.getTime();
    expect(Math.abs(lifetime - 7 * 86_400_000)).toBeLessThan(60_000);

    const mail = await db.mailMessage.findUniqueOrThrow({ where: { id: result.mailId } });
    expect(mail).toMatchObject({ regionId: admin.regionId, toEmail: "ana.quispe@example.pe", sentAt: null });
    expect(mail.subject).toContain("Cusco");
    const link = /https:\/\/minka\.test\/es\/invitation\?token=([A-Za-z0-9_%-]+)/.exec(mail.textBody);
    expect(link, mail.textBody).not.toBeNull();
    // The link's token is the one stored (hashed): the raw token is nowhere in the database.
    expect(tokens.hashToken(decodeURIComponent(link![1]!))).toBe(token.tokenHash);

    const entries = await newAuditEntries(since);
    expect(entries.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ["CREATE", "User", user.id],
      ["INVITE", "Membership", membership.id],
    ]);
    for (const entry of entries) expect(entry).toMatchObject({ userId: admin.userId, regionId: admin.regionId });
    expect(entries[1]!.after).toMatchObject({ userId: user.id, email: "ana.quispe@example.pe", role: "VIEWER" });

    expect(await counts()).toEqual({
      users: before.users + 1,
      memberships: before.memberships + 1,
      tokens: before.tokens + 1,
      mail: before.mail + 1,
      audit: before.audit + 2,
    });
  });

  it("binds an institution editor to one actor of the region, and refuses another region's actor", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    expect(() => invite({ email: "editor@example.pe", name: "Editor", role: "INSTITUTION_EDITOR" })).toThrow();

    const tacnaActor = await db.actor.findFirstOrThrow({ where: { region: { slug: "tacna" } }, select: { id: true } });
    const before = await counts();
    await expect(
      members.inviteMember(admin, invite({ email: "editor@example.pe", name: "Editor", role: "INSTITUTION_EDITOR", actorId: tacnaActor.id }), { locale: "es" }),
    ).rejects.toMatchObject({ messageKey: "actorNotInRegion" });
    expect(await counts()).toEqual(before);

    const actorId = await cuscoActorId("Universidad Andina del Cusco");
    const result = await members.inviteMember(
      admin,
      invite({ email: "editor@example.pe", name: "Editor", role: "INSTITUTION_EDITOR", actorId }),
      { locale: "en" },
    );
    expect(await db.membership.findUniqueOrThrow({ where: { id: result.membershipId } })).toMatchObject({ role: "INSTITUTION_EDITOR", actorId });
    const mail = await db.mailMessage.findUniqueOrThrow({ where: { id: result.mailId } });
    expect(mail.textBody).toContain("https://minka.test/en/invitation?token=");
  });

  it("drops an actor sent along with a role that is not bound to one", () => {
    const parsed = invite({ email: "x@example.pe", name: "X", role: "VIEWER", actorId: "01900000-0000-7000-8000-000000000000" });
    expect(parsed.actorId).toBeNull();
  });

  it("refuses unknown fields such as a region or a user id", () => {
    const raw = { email: "x@example.pe", name: "X", role: "VIEWER" };
    expect(schema.InviteMemberInput.safeParse({ ...raw, regionId: "anything" }).success).toBe(false);
    expect(schema.InviteMemberInput.safeParse({ ...raw, userId: "anything" }).success).toBe(false);
    expect(schema.InviteMemberInput.safeParse({ ...raw, role: "PLATFORM_ADMIN" }).success).toBe(false);
  });

  it("refuses to invite someone who is already a member, and writes nothing", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const before = await counts();
    await expect(
      members.inviteMember(admin, invite({ email: "investigacion.unsaac@minka.example", name: "Again", role: "VIEWER" }), { locale: "es" }),
    ).rejects.toMatchObject({ messageKey: "alreadyMember", fieldErrors: { email: ["alreadyMember"] } });
    await expect(
      members.inviteMember(admin, invite({ email: "ANA.QUISPE@example.pe", name: "Ana", role: "COUNCIL_SECRETARY" }), { locale: "es" }),
    ).rejects.toBeInstanceOf(errors.InvalidInputError);
    expect(await counts()).toEqual(before);
  });

  it("adds a person who already has an account and mails a notice, never a link", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const tacnaAdmin = await db.user.findUniqueOrThrow({ where: { email: "gore.tacna@minka.example" } });
    const tokensBefore = await db.authToken.count();

    const result = await members.inviteMember(admin, invite({ email: "gore.tacna@minka.example", name: "ignored", role: "VIEWER" }), { locale: "es" });
    expect(result.kind).toBe("notice");
    expect(await db.authToken.count()).toBe(tokensBefore);
    // The account is left as it was: name and password untouched.
    expect(await db.user.findUniqueOrThrow({ where: { id: tacnaAdmin.id } })).toMatchObject({ name: tacnaAdmin.name, passwordHash: tacnaAdmin.passwordHash });
    const mail = await db.mailMessage.findUniqueOrThrow({ where: { id: result.mailId } });
    expect(mail.textBody).not.toContain("token=");
    expect(mail.textBody).toContain("https://minka.test/es/login");

    // The person now acts in Cusco as a viewer on their next request, and still in Tacna as before.
    expect((await contextOf("gore.tacna@minka.example", "cusco")).role).toBe("VIEWER");
    expect((await contextOf("gore.tacna@minka.example", "tacna")).role).toBe("REGIONAL_ADMIN");
  });

  it("never hands a new link for an account that is waiting for another region's invitation", async () => {
    const tacna = await contextOf("gore.tacna@minka.example", "tacna");
    const pending = await db.user.findUniqueOrThrow({ where: { email: "ana.quispe@example.pe" } });
    const link = await db.authToken.findFirstOrThrow({ where: { userId: pending.id, usedAt: null } });

    const result = await members.inviteMember(tacna, invite({ email: "ana.quispe@example.pe", name: "Ana", role: "REGIONAL_ADMIN" }), { locale: "es" });
    expect(result.kind).toBe("notice");
    // Cusco's link still works, and Tacna's administrators saw none they could use themselves.
    expect(await db.authToken.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ usedAt: null });
    expect(await db.authToken.count({ where: { userId: pending.id } })).toBe(1);
    const mail = await db.mailMessage.findUniqueOrThrow({ where: { id: result.mailId } });
    expect(mail.textBody).not.toContain("token=");

    // Clean up: Tacna's administrator withdraws it again.
    const m = (await membershipOf("ana.quispe@example.pe", "tacna"))!;
    await members.removeMember(tacna, { membershipId: m.id, version: m.version });
  });

  it("is all or nothing: when the mail cannot be queued, no user, membership, link or audit entry remains", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    // Make the outbox refuse new rows, the way a full disk or a broken constraint would.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_mail BEFORE INSERT ON "MailMessage" FOR EACH ROW EXECUTE FUNCTION test_refuse_mail()`);
    try {
      const before = await counts();
      await expect(
        members.inviteMember(admin, invite({ email: "rollback@example.pe", name: "Rollback", role: "VIEWER" }), { locale: "es" }),
      ).rejects.toThrow(/outbox unavailable/);
      expect(await counts()).toEqual(before);
      expect(await db.user.findUnique({ where: { email: "rollback@example.pe" } })).toBeNull();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_mail ON "MailMessage"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_mail()`);
    }
    // And with the outbox back, the same invitation goes through.
    const result = await members.inviteMember(admin, invite({ email: "rollback@example.pe", name: "Rollback", role: "VIEWER" }), { locale: "es" });
    expect(result.kind).toBe("invitation");
  });

  it("is refused to a role without members.manage, even when called directly", async () => {
    const editor = await contextOf("investigacion.unsaac@minka.example", "cusco");
    const before = await counts();
    await expect(
      members.inviteMember(editor, invite({ email: "sneaky@example.pe", name: "Sneaky", role: "REGIONAL_ADMIN" }), { locale: "es" }),
    ).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(members.listMembers(editor)).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Changing, disabling and removing a membership
// ---------------------------------------------------------------------------------------------

describe("changing a membership", () => {
  it("changes the role with an UPDATE entry, effective on the person's next request", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    const since = await lastAuditId();

    const input = schema.ChangeMemberRoleInput.parse({ membershipId: m.id, version: String(m.version), role: "COUNCIL_SECRETARY" });
    expect(await members.changeMemberRole(admin, input)).toEqual({ changed: true });

    expect(await db.membership.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ role: "COUNCIL_SECRETARY", version: m.version + 1 });
    const [entry, ...rest] = await newAuditEntries(since);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: "UPDATE",
      entity: "Membership",
      entityId: m.id,
      userId: admin.userId,
      regionId: admin.regionId,
      before: { role: "VIEWER" },
      after: { role: "COUNCIL_SECRETARY" },
    });
    expect((await contextOf("gore.tacna@minka.example", "cusco")).role).toBe("COUNCIL_SECRETARY");
  });

  it("binds and unbinds the institution along with the role", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    let m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    const actorId = await cuscoActorId("Universidad Nacional de San Antonio Abad del Cusco");
    await members.changeMemberRole(admin, schema.ChangeMemberRoleInput.parse({ membershipId: m.id, version: m.version, role: "INSTITUTION_EDITOR", actorId }));
    const ctx = await contextOf("gore.tacna@minka.example", "cusco");
    expect(ctx).toMatchObject({ role: "INSTITUTION_EDITOR", actorId });

    m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    await members.changeMemberRole(admin, schema.ChangeMemberRoleInput.parse({ membershipId: m.id, version: m.version, role: "VIEWER", actorId }));
    expect(await db.membership.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ role: "VIEWER", actorId: null });
  });

  it("refuses a change made on a stale version (someone saved in between), and changes nothing", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    const before = await counts();
    const stale = m.version - 1;
    await expect(
      members.changeMemberRole(admin, schema.ChangeMemberRoleInput.parse({ membershipId: m.id, version: stale, role: "REGIONAL_ADMIN" })),
    ).rejects.toBeInstanceOf(errors.ConflictError);
    await expect(members.setMemberStatus(admin, { membershipId: m.id, version: stale, status: "DISABLED" })).rejects.toBeInstanceOf(errors.ConflictError);
    await expect(members.removeMember(admin, { membershipId: m.id, version: stale })).rejects.toBeInstanceOf(errors.ConflictError);
    expect(await db.membership.findUniqueOrThrow({ where: { id: m.id } })).toEqual(m);
    expect(await counts()).toEqual(before);
  });

  it("disables and enables access, each with its entry, effective on the next request", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    let m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    const since = await lastAuditId();

    await members.setMemberStatus(admin, { membershipId: m.id, version: m.version, status: "DISABLED" });
    await expect(contextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(errors.NotFoundError);
    // Only this region: the person still works in Tacna.
    expect((await contextOf("gore.tacna@minka.example", "tacna")).role).toBe("REGIONAL_ADMIN");
    const list = await members.listMembers(admin);
    expect(list.find((x) => x.id === m.id)?.status).toBe("DISABLED");

    m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    await members.setMemberStatus(admin, { membershipId: m.id, version: m.version, status: "ACTIVE" });
    expect((await contextOf("gore.tacna@minka.example", "cusco")).role).toBe("VIEWER");

    const entries = await newAuditEntries(since);
    expect(entries.map((e) => e.action)).toEqual(["DISABLE", "ENABLE"]);
    expect((entries[0]!.before as Record<string, unknown>).disabledAt).toBeNull();
    expect((entries[0]!.after as Record<string, unknown>).disabledAt).toEqual(expect.any(String));
    expect((entries[1]!.after as Record<string, unknown>).disabledAt).toBeNull();
  });

  it("removes a membership with a DELETE entry holding what it was; the person loses the region at once", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const m = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    const since = await lastAuditId();

    await members.removeMember(admin, { membershipId: m.id, version: m.version });
    expect(await db.membership.findUnique({ where: { id: m.id } })).toBeNull();
    await expect(contextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await contextOf("gore.tacna@minka.example", "tacna")).role).toBe("REGIONAL_ADMIN");

    const [entry] = await newAuditEntries(since);
    expect(entry).toMatchObject({ action: "DELETE", entity: "Membership", entityId: m.id, after: null });
    expect(entry!.before).toMatchObject({ email: "gore.tacna@minka.example", role: "VIEWER" });
  });

  it("withdraws the unaccepted invitation of a person removed from their only region", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const m = (await membershipOf("rollback@example.pe", "cusco"))!;
    await members.removeMember(admin, { membershipId: m.id, version: m.version });
    expect(await db.authToken.count({ where: { user: { email: "rollback@example.pe" }, usedAt: null } })).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The last regional administrator
// ---------------------------------------------------------------------------------------------

describe("the region's last active regional administrator", () => {
  it("cannot demote, disable or remove themselves, and nothing changes", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    const self = (await membershipOf("gore.cusco@minka.example", "cusco"))!;
    // A pending invitation to administer does not count: that person cannot sign in yet.
    await members.inviteMember(admin, invite({ email: "next.admin@example.pe", name: "Next Admin", role: "REGIONAL_ADMIN" }), { locale: "es" });
    const before = await counts();

    const refusal = { messageKey: "lastAdminSelf" };
    await expect(
      members.changeMemberRole(admin, schema.ChangeMemberRoleInput.parse({ membershipId: self.id, version: self.version, role: "VIEWER" })),
    ).rejects.toMatchObject(refusal);
    await expect(members.setMemberStatus(admin, { membershipId: self.id, version: self.version, status: "DISABLED" })).rejects.toMatchObject(refusal);
    await expect(members.removeMember(admin, { membershipId: self.id, version: self.version })).rejects.toMatchObject(refusal);

    expect(await db.membership.findUniqueOrThrow({ where: { id: self.id } })).toEqual(self);
    expect(await counts()).toEqual(before);
  });

  it("applies to a platform administrator too", async () => {
    const platform = await contextOf("admin@minka.example", "cusco");
    expect(platform.role).toBe("PLATFORM_ADMIN");
    const last = (await membershipOf("gore.cusco@minka.example", "cusco"))!;
    await expect(members.removeMember(platform, { membershipId: last.id, version: last.version })).rejects.toMatchObject({ messageKey: "lastAdmin" });
  });

  it("can step down once another active regional administrator exists", async () => {
    const admin = await contextOf("gore.cusco@minka.example", "cusco");
    await members.inviteMember(admin, invite({ email: "gore.tacna@minka.example", name: "x", role: "REGIONAL_ADMIN" }), { locale: "es" });
    const self = (await membershipOf("gore.cusco@minka.example", "cusco"))!;
    await members.changeMemberRole(admin, schema.ChangeMemberRoleInput.parse({ membershipId: self.id, version: self.version, role: "VIEWER" }));
    expect((await contextOf("gore.cusco@minka.example", "cusco")).role).toBe("VIEWER");

    // The other administrator restores them, then leaves again: the demo data is as it was.
    const other = await contextOf("gore.tacna@minka.example", "cusco");
    const demoted = (await membershipOf("gore.cusco@minka.example", "cusco"))!;
    await members.changeMemberRole(other, schema.ChangeMemberRoleInput.parse({ membershipId: demoted.id, version: demoted.version, role: "REGIONAL_ADMIN" }));
    const restored = await contextOf("gore.cusco@minka.example", "cusco");
    expect(restored.role).toBe("REGIONAL_ADMIN");
    const helper = (await membershipOf("gore.tacna@minka.example", "cusco"))!;
    await members.removeMember(restored, { membershipId: helper.id, version: helper.version });
  });
});

// ---------------------------------------------------------------------------------------------
// Tenant isolation
// ---------------------------------------------------------------------------------------------

describe("a Tacna regional administrator and Cusco's memberships", () => {
  it("gets NotFoundError for every operation on a Cusco membership id, exactly as for a missing id, and nothing changes", async () => {
    const tacna = await contextOf("gore.tacna@minka.example", "tacna");
    const target = (await membershipOf("investigacion.unsaac@minka.example", "cusco"))!;
    const missing = "01900000-0000-7000-8000-000000000000";
    const rowBefore = await db.membership.findUniqueOrThrow({ where: { id: target.id } });
    const before = await counts();

    const attempts = (id: string, version: number) => [
      () => members.getMember(tacna, id),
      () => members.changeMemberRole(tacna, schema.ChangeMemberRoleInput.parse({ membershipId: id, version, role: "REGIONAL_ADMIN" })),
      () => members.setMemberStatus(tacna, { membershipId: id, version, status: "DISABLED" }),
      () => members.removeMember(tacna, { membershipId: id, version }),
    ];
    const outcomes = async (id: string, version: number) =>
      Promise.all(
        attempts(id, version).map(async (attempt) => {
          try {
            await attempt();
            return "succeeded";
          } catch (error) {
            return `${(error as Error).constructor.name}: ${(error as Error).message}`;
          }
        }),
      );

    const onCusco = await outcomes(target.id, target.version);
    const onMissing = await outcomes(missing, 1);
    expect(onCusco).toEqual(Array(4).fill("NotFoundError: membership"));
    expect(onCusco).toEqual(onMissing);
    await expect(members.getMember(tacna, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);

    expect(await db.membership.findUniqueOrThrow({ where: { id: target.id } })).toEqual(rowBefore);
    expect(await counts()).toEqual(before);
    expect((await members.listMembers(tacna)).map((m) => m.id)).not.toContain(target.id);
  });

  it("cannot reach the Cusco member pages at all: the gate answers not found", async () => {
    await expect(contextOf("gore.tacna@minka.example", "cusco")).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(contextOf("gore.tacna@minka.example", "no-such-region")).rejects.toBeInstanceOf(errors.NotFoundError);
  });
});
