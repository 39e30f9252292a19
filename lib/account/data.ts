import "server-only";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/schema";
import { RateLimitedError, throttles as defaultThrottles, type Throttles } from "@/lib/auth/throttle";
import { consumeToken, inspectToken, InvalidTokenError, issueToken, peekToken } from "@/lib/auth/tokens";
import type { AuthTokenKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { resetLink } from "@/lib/mail/links";
import { enqueueMail } from "@/lib/mail/outbox";
import { buildResetMail } from "@/lib/mail/templates";

// A person's own account: change password, reset it by a one-time link, accept an invitation.
// Plain functions of (input, address, now) so tests reach every rule without a request; the
// server actions in ./actions.ts are the thin glue. Each change and its audit entry commit in one
// transaction, and every change of password bumps `sessionVersion`, which ends every session the
// account had open (lib/auth/session.ts compares it on every request).
// Slow work (Argon2) happens before the transaction opens, so no row stays locked while hashing.

/** The refusal of a link, with what the security log should know about it. */
async function invalidLink(raw: string, kind: AuthTokenKind, now: Date): Promise<InvalidTokenError> {
  const seen = await inspectToken(db, raw, kind, now);
  return new InvalidTokenError(kind, seen?.userId ?? null, seen?.state ?? "unknown");
}

function refuseWeakPassword(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new InvalidInputError("invalidForm", { [field]: [problem] });
}

/**
 * Changes the password of a signed-in user who proves the current one. Wrong guesses count
 * towards the sign-in hold-back of the same account+address pair: a stolen session cannot be
 * used to guess the password faster than the login form allows.
 */
export async function changePassword(
  input: { userId: string; currentPassword: string; newPassword: string; ip: string | null },
  throttles: Throttles = defaultThrottles(),
): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || !user.passwordHash) throw new NotFoundError("user");

  const hold = await throttles.signInHeldBack(user.email, input.ip);
  if (hold.held) throw new RateLimitedError(hold.retryAfterSeconds);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await throttles.signInFailed(user.email, input.ip);
    throw new InvalidInputError("invalidForm", { currentPassword: ["auth.currentPasswordWrong"] });
  }
  refuseWeakPassword("newPassword", input.newPassword, user.email);

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Conditional on the version read above: a concurrent change (another tab, a reset) wins
    // once, and this one reports a conflict instead of silently overwriting it.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, sessionVersion: user.sessionVersion, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await recordAudit(
      tx,
      { userId: user.id, regionId: null, ip: input.ip },
      {
        action: "PASSWORD_CHANGE",
        entity: "User",
        entityId: user.id,
        before: { sessionVersion: user.sessionVersion },
        after: { sessionVersion: user.sessionVersion + 1 },
      },
    );
  });
  await throttles.signInSucceeded(user.email, input.ip);
}

export type ResetRequestOutcome = "queued" | "ignored";

/**
 * Queues a reset link for an enabled account. The caller answers the same whatever the outcome:
 * the form must not tell who has an account. The token, the mail and the audit entry commit
 * together; delivering the mail is the caller's next step, after the commit.
 */
export async function requestPasswordReset(input: {
  email: string;
  ip: string | null;
  locale: string;
  now?: Date;
}): Promise<ResetRequestOutcome> {
  const now = input.now ?? new Date();
  const user = await db.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return "ignored";

  await db.$transaction(async (tx) => {
    const { token, expiresAt, id } = await issueToken(tx, { userId: user.id, kind: "PASSWORD_RESET", createdById: null, now });
    const mail = buildResetMail({ locale: input.locale, name: user.name, link: resetLink(input.locale, token) });
    // Platform mail (no region): without SMTP only platform administrators can read it.
    await enqueueMail(tx, { regionId: null, to: user.email, subject: mail.subject, text: mail.text });
    // Requested by whoever typed the address, signed in or not: the entry names no actor.
    await recordAudit(
      tx,
      { userId: null, regionId: null, ip: input.ip },
      { action: "CREATE", entity: "AuthToken", entityId: id, after: { kind: "PASSWORD_RESET", userId: user.id, expiresAt } },
    );
  });
  return "queued";
}

/** Counts a reset request against the per-pair and per-address limits (throws RateLimitedError). */
export async function throttleResetRequest(email: string, ip: string | null, throttles: Throttles = defaultThrottles()): Promise<void> {
  await throttles.consumeResetRequest(email.trim().toLowerCase(), ip);
}

/** Who a reset link is for, when it can still be used; null shows the "link expired" page. */
export async function findPasswordReset(token: string, now = new Date()): Promise<{ email: string } | null> {
  const userId = await peekToken(db, token, "PASSWORD_RESET", now);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  return user && !user.disabledAt ? { email: user.email } : null;
}

/**
 * Sets a new password through a reset link: the link is used up, the password replaced, every
 * open session ended, and the change audited, all or nothing. Returns the account's email (the
 * sign-in page is prefilled with it).
 */
export async function resetPassword(input: { token: string; password: string; ip: string | null; now?: Date }): Promise<{ userId: string; email: string }> {
  const now = input.now ?? new Date();
  const userId = await peekToken(db, input.token, "PASSWORD_RESET", now);
  if (!userId) throw await invalidLink(input.token, "PASSWORD_RESET", now);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new InvalidTokenError("PASSWORD_RESET", userId, "account");
  // A refused password leaves the link usable: the person corrects it and submits again.
  refuseWeakPassword("password", input.password, user.email);
  const passwordHash = await hashPassword(input.password);

  await db.$transaction(async (tx) => {
    // Using the token is the atomic step: of two submissions with the same link, one wins.
    const consumedBy = await consumeToken(tx, input.token, "PASSWORD_RESET", now);
    if (consumedBy !== user.id) throw new InvalidTokenError("PASSWORD_RESET", user.id, "used");
    const [updated] = await tx.user.updateManyAndReturn({
      where: { id: user.id, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    if (!updated) throw new InvalidTokenError("PASSWORD_RESET", user.id, "account");
    await recordAudit(
      tx,
      { userId: user.id, regionId: null, ip: input.ip },
      {
        action: "PASSWORD_RESET",
        entity: "User",
        entityId: user.id,
        before: { sessionVersion: updated.sessionVersion - 1 },
        after: { sessionVersion: updated.sessionVersion },
      },
    );
  });
  return { userId: user.id, email: user.email };
}

export interface PendingInvitation {
  email: string;
  name: string;
  /** Regions the account already belongs to, to tell the person what they were invited to. */
  regionNames: string[];
}

/**
 * The invitation behind a link, when it can still be accepted; null shows the "link expired"
 * page. An account that already has a password is not "pending": its owner signs in.
 */
export async function findInvitation(token: string, now = new Date()): Promise<PendingInvitation | null> {
  const userId = await peekToken(db, token, "INVITATION", now);
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      disabledAt: true,
      passwordHash: true,
      memberships: { where: { disabledAt: null }, select: { region: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.disabledAt || user.passwordHash) return null;
  return { email: user.email, name: user.name, regionNames: user.memberships.map((m) => m.region.name) };
}

/**
 * Accepts an invitation: the invited person's name and first password, the link used up, and
 * the acceptance audited, all or nothing. Refused for an account that already has a password:
 * an invitation link (which administrators may read in the outbox) must never be a way to
 * replace the password of an account someone already uses.
 */
export async function acceptInvitation(input: {
  token: string;
  name: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<{ userId: string; email: string }> {
  const now = input.now ?? new Date();
  const userId = await peekToken(db, input.token, "INVITATION", now);
  if (!userId) throw await invalidLink(input.token, "INVITATION", now);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, disabledAt: true, passwordHash: true } });
  if (!user || user.disabledAt || user.passwordHash) throw new InvalidTokenError("INVITATION", userId, "account");
  const name = input.name.trim();
  refuseWeakPassword("password", input.password, user.email);
  const passwordHash = await hashPassword(input.password);

  await db.$transaction(async (tx) => {
    const consumedBy = await consumeToken(tx, input.token, "INVITATION", now);
    if (consumedBy !== user.id) throw new InvalidTokenError("INVITATION", user.id, "used");
    const { count } = await tx.user.updateMany({
      where: { id: user.id, disabledAt: null, passwordHash: null },
      data: { name, passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new InvalidTokenError("INVITATION", user.id, "account");
    await recordAudit(
      tx,
      { userId: user.id, regionId: null, ip: input.ip },
      { action: "ACCEPT_INVITATION", entity: "User", entityId: user.id, before: { name: user.name }, after: { name } },
    );
  });
  return { userId: user.id, email: user.email };
}
