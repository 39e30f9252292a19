import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { UserContext } from "@/lib/tenancy";
import type { IssueApiTokenInput, RevokeApiTokenInput } from "./schema";

// Read-only API tokens (issue 7): issued and revoked by platform administrators. Only the SHA-256
// of the secret is stored; the secret itself is shown once, when issued.

/** Secrets start with this, so they are recognisable in logs and by secret scanners. */
export const TOKEN_PREFIX = "minka_";
/** How many characters of the secret the lists show. */
const SHOWN = TOKEN_PREFIX.length + 6;
/** lastUsedAt is written at most this often per token: a busy client must not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

function assertPlatformAdmin(ctx: UserContext): void {
  if (!can(ctx.role, "platform.manage")) throw new ForbiddenError("platform.manage");
}

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  regions: { id: string; name: string }[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: "ACTIVE" | "REVOKED" | "EXPIRED";
  createdBy: string | null;
}

export async function listApiTokens(ctx: UserContext): Promise<ApiTokenRow[]> {
  assertPlatformAdmin(ctx);
  const [tokens, regions] = await Promise.all([
    db.apiToken.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true, name: true, prefix: true, scope: true, regionIds: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.region.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(regions.map((r) => [r.id, r.name]));
  const now = Date.now();
  return tokens.map(({ regionIds, createdBy, ...t }) => ({
    ...t,
    status: t.revokedAt ? "REVOKED" : t.expiresAt && t.expiresAt.getTime() <= now ? "EXPIRED" : "ACTIVE",
    regions: regionIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
    createdBy: createdBy?.name ?? null,
  }));
}

/** The regions a REGIONS token can be scoped to, for the issue form. */
export async function tokenRegionOptions(ctx: UserContext): Promise<{ id: string; name: string }[]> {
  assertPlatformAdmin(ctx);
  return db.region.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Issues a token; returns the secret, which is never stored nor shown again. */
export async function issueApiToken(ctx: UserContext, input: IssueApiTokenInput): Promise<{ id: string; secret: string }> {
  assertPlatformAdmin(ctx);
  const regionIds = input.scope === "REGIONS" ? input.regionIds : [];
  if (regionIds.length > 0) {
    const found = await db.region.count({ where: { id: { in: regionIds } } });
    if (found !== regionIds.length) throw new InvalidInputError("invalidForm", { regionIds: ["invalid"] });
  }
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999Z`) : null;
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name: input.name, tokenHash: hashSecret(secret), prefix: secret.slice(0, SHOWN), scope: input.scope, regionIds, expiresAt, createdByUserId: ctx.userId },
      select: { id: true, name: true, prefix: true, scope: true, regionIds: true, expiresAt: true },
    });
    await recordAudit(tx, { userId: ctx.userId, regionId: null, ip: ctx.ip }, { action: "CREATE", entity: "ApiToken", entityId: created.id, after: created });
    return created;
  });
  return { id: token.id, secret };
}

export async function revokeApiToken(ctx: UserContext, input: RevokeApiTokenInput): Promise<{ name: string }> {
  assertPlatformAdmin(ctx);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw new NotFoundError("apiToken");
    if (token.revokedAt) return { name: token.name }; // already revoked: nothing changes
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await recordAudit(tx, { userId: ctx.userId, regionId: null, ip: ctx.ip }, {
      action: "DISABLE", entity: "ApiToken", entityId: token.id, before: { revokedAt: null }, after: { revokedAt },
    });
    return { name: token.name };
  });
}

/** What a valid token lets its bearer read. */
export interface TokenGrant {
  tokenId: string;
  scope: ApiTokenScope;
  regionIds: string[];
}

/**
 * The grant of a bearer secret, or null when it is unknown, revoked or expired. One indexed
 * lookup; lastUsedAt is refreshed at most once a minute.
 */
export async function resolveApiToken(secret: string): Promise<TokenGrant | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  // Raw SQL: every API request runs this, and Prisma's query engine costs more CPU than the lookup.
  const [token] = await db.$queryRaw<
    { id: string; scope: ApiTokenScope; regionIds: string[]; expiresAt: Date | null; revokedAt: Date | null; lastUsedAt: Date | null }[]
  >`
    SELECT id::text AS id, scope::text AS scope, "regionIds"::text[] AS "regionIds", "expiresAt", "revokedAt", "lastUsedAt"
      FROM "ApiToken" WHERE "tokenHash" = ${hashSecret(secret)}`;
  const now = Date.now();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= now)) return null;
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { tokenId: token.id, scope: token.scope, regionIds: token.regionIds };
}
