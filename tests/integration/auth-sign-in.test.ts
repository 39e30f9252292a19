// Sign-in against a real PostgreSQL: passwords stored as Argon2id at OWASP's parameters, the
// audit entry and security events of each attempt, and login throttling kept in the "RateLimit"
// table (10 consecutive failures hold an account+address pair back for 15 minutes; no lock on
// the account as a whole; a second app instance sees the same count).
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Throttles } from "@/lib/auth/throttle";
import { createUser, setUpAuthDatabase, tearDownAuthDatabase, uniqueEmail, type AuthTestContext } from "./auth-helpers";

let ctx: AuthTestContext;
const pools: pg.Pool[] = [];
let auth: typeof import("@/lib/auth/credentials");
let throttle: typeof import("@/lib/auth/throttle");
let password: typeof import("@/lib/auth/password");
/** Two limiters over two pools: two app instances. */
let instanceA: Throttles;
let instanceB: Throttles;

beforeAll(async () => {
  ctx = await setUpAuthDatabase();
  auth = await import("@/lib/auth/credentials");
  throttle = await import("@/lib/auth/throttle");
  password = await import("@/lib/auth/password");
  for (let i = 0; i < 2; i++) pools.push(new pg.Pool({ connectionString: ctx.tdb.url, max: 2 }));
  instanceA = throttle.createThrottles(pools[0]!);
  instanceB = throttle.createThrottles(pools[1]!);
});

afterAll(async () => {
  for (const pool of pools) await pool.end();
  await tearDownAuthDatabase(ctx);
});

afterEach(() => {
  vi.useRealTimers();
});

const PASSWORD = "llama alpaca vicuña";
const WRONG = "not the password";

async function attempt(email: string, pw: string, ip: string, throttles: Throttles = instanceA) {
  return auth.signInWithPassword({ email, password: pw }, { ip }, throttles);
}

async function securityEvents(kind: string, userId?: string) {
  return ctx.db.securityEvent.findMany({ where: { kind, ...(userId ? { userId } : {}) }, orderBy: { id: "asc" } });
}

describe("password storage", () => {
  it("stores passwords as Argon2id with m=19456, t=2, p=1 (OWASP's minimum)", async () => {
    const user = await createUser(ctx.db, { label: "storage" });
    const { passwordHash } = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    // PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(passwordHash ?? "");
    expect(match, passwordHash ?? "(no hash)").not.toBeNull();
    expect(Number(match![1])).toBe(19456);
    expect(Number(match![2])).toBe(2);
    expect(Number(match![3])).toBe(1);
    expect(Buffer.from(match![4]!, "base64").length).toBeGreaterThanOrEqual(16); // salt
    expect(passwordHash).not.toContain(PASSWORD);
    expect(password.hashParameters(passwordHash!)).toEqual({ algorithm: "argon2id", memoryCost: 19456, timeCost: 2, parallelism: 1 });
    // Two hashes of one password differ (random salt).
    expect(await password.hashPassword(PASSWORD)).not.toBe(await password.hashPassword(PASSWORD));
  });

  it("re-hashes a weaker stored hash at the next successful sign-in", async () => {
    const { hash } = await import("@node-rs/argon2");
    const user = await createUser(ctx.db, { label: "rehash" });
    const weak = await hash(PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    expect(password.needsRehash(weak)).toBe(true);

    const result = await attempt(user.email, PASSWORD, "203.0.113.50");
    expect(result.ok).toBe(true);
    const { passwordHash } = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(password.hashParameters(passwordHash!)).toMatchObject({ algorithm: "argon2id", memoryCost: 19456, timeCost: 2 });
  });
});

describe("signing in", () => {
  it("a success returns the user, sets lastSignInAt and writes a regionless SIGN_IN audit entry", async () => {
    const user = await createUser(ctx.db, { label: "success" });
    const result = await attempt(`  ${user.email.toUpperCase()} `, PASSWORD, "198.51.100.7");
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, globalRole: null, sessionVersion: 1 } });

    const row = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).not.toBeNull();
    const entries = await ctx.db.auditEntry.findMany({ where: { userId: user.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "SIGN_IN", entity: "User", entityId: user.id, regionId: null, ip: "198.51.100.7" });
  });

  it("a wrong password, an unknown email and a disabled account fail alike and are logged", async () => {
    const user = await createUser(ctx.db, { label: "failure" });
    const disabled = await createUser(ctx.db, { label: "disabled", disabled: true });
    const invited = await createUser(ctx.db, { label: "invited", password: null });
    expect(await attempt(user.email, WRONG, "198.51.100.8")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(uniqueEmail("nobody"), PASSWORD, "198.51.100.8")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(disabled.email, PASSWORD, "198.51.100.8")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(invited.email, PASSWORD, "198.51.100.8")).toEqual({ ok: false, reason: "invalid" });

    const failed = await securityEvents("sign_in_failed", user.id);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ ip: "198.51.100.8", detail: { email: user.email } });
    expect(await securityEvents("sign_in_failed", disabled.id)).toHaveLength(1);
    // No audit entry for a failure: nothing changed.
    expect(await ctx.db.auditEntry.count({ where: { userId: { in: [user.id, disabled.id, invited.id] } } })).toBe(0);
  });

  it("authorize (next-auth) returns null for a failure and throws the throttled code when held back", async () => {
    const email = uniqueEmail("authorize");
    await createUser(ctx.db, { email });
    const ip = "192.0.2.200";
    expect(await auth.authorizeCredentials({ email, password: WRONG }, ip, instanceA)).toBeNull();
    expect(await auth.authorizeCredentials({ email, password: PASSWORD }, ip, instanceA)).toMatchObject({ email });
    for (let i = 0; i < throttle.MAX_CONSECUTIVE_FAILURES; i++) await auth.authorizeCredentials({ email, password: WRONG }, ip, instanceA);
    const { SIGN_IN_THROTTLED } = await import("@/lib/auth/codes");
    await expect(auth.authorizeCredentials({ email, password: PASSWORD }, ip, instanceA)).rejects.toThrow(SIGN_IN_THROTTLED);
  });
});

describe("login throttling", () => {
  it("after 10 consecutive failures the pair is held back, even with the right password", async () => {
    const user = await createUser(ctx.db, { label: "throttle" });
    const ip = "203.0.113.10";
    for (let i = 1; i <= 9; i++) expect((await attempt(user.email, WRONG, ip)).ok).toBe(false);
    // Nine failures: the tenth attempt still counts, and a right password would still work.
    expect(await instanceA.signInHeldBack(user.email, ip)).toEqual({ held: false });
    expect(await attempt(user.email, WRONG, ip)).toEqual({ ok: false, reason: "invalid" });

    const held = await attempt(user.email, PASSWORD, ip);
    expect(held).toMatchObject({ ok: false, reason: "throttled" });
    expect(held.ok === false && held.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(held.ok === false && held.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    const throttled = await securityEvents("sign_in_throttled");
    expect(throttled.some((e) => e.ip === ip && (e.detail as { email?: string }).email === user.email)).toBe(true);
    const failures = await securityEvents("sign_in_failed", user.id);
    expect(failures).toHaveLength(10);
    expect(failures.at(-1)?.detail).toMatchObject({ heldBack: true });
    // The held-back attempt changed nothing.
    const row = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).toBeNull();
  });

  it("holds back only that pair: the same account from another address signs in", async () => {
    const user = await createUser(ctx.db, { label: "victim" });
    const attacker = "203.0.113.66";
    for (let i = 0; i < 10; i++) await attempt(user.email, WRONG, attacker);
    expect((await attempt(user.email, PASSWORD, attacker)).ok).toBe(false);
    // The owner, elsewhere, is not locked out: there is no account-wide lock.
    expect(await attempt(user.email, PASSWORD, "198.51.100.99")).toMatchObject({ ok: true });
    // And the attacker's address is not held back for other accounts either.
    const other = await createUser(ctx.db, { label: "other" });
    expect(await attempt(other.email, PASSWORD, attacker)).toMatchObject({ ok: true });
  });

  it("a success resets the pair's count", async () => {
    const user = await createUser(ctx.db, { label: "reset-count" });
    const ip = "203.0.113.11";
    for (let i = 0; i < 9; i++) await attempt(user.email, WRONG, ip);
    expect((await attempt(user.email, PASSWORD, ip)).ok).toBe(true);
    // Nine more failures after the success do not reach the limit: the count started again.
    for (let i = 0; i < 9; i++) await attempt(user.email, WRONG, ip);
    expect((await attempt(user.email, PASSWORD, ip)).ok).toBe(true);
  });

  it("counts unknown emails the same way, so a held-back answer reveals nothing", async () => {
    const email = uniqueEmail("ghost");
    const ip = "203.0.113.12";
    for (let i = 0; i < 10; i++) expect(await attempt(email, WRONG, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(email, WRONG, ip)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("keeps the counts in the RateLimit table, where a second app instance sees them", async () => {
    const user = await createUser(ctx.db, { label: "instances" });
    const ip = "203.0.113.13";
    // Failures alternate between the two instances, as a load balancer would spread them.
    for (let i = 0; i < 10; i++) await attempt(user.email, WRONG, ip, i % 2 === 0 ? instanceA : instanceB);
    expect((await attempt(user.email, PASSWORD, ip, instanceA)).ok).toBe(false);
    expect(await attempt(user.email, PASSWORD, ip, instanceB)).toMatchObject({ ok: false, reason: "throttled" });

    const rows = await ctx.db.rateLimit.findMany({ where: { key: { startsWith: "signin:" } } });
    expect(rows.length).toBeGreaterThan(0);
    // Keys are hashed: the table is not a list of who tried to sign in from where.
    for (const row of rows) {
      expect(row.key).toMatch(/^signin:[0-9a-f]{64}$/);
      expect(row.key).not.toContain(user.email);
    }
    expect(rows.some((r) => r.points > throttle.MAX_CONSECUTIVE_FAILURES - 1)).toBe(true);
  });

  it("lets the pair try again once the 15 minutes are over", async () => {
    const user = await createUser(ctx.db, { label: "expiry" });
    const ip = "203.0.113.14";
    for (let i = 0; i < 10; i++) await attempt(user.email, WRONG, ip);
    expect(await instanceA.signInHeldBack(user.email, ip)).toMatchObject({ held: true });

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 14 * 60 * 1000);
    expect(await instanceA.signInHeldBack(user.email, ip)).toMatchObject({ held: true });
    vi.setSystemTime(Date.now() + 60 * 1000 + 1000);
    expect(await instanceA.signInHeldBack(user.email, ip)).toEqual({ held: false });
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ ok: true });
  });
});

describe("password-reset request throttling", () => {
  it("limits requests per account+address, and per address", async () => {
    const ip = "203.0.113.20";
    const email = uniqueEmail("flood");
    for (let i = 0; i < throttle.RESET_REQUESTS_PER_PAIR; i++) await instanceA.consumeResetRequest(email, ip);
    await expect(instanceB.consumeResetRequest(email, ip)).rejects.toBeInstanceOf(throttle.RateLimitedError);
    // Another address for the same email is not affected.
    await expect(instanceA.consumeResetRequest(email, "203.0.113.21")).resolves.toBeUndefined();

    // One address spraying many emails reaches the per-address ceiling.
    const sprayer = "203.0.113.22";
    let refused = 0;
    for (let i = 0; i < throttle.RESET_REQUESTS_PER_ADDRESS + 3; i++) {
      await instanceA.consumeResetRequest(uniqueEmail("spray"), sprayer).catch((error: unknown) => {
        expect(error).toBeInstanceOf(throttle.RateLimitedError);
        refused++;
      });
    }
    expect(refused).toBe(3);
  });
});
