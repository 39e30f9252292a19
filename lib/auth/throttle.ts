import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

// Throttling kept in PostgreSQL (table "RateLimit"), so every app instance sees the same counts.
//
// Sign-in: failures are counted per account+address pair. After MAX_CONSECUTIVE_FAILURES the
// pair is held back for HOLD_BACK_SECONDS, even with the right password; a success clears the
// pair. There is deliberately no counter on the account alone: an attacker elsewhere could then
// lock a victim out just by failing on purpose. (Spraying one account from many addresses is
// slowed by Argon2 and the common-password policy, not by a lockout.)
//
// Password-reset requests: a few per account+address, and a ceiling per address, so the form
// cannot be used to flood someone's mailbox or the outbox.

export const MAX_CONSECUTIVE_FAILURES = 10;
export const HOLD_BACK_SECONDS = 15 * 60;
/** A streak of failures older than this is forgotten even without a success. */
const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;

export const RESET_REQUESTS_PER_PAIR = 5;
export const RESET_REQUESTS_PER_ADDRESS = 20;
const RESET_WINDOW_SECONDS = 60 * 60;

/** A throttled attempt. Actions turn it into the `rate_limited` form state. */
export class RateLimitedError extends Error {
  readonly code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super("rate limited");
  }
}

export type HoldBack = { held: false } | { held: true; retryAfterSeconds: number };

export interface Throttles {
  /** Whether this account+address pair is held back now. */
  signInHeldBack(email: string, ip: string | null): Promise<HoldBack>;
  /** Counts a failure; returns true when this failure started a hold-back. */
  signInFailed(email: string, ip: string | null): Promise<boolean>;
  /** A success ends the pair's streak. */
  signInSucceeded(email: string, ip: string | null): Promise<void>;
  /** Counts a reset request; throws RateLimitedError past either limit. */
  consumeResetRequest(email: string, ip: string | null): Promise<void>;
}

/**
 * Keys are hashed: they fit the column whatever the address length, and the table does not
 * become a list of who tried to sign in from where.
 */
function pairKey(email: string, ip: string | null): string {
  return createHash("sha256").update(`${email.trim().toLowerCase()}\n${ip ?? "unknown"}`).digest("hex");
}

function addressKey(ip: string | null): string {
  return createHash("sha256").update(ip ?? "unknown").digest("hex");
}

function limiter(pool: pg.Pool, keyPrefix: string, points: number, duration: number, sweepsTable = false): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "RateLimit",
    // The migration created the table with the layout the library expects.
    tableCreated: true,
    // Expired rows of every prefix are deleted by one limiter's periodic sweep; one is enough.
    clearExpiredByTimeout: sweepsTable,
    keyPrefix,
    points,
    duration,
  });
}

function secondsFrom(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Throttles over a pool of their own (tests build two to play two app instances). */
export function createThrottles(pool: pg.Pool): Throttles {
  const signInPairs = limiter(pool, "signin", MAX_CONSECUTIVE_FAILURES, FAILURE_MEMORY_SECONDS, true);
  const resetPairs = limiter(pool, "reset", RESET_REQUESTS_PER_PAIR, RESET_WINDOW_SECONDS);
  const resetAddresses = limiter(pool, "reset-ip", RESET_REQUESTS_PER_ADDRESS, RESET_WINDOW_SECONDS);

  return {
    async signInHeldBack(email, ip) {
      const res = await signInPairs.get(pairKey(email, ip));
      if (res && res.consumedPoints >= MAX_CONSECUTIVE_FAILURES) return { held: true, retryAfterSeconds: secondsFrom(res.msBeforeNext) };
      return { held: false };
    },
    async signInFailed(email, ip) {
      const key = pairKey(email, ip);
      // `penalty` counts without ever rejecting; the hold-back is placed explicitly below so it
      // lasts HOLD_BACK_SECONDS from the failure that completed the streak.
      const res = await signInPairs.penalty(key, 1);
      if (res.consumedPoints === MAX_CONSECUTIVE_FAILURES) {
        await signInPairs.block(key, HOLD_BACK_SECONDS);
        return true;
      }
      return false;
    },
    async signInSucceeded(email, ip) {
      await signInPairs.delete(pairKey(email, ip));
    },
    async consumeResetRequest(email, ip) {
      try {
        await resetAddresses.consume(addressKey(ip));
        await resetPairs.consume(pairKey(email, ip));
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimitedError(secondsFrom(error.msBeforeNext));
        throw error;
      }
    },
  };
}

// One pool per server process, small: each check is one indexed statement. Kept on globalThis so
// development reloads do not open a pool per reload.
const globalForThrottles = globalThis as unknown as { minkaThrottles?: Throttles };

/** The process-wide throttles, on DATABASE_URL. */
export function throttles(): Throttles {
  if (!globalForThrottles.minkaThrottles) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString, max: 3 });
    // An idle client's error (the server restarted) must not crash the process; the next query
    // reconnects.
    pool.on("error", (error) => console.error("[minka] throttle pool:", error.message));
    globalForThrottles.minkaThrottles = createThrottles(pool);
  }
  return globalForThrottles.minkaThrottles;
}
