import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/audit";
import type { AuthTokenKind } from "@/lib/generated/prisma/enums";

// One-time links (password reset, invitation). The raw token goes into the link and nowhere
// else; the database keeps its SHA-256, so reading the table does not let anyone use a link.
export const TOKEN_LIFETIME_MS: Record<AuthTokenKind, number> = {
  PASSWORD_RESET: 30 * 60 * 1000,
  INVITATION: 7 * 24 * 60 * 60 * 1000,
};

/**
 * A one-time link that is unknown, expired, already used, or whose account can no longer use it.
 * The answer to the visitor is the same in every case; the security log keeps the detail.
 */
export class InvalidTokenError extends Error {
  readonly code = "token_invalid";
  constructor(
    readonly kind: AuthTokenKind,
    readonly userId: string | null = null,
    /** For the security log: why the link could not be used. */
    readonly reason: TokenState | "unknown" | "account" = "unknown",
  ) {
    super(`invalid ${kind} token (${reason})`);
  }
}

export type TokenState = "valid" | "used" | "expired" | "wrong_kind";

/**
 * What is known about a raw token whatever its state, for the security log when a link is
 * refused (whose account, and whether it was used, expired or of another kind). Never a reason
 * to accept it: only `consumeToken` does that.
 */
export async function inspectToken(
  tx: Tx,
  raw: string,
  kind: AuthTokenKind,
  now = new Date(),
): Promise<{ userId: string; state: TokenState } | null> {
  const row = await tx.authToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { userId: true, kind: true, usedAt: true, expiresAt: true },
  });
  if (!row) return null;
  const state: TokenState = row.kind !== kind ? "wrong_kind" : row.usedAt ? "used" : row.expiresAt <= now ? "expired" : "valid";
  return { userId: row.userId, state };
}

export function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** Issues a token, replacing any unused one of the same kind for the same user. */
export async function issueToken(
  tx: Tx,
  input: { userId: string; kind: AuthTokenKind; createdById: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date; id: string }> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[input.kind]);
  // An older link stops working when a newer one is sent: only the latest can be used.
  await tx.authToken.updateMany({ where: { userId: input.userId, kind: input.kind, usedAt: null }, data: { usedAt: now } });
  const row = await tx.authToken.create({
    data: { userId: input.userId, kind: input.kind, tokenHash: hashToken(token), expiresAt, createdById: input.createdById },
    select: { id: true },
  });
  return { token, expiresAt, id: row.id };
}

/**
 * Marks a token used and returns its user, or null when it is unknown, expired or already used.
 * The conditional update makes "check and use" one atomic step: two requests with the same link
 * cannot both succeed.
 */
export async function consumeToken(tx: Tx, raw: string, kind: AuthTokenKind, now = new Date()): Promise<string | null> {
  const tokenHash = hashToken(raw);
  const used = await tx.authToken.updateManyAndReturn({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true },
  });
  return used[0]?.userId ?? null;
}

/** Reads a token without using it (to show the form behind a link). */
export async function peekToken(tx: Tx, raw: string, kind: AuthTokenKind, now = new Date()): Promise<string | null> {
  const row = await tx.authToken.findFirst({
    where: { tokenHash: hashToken(raw), kind, usedAt: null, expiresAt: { gt: now } },
    select: { userId: true },
  });
  return row?.userId ?? null;
}
