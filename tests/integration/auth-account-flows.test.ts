// The account flows end to end at the data-function level (lib/account/data.ts) against a real
// PostgreSQL: change password, password reset by one-time link (request → mail in the outbox →
// reset), invitation acceptance; each with its audit entry, sessionVersion bump and refusals;
// and a failure in any step leaves nothing half-written.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Throttles } from "@/lib/auth/throttle";
import { accountTableCounts, createUser, setUpAuthDatabase, tearDownAuthDatabase, uniqueEmail, type AuthTestContext } from "./auth-helpers";

let ctx: AuthTestContext;
let account: typeof import("@/lib/account/data");
let tokens: typeof import("@/lib/auth/tokens");
let password: typeof import("@/lib/auth/password");
let session: typeof import("@/lib/auth/session");
let errors: typeof import("@/lib/errors");
let throttles: Throttles;
let pool: pg.Pool;

const OLD = "llama alpaca vicuña";
const NEW = "quinua kiwicha cañihua";
const MINUTE = 60_000;

beforeAll(async () => {
  process.env.APP_URL = "https://minka.test.example";
  ctx = await setUpAuthDatabase({ regions: true });
  account = await import("@/lib/account/data");
  tokens = await import("@/lib/auth/tokens");
  password = await import("@/lib/auth/password");
  session = await import("@/lib/auth/session");
  errors = await import("@/lib/errors");
  pool = new pg.Pool({ connectionString: ctx.tdb.url, max: 2 });
  throttles = (await import("@/lib/auth/throttle")).createThrottles(pool);
});

afterAll(async () => {
  await pool?.end();
  await tearDownAuthDatabase(ctx);
});

/** Audit ids are big integers, which JSON.stringify refuses. */
const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

async function userRow(id: string) {
  return ctx.db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, name: true } });
}

async function auditOf(userId: string) {
  return ctx.db.auditEntry.findMany({ where: { OR: [{ userId }, { entityId: userId }] }, orderBy: { id: "asc" } });
}

/** A failing trigger on one table, to break a transaction half-way on purpose. */
async function withFailingInsert<T>(table: string, body: () => Promise<T>): Promise<T> {
  await ctx.db.$executeRawUnsafe(`create or replace function minka_test_fail() returns trigger language plpgsql as $$
    begin raise exception 'injected failure'; end $$`);
  await ctx.db.$executeRawUnsafe(`create trigger minka_test_fail before insert on "${table}" for each row execute function minka_test_fail()`);
  try {
    return await body();
  } finally {
    await ctx.db.$executeRawUnsafe(`drop trigger minka_test_fail on "${table}"`);
  }
}

describe("change password", () => {
  it("with the right current password: new hash, sessions ended, one PASSWORD_CHANGE entry without any hash", async () => {
    const user = await createUser(ctx.db, { label: "change", password: OLD });
    const before = await userRow(user.id);
    await account.changePassword({ userId: user.id, currentPassword: OLD, newPassword: NEW, ip: "198.51.100.1" }, throttles);

    const after = await userRow(user.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await password.verifyPassword(after.passwordHash!, NEW)).toBe(true);
    expect(await password.verifyPassword(after.passwordHash!, OLD)).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    // The session that made the change is ended too: its token carries the old version.
    expect(await session.loadCurrentUser(user.id, before.sessionVersion)).toBeNull();

    const entries = await auditOf(user.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "PASSWORD_CHANGE",
      entity: "User",
      entityId: user.id,
      userId: user.id,
      regionId: null,
      ip: "198.51.100.1",
      before: { sessionVersion: 1 },
      after: { sessionVersion: 2 },
    });
    expect(json(entries)).not.toMatch(/argon2|passwordHash/);
  });

  it("with a wrong current password: refused, nothing written, and the failure counts towards the hold-back", async () => {
    const user = await createUser(ctx.db, { label: "change-wrong", password: OLD });
    const before = await userRow(user.id);
    const counts = await accountTableCounts(ctx.db);
    const error = await account
      .changePassword({ userId: user.id, currentPassword: "wrong one", newPassword: NEW, ip: "198.51.100.2" }, throttles)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.InvalidInputError);
    expect((error as InstanceType<typeof errors.InvalidInputError>).fieldErrors).toEqual({ currentPassword: ["auth.currentPasswordWrong"] });
    expect(await userRow(user.id)).toEqual(before);
    expect(await accountTableCounts(ctx.db)).toEqual(counts);

    for (let i = 0; i < 9; i++) {
      await account.changePassword({ userId: user.id, currentPassword: "wrong one", newPassword: NEW, ip: "198.51.100.2" }, throttles).catch(() => {});
    }
    const { RateLimitedError } = await import("@/lib/auth/throttle");
    await expect(
      account.changePassword({ userId: user.id, currentPassword: OLD, newPassword: NEW, ip: "198.51.100.2" }, throttles),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect(await userRow(user.id)).toEqual(before);
  });

  it("refuses a common password and the account's own email", async () => {
    const user = await createUser(ctx.db, { email: uniqueEmail("maria.quispe.huaman"), password: OLD });
    const localPart = user.email.split("@")[0]!;
    for (const [candidate, problem] of [
      ["Password123", "auth.passwordCommon"],
      [user.email.toUpperCase(), "auth.passwordIsEmail"],
      [localPart, "auth.passwordIsEmail"],
    ] as const) {
      const error = await account
        .changePassword({ userId: user.id, currentPassword: OLD, newPassword: candidate, ip: null }, throttles)
        .catch((e: unknown) => e);
      expect(error, candidate).toBeInstanceOf(errors.InvalidInputError);
      expect((error as InstanceType<typeof errors.InvalidInputError>).fieldErrors).toEqual({ newPassword: [problem] });
    }
    expect((await userRow(user.id)).sessionVersion).toBe(1);
  });

  it("leaves nothing half-written when the audit entry cannot be written", async () => {
    const user = await createUser(ctx.db, { label: "change-atomic", password: OLD });
    const before = await userRow(user.id);
    await expect(
      withFailingInsert("AuditEntry", () => account.changePassword({ userId: user.id, currentPassword: OLD, newPassword: NEW, ip: null }, throttles)),
    ).rejects.toThrow(/injected failure/);
    expect(await userRow(user.id)).toEqual(before);
  });
});

describe("password reset by one-time link", () => {
  it("request → one token, one mail with the link (both languages), one audit entry; the link resets once", async () => {
    const user = await createUser(ctx.db, { label: "reset", name: "Rosa Mamani", password: OLD });
    const now = new Date();
    const outcome = await account.requestPasswordReset({ email: `  ${user.email.toUpperCase()}`, ip: "198.51.100.3", locale: "es", now });
    expect(outcome).toBe("queued");

    const [mail] = await ctx.db.mailMessage.findMany({ where: { toEmail: user.email } });
    expect(mail).toBeDefined();
    expect(mail!.regionId).toBeNull();
    expect(mail!.subject).toBe("Restablecer su contraseña de Minka / Reset your Minka password");
    expect(mail!.textBody).toContain("Hola, Rosa Mamani:");
    expect(mail!.textBody).toContain("Hello Rosa Mamani,");
    expect(mail!.textBody.indexOf("Hola")).toBeLessThan(mail!.textBody.indexOf("Hello"));
    expect(mail!.textBody).toContain("30 minutos");
    const link = /https:\/\/minka\.test\.example\/es\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail!.textBody);
    expect(link).not.toBeNull();
    const raw = link![1]!;

    const token = await ctx.db.authToken.findFirstOrThrow({ where: { userId: user.id, kind: "PASSWORD_RESET" } });
    expect(token.tokenHash).toBe(createHash("sha256").update(raw).digest("hex"));
    expect(token.expiresAt.getTime() - now.getTime()).toBe(30 * MINUTE);
    const requestEntry = await ctx.db.auditEntry.findFirstOrThrow({ where: { entity: "AuthToken", entityId: token.id } });
    expect(requestEntry).toMatchObject({ action: "CREATE", userId: null, regionId: null, ip: "198.51.100.3" });
    expect(requestEntry.after).toMatchObject({ kind: "PASSWORD_RESET", userId: user.id });
    expect(json(requestEntry)).not.toContain(raw);

    expect(await account.findPasswordReset(raw)).toEqual({ email: user.email });
    const result = await account.resetPassword({ token: raw, password: NEW, ip: "198.51.100.4" });
    expect(result).toEqual({ userId: user.id, email: user.email });

    const after = await userRow(user.id);
    expect(await password.verifyPassword(after.passwordHash!, NEW)).toBe(true);
    expect(after.sessionVersion).toBe(2);
    expect(await session.loadCurrentUser(user.id, 1)).toBeNull();
    const resetEntry = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "PASSWORD_RESET", entityId: user.id } });
    expect(resetEntry).toMatchObject({ userId: user.id, entity: "User", regionId: null, ip: "198.51.100.4" });
    expect(json(resetEntry)).not.toMatch(/argon2/);

    // Single use: the page shows "expired" and a second submission is refused.
    expect(await account.findPasswordReset(raw)).toBeNull();
    const reused = await account.resetPassword({ token: raw, password: "another good phrase", ip: null }).catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(tokens.InvalidTokenError);
    // What the security log gets: whose link, and why it was refused.
    expect(reused).toMatchObject({ kind: "PASSWORD_RESET", userId: user.id, reason: "used" });
    expect(await password.verifyPassword((await userRow(user.id)).passwordHash!, NEW)).toBe(true);
  });

  it("an unknown or disabled account gets the same outcome to the caller and nothing is written", async () => {
    const disabled = await createUser(ctx.db, { label: "reset-disabled", disabled: true });
    const counts = await accountTableCounts(ctx.db);
    expect(await account.requestPasswordReset({ email: uniqueEmail("nobody"), ip: null, locale: "es" })).toBe("ignored");
    expect(await account.requestPasswordReset({ email: disabled.email, ip: null, locale: "es" })).toBe("ignored");
    expect(await accountTableCounts(ctx.db)).toEqual(counts);
  });

  it("an expired link is refused (30 minutes, by the clock passed in)", async () => {
    const user = await createUser(ctx.db, { label: "reset-expired", password: OLD });
    const issuedAt = new Date(Date.now() - 31 * MINUTE);
    await account.requestPasswordReset({ email: user.email, ip: null, locale: "en", now: issuedAt });
    const mail = await ctx.db.mailMessage.findFirstOrThrow({ where: { toEmail: user.email } });
    // English first when the request came in English; the link keeps the language.
    expect(mail.subject).toBe("Reset your Minka password / Restablecer su contraseña de Minka");
    const raw = /\/en\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.textBody)![1]!;
    expect(await account.findPasswordReset(raw, new Date(issuedAt.getTime() + 29 * MINUTE))).toEqual({ email: user.email });
    expect(await account.findPasswordReset(raw)).toBeNull();
    const counts = await accountTableCounts(ctx.db);
    await expect(account.resetPassword({ token: raw, password: NEW, ip: null })).rejects.toMatchObject({ userId: user.id, reason: "expired" });
    expect(await accountTableCounts(ctx.db)).toEqual(counts);
    expect(await password.verifyPassword((await userRow(user.id)).passwordHash!, OLD)).toBe(true);
    await expect(account.resetPassword({ token: "made-up", password: NEW, ip: null })).rejects.toMatchObject({ userId: null, reason: "unknown" });
  });

  it("a refused new password leaves the link usable", async () => {
    const user = await createUser(ctx.db, { label: "reset-weak", password: OLD });
    await account.requestPasswordReset({ email: user.email, ip: null, locale: "es" });
    const mail = await ctx.db.mailMessage.findFirstOrThrow({ where: { toEmail: user.email } });
    const raw = /token=([A-Za-z0-9_-]+)/.exec(mail.textBody)![1]!;
    await expect(account.resetPassword({ token: raw, password: user.email, ip: null })).rejects.toBeInstanceOf(errors.InvalidInputError);
    expect(await account.findPasswordReset(raw)).toEqual({ email: user.email });
    await account.resetPassword({ token: raw, password: NEW, ip: null });
  });

  it("a link of a user disabled in the meantime is refused", async () => {
    const user = await createUser(ctx.db, { label: "reset-then-disabled", password: OLD });
    await account.requestPasswordReset({ email: user.email, ip: null, locale: "es" });
    const raw = /token=([A-Za-z0-9_-]+)/.exec((await ctx.db.mailMessage.findFirstOrThrow({ where: { toEmail: user.email } })).textBody)![1]!;
    await ctx.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await account.findPasswordReset(raw)).toBeNull();
    await expect(account.resetPassword({ token: raw, password: NEW, ip: null })).rejects.toBeInstanceOf(tokens.InvalidTokenError);
  });

  it("a failure while queuing leaves no token, no mail and no audit entry", async () => {
    const user = await createUser(ctx.db, { label: "reset-atomic-request", password: OLD });
    const counts = await accountTableCounts(ctx.db);
    await expect(
      withFailingInsert("MailMessage", () => account.requestPasswordReset({ email: user.email, ip: null, locale: "es" })),
    ).rejects.toThrow(/injected failure/);
    expect(await accountTableCounts(ctx.db)).toEqual(counts);
    expect(await ctx.db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a failure while resetting leaves the token unused and the password unchanged", async () => {
    const user = await createUser(ctx.db, { label: "reset-atomic", password: OLD });
    await account.requestPasswordReset({ email: user.email, ip: null, locale: "es" });
    const raw = /token=([A-Za-z0-9_-]+)/.exec((await ctx.db.mailMessage.findFirstOrThrow({ where: { toEmail: user.email } })).textBody)![1]!;
    const before = await userRow(user.id);
    const counts = await accountTableCounts(ctx.db);
    await expect(withFailingInsert("AuditEntry", () => account.resetPassword({ token: raw, password: NEW, ip: null }))).rejects.toThrow(
      /injected failure/,
    );
    expect(await userRow(user.id)).toEqual(before);
    expect(await accountTableCounts(ctx.db)).toEqual(counts);
    expect(await account.findPasswordReset(raw)).toEqual({ email: user.email });
  });
});

describe("invitations", () => {
  /** What the admin screens do: a user without password, a membership, a token and its mail. */
  async function invite(label: string, opts: { password?: string | null } = {}) {
    const { buildInvitationMail } = await import("@/lib/mail/templates");
    const { invitationLink } = await import("@/lib/mail/links");
    const { enqueueMail } = await import("@/lib/mail/outbox");
    const cusco = await ctx.db.region.findUniqueOrThrow({ where: { code: "08" }, select: { id: true, name: true } });
    const user = await createUser(ctx.db, { label, name: "Juan Huamán (invitado)", password: opts.password === undefined ? null : opts.password });
    await ctx.db.membership.create({ data: { userId: user.id, regionId: cusco.id, role: "VIEWER" } });
    const raw = await ctx.db.$transaction(async (tx) => {
      const { token } = await tokens.issueToken(tx, { userId: user.id, kind: "INVITATION", createdById: null });
      const mail = buildInvitationMail({ locale: "es", name: user.name, regionName: cusco.name, link: invitationLink("es", token) });
      await enqueueMail(tx, { regionId: cusco.id, to: user.email, subject: mail.subject, text: mail.text });
      return token;
    });
    return { user, raw, region: cusco };
  }

  it("the invitation mail carries both languages, the region and a link the accept page recognises", async () => {
    const { user, raw, region } = await invite("invite-mail");
    const mail = await ctx.db.mailMessage.findFirstOrThrow({ where: { toEmail: user.email } });
    expect(mail.regionId).toBe(region.id);
    expect(mail.subject).toBe(`Invitación a Minka: ${region.name} / Invitation to Minka: ${region.name}`);
    expect(mail.textBody).toContain("7 días");
    expect(mail.textBody).toContain("7 days");
    expect(mail.textBody).toContain(`https://minka.test.example/es/invitation?token=${raw}`);
    expect(await account.findInvitation(raw)).toEqual({ email: user.email, name: user.name, regionNames: [region.name] });
  });

  it("accepting sets the name and password, uses up the link, audits ACCEPT_INVITATION, and the person can sign in", async () => {
    const { user, raw } = await invite("invite-accept");
    const result = await account.acceptInvitation({ token: raw, name: "  Juan Huamán Quispe ", password: NEW, ip: "198.51.100.5" });
    expect(result).toEqual({ userId: user.id, email: user.email });

    const row = await userRow(user.id);
    expect(row.name).toBe("Juan Huamán Quispe");
    expect(await password.verifyPassword(row.passwordHash!, NEW)).toBe(true);
    const entries = await ctx.db.auditEntry.findMany({ where: { action: "ACCEPT_INVITATION", entityId: user.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      userId: user.id,
      entity: "User",
      ip: "198.51.100.5",
      before: { name: "Juan Huamán (invitado)" },
      after: { name: "Juan Huamán Quispe" },
    });

    const { signInWithPassword } = await import("@/lib/auth/credentials");
    expect(await signInWithPassword({ email: user.email, password: NEW }, { ip: "198.51.100.5" }, throttles)).toMatchObject({ ok: true });

    // Single use.
    expect(await account.findInvitation(raw)).toBeNull();
    await expect(account.acceptInvitation({ token: raw, name: "Otro", password: "yet another phrase", ip: null })).rejects.toBeInstanceOf(
      tokens.InvalidTokenError,
    );
    expect((await userRow(user.id)).name).toBe("Juan Huamán Quispe");
  });

  it("never replaces the password of an account that already has one", async () => {
    const { user, raw } = await invite("invite-existing", { password: OLD });
    expect(await account.findInvitation(raw)).toBeNull();
    const counts = await accountTableCounts(ctx.db);
    await expect(account.acceptInvitation({ token: raw, name: "Intruso", password: NEW, ip: null })).rejects.toBeInstanceOf(tokens.InvalidTokenError);
    expect(await accountTableCounts(ctx.db)).toEqual(counts);
    expect(await password.verifyPassword((await userRow(user.id)).passwordHash!, OLD)).toBe(true);
  });

  it("an expired invitation (7 days) is refused, and a failed acceptance writes nothing", async () => {
    const { user, raw } = await invite("invite-expired");
    const in8Days = new Date(Date.now() + 8 * 24 * 60 * MINUTE);
    expect(await account.findInvitation(raw, in8Days)).toBeNull();
    await expect(account.acceptInvitation({ token: raw, name: "X", password: NEW, ip: null, now: in8Days })).rejects.toBeInstanceOf(
      tokens.InvalidTokenError,
    );

    const before = await userRow(user.id);
    const counts = await accountTableCounts(ctx.db);
    await expect(
      withFailingInsert("AuditEntry", () => account.acceptInvitation({ token: raw, name: "Juan", password: NEW, ip: null })),
    ).rejects.toThrow(/injected failure/);
    expect(await userRow(user.id)).toEqual(before);
    expect(await accountTableCounts(ctx.db)).toEqual(counts);
    expect(await account.findInvitation(raw)).not.toBeNull();
  });
});
