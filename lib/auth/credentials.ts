import "server-only";
import { z } from "zod";
import { recordAudit, recordSecurityEvent } from "@/lib/audit";
import { SIGN_IN_THROTTLED } from "@/lib/auth/codes";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { throttles as defaultThrottles, type Throttles } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import type { GlobalRole } from "@/lib/generated/prisma/enums";

// Sign-in with email and password, as plain functions of (input, address): next-auth's
// `authorize` (lib/auth/options.ts) is a thin wrapper, and tests call these directly.

/** What next-auth puts in the session token. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  sessionVersion: number;
}

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: "invalid" | "throttled"; retryAfterSeconds?: number };

const CredentialsInput = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1).max(1024),
});

// Verifying against a throwaway hash when the account does not exist (or cannot sign in) keeps the
// response time the same, so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  return decoyHash;
}

/**
 * Checks the credentials. Failures are counted per account+address pair whether or not the
 * account exists, so a held-back answer says nothing about which emails have accounts.
 */
export async function signInWithPassword(
  raw: unknown,
  meta: { ip: string | null; now?: Date },
  throttles: Throttles = defaultThrottles(),
): Promise<SignInResult> {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const ip = meta.ip;

  const hold = await throttles.signInHeldBack(email, ip);
  if (hold.held) {
    await recordSecurityEvent({ kind: "sign_in_throttled", ip, detail: { email } });
    return { ok: false, reason: "throttled", retryAfterSeconds: hold.retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, globalRole: true, disabledAt: true, sessionVersion: true },
  });

  const passwordHash = user && !user.disabledAt ? user.passwordHash : null;
  let valid = false;
  if (passwordHash) valid = await verifyPassword(passwordHash, password);
  else await verifyPassword(await getDecoyHash(), password);
  if (!user || !passwordHash || !valid) {
    const startedHoldBack = await throttles.signInFailed(email, ip);
    await recordSecurityEvent({
      kind: "sign_in_failed",
      userId: user?.id ?? null,
      ip,
      detail: { email, ...(user?.disabledAt ? { disabled: true } : {}), ...(startedHoldBack ? { heldBack: true } : {}) },
    });
    return { ok: false, reason: "invalid" };
  }

  await throttles.signInSucceeded(email, ip);
  const now = meta.now ?? new Date();
  // Parameters raised since this hash was made: store a stronger one now that we hold the password.
  const rehash = needsRehash(passwordHash) ? await hashPassword(password) : null;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now, ...(rehash ? { passwordHash: rehash } : {}) } });
    await recordAudit(tx, { userId: user.id, regionId: null, ip }, { action: "SIGN_IN", entity: "User", entityId: user.id });
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, globalRole: user.globalRole, sessionVersion: user.sessionVersion },
  };
}

/** next-auth's `authorize`: the user, null for a plain failure, a thrown code for throttling. */
export async function authorizeCredentials(raw: unknown, ip: string | null, throttles?: Throttles): Promise<SignedInUser | null> {
  const result = await signInWithPassword(raw, { ip }, throttles);
  if (result.ok) return result.user;
  if (result.reason === "throttled") throw new Error(SIGN_IN_THROTTLED);
  return null;
}
