// One-time links (lib/auth/tokens.ts) against a real PostgreSQL: stored hashed, expire (reset
// 30 minutes, invitation 7 days; time is an argument, nobody sleeps), single use even under
// concurrent use, and a newer link replaces an older one.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, setUpAuthDatabase, tearDownAuthDatabase, type AuthTestContext } from "./auth-helpers";

let ctx: AuthTestContext;
let tokens: typeof import("@/lib/auth/tokens");

beforeAll(async () => {
  ctx = await setUpAuthDatabase();
  tokens = await import("@/lib/auth/tokens");
});

afterAll(async () => {
  await tearDownAuthDatabase(ctx);
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function issue(userId: string, kind: "PASSWORD_RESET" | "INVITATION", now: Date) {
  return ctx.db.$transaction((tx) => tokens.issueToken(tx, { userId, kind, createdById: null, now }));
}

describe("one-time tokens", () => {
  it("are stored as their SHA-256 only: the raw token appears nowhere in the table", async () => {
    const user = await createUser(ctx.db, { label: "hashed" });
    const now = new Date();
    const { token, id } = await issue(user.id, "PASSWORD_RESET", now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const row = await ctx.db.authToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const dump = await ctx.db.$queryRaw<{ dump: string }[]>`select string_agg(t::text, '|') as dump from "AuthToken" t`;
    expect(dump[0]!.dump).not.toContain(token);
  });

  it("a reset token lives 30 minutes", async () => {
    const user = await createUser(ctx.db, { label: "reset-expiry" });
    const now = new Date("2026-03-01T12:00:00Z");
    const { token, expiresAt } = await issue(user.id, "PASSWORD_RESET", now);
    expect(expiresAt.getTime() - now.getTime()).toBe(30 * MINUTE);
    expect(await tokens.peekToken(ctx.db, token, "PASSWORD_RESET", new Date(now.getTime() + 29 * MINUTE))).toBe(user.id);
    expect(await tokens.peekToken(ctx.db, token, "PASSWORD_RESET", new Date(now.getTime() + 30 * MINUTE))).toBeNull();
    expect(await ctx.db.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET", new Date(now.getTime() + 31 * MINUTE)))).toBeNull();
    // Still usable inside its lifetime (the late attempt above did not use it up).
    expect(await ctx.db.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET", new Date(now.getTime() + 10 * MINUTE)))).toBe(user.id);
  });

  it("an invitation lives 7 days", async () => {
    const user = await createUser(ctx.db, { label: "invitation-expiry", password: null });
    const now = new Date("2026-03-01T12:00:00Z");
    const { token, expiresAt } = await issue(user.id, "INVITATION", now);
    expect(expiresAt.getTime() - now.getTime()).toBe(7 * DAY);
    expect(await tokens.peekToken(ctx.db, token, "INVITATION", new Date(now.getTime() + 7 * DAY - MINUTE))).toBe(user.id);
    expect(await tokens.peekToken(ctx.db, token, "INVITATION", new Date(now.getTime() + 7 * DAY + MINUTE))).toBeNull();
  });

  it("can be used once: a second consume fails, and so does a concurrent one", async () => {
    const user = await createUser(ctx.db, { label: "reuse" });
    const now = new Date();
    const { token } = await issue(user.id, "PASSWORD_RESET", now);
    expect(await ctx.db.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET", now))).toBe(user.id);
    expect(await ctx.db.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET", now))).toBeNull();
    expect(await tokens.peekToken(ctx.db, token, "PASSWORD_RESET", now)).toBeNull();

    const second = await issue(user.id, "PASSWORD_RESET", now);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => ctx.db.$transaction((tx) => tokens.consumeToken(tx, second.token, "PASSWORD_RESET", now))),
    );
    expect(results.filter((r) => r === user.id)).toHaveLength(1);
  });

  it("is bound to its kind: a reset token is no invitation", async () => {
    const user = await createUser(ctx.db, { label: "kind" });
    const now = new Date();
    const { token } = await issue(user.id, "PASSWORD_RESET", now);
    expect(await tokens.peekToken(ctx.db, token, "INVITATION", now)).toBeNull();
    expect(await ctx.db.$transaction((tx) => tokens.consumeToken(tx, token, "INVITATION", now))).toBeNull();
  });

  it("a newer link of the same kind replaces the older one", async () => {
    const user = await createUser(ctx.db, { label: "replace" });
    const now = new Date();
    const first = await issue(user.id, "PASSWORD_RESET", now);
    const second = await issue(user.id, "PASSWORD_RESET", new Date(now.getTime() + MINUTE));
    expect(await tokens.peekToken(ctx.db, first.token, "PASSWORD_RESET", now)).toBeNull();
    expect(await tokens.peekToken(ctx.db, second.token, "PASSWORD_RESET", now)).toBe(user.id);
  });

  it("inspectToken tells the security log why a link was refused, and never accepts one", async () => {
    const user = await createUser(ctx.db, { label: "inspect" });
    const now = new Date();
    const { token } = await issue(user.id, "PASSWORD_RESET", now);
    expect(await tokens.inspectToken(ctx.db, token, "PASSWORD_RESET", now)).toEqual({ userId: user.id, state: "valid" });
    expect(await tokens.inspectToken(ctx.db, token, "INVITATION", now)).toEqual({ userId: user.id, state: "wrong_kind" });
    expect(await tokens.inspectToken(ctx.db, token, "PASSWORD_RESET", new Date(now.getTime() + 31 * MINUTE))).toEqual({ userId: user.id, state: "expired" });
    await ctx.db.$transaction((tx) => tokens.consumeToken(tx, token, "PASSWORD_RESET", now));
    expect(await tokens.inspectToken(ctx.db, token, "PASSWORD_RESET", now)).toEqual({ userId: user.id, state: "used" });
    expect(await tokens.inspectToken(ctx.db, "made-up", "PASSWORD_RESET", now)).toBeNull();
  });

  it("an unknown or malformed token finds nothing", async () => {
    const now = new Date();
    for (const raw of ["", "x", "a".repeat(43), "'; drop table \"AuthToken\"; --"]) {
      expect(await tokens.peekToken(ctx.db, raw, "PASSWORD_RESET", now)).toBeNull();
    }
  });
});
