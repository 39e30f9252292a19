import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import type { GlobalRole, RegionRole } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/validation/identifiers";

export type CurrentMembership = {
  regionId: string;
  regionSlug: string;
  regionName: string;
  role: RegionRole;
  /** Set when the membership is bound to one institution (an institution editor). */
  actorId: string | null;
};

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  memberships: CurrentMembership[];
};

/**
 * The signed-in user as the database sees them now, or null. The session token only proves who
 * signed in; whether that user still exists, is enabled, and which regions they belong to is read
 * here on every request, so disabling a user or revoking a membership takes effect immediately.
 * A token whose `sessionVersion` differs from the user's was issued before a security-relevant
 * change (password, role, disable) and is refused.
 * Cached per request: the header, the page and the tenant gate share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadCurrentUser(userId, session.sessionVersion);
});

type SessionRow = {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  disabled: boolean;
  sessionVersion: number;
  memberships: CurrentMembership[];
};

/**
 * The user behind a verified session token, as the database sees them now: null when missing,
 * disabled, or when the token predates a security change (its `sessionVersion` is older).
 * Split from getCurrentUser so tests and API-token callers reach the same rules without a cookie.
 */
export async function loadCurrentUser(userId: string, sessionVersion: number): Promise<CurrentUser | null> {
  // A token's subject is a user id Minka issued; anything else cannot name a user (and would
  // make the uuid cast below fail).
  if (!isUuid(userId)) return null;
  // One statement, because every signed-in request runs it: Prisma's nested select took three
  // (user, memberships, their regions) and ~2 ms of the query engine; this takes ~1 ms.
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT u.id::text AS id, u.email, u.name, u."globalRole"::text AS "globalRole",
           u."disabledAt" IS NOT NULL AS disabled, u."sessionVersion",
           coalesce((SELECT json_agg(json_build_object('regionId', m."regionId", 'regionSlug', r.slug, 'regionName', r.name,
                                                       'role', m.role, 'actorId', m."actorId")
                                     ORDER BY m."createdAt", m.id)
                       FROM "Membership" m JOIN "Region" r ON r.id = m."regionId"
                      WHERE m."userId" = u.id AND m."disabledAt" IS NULL), '[]'::json) AS memberships
      FROM "User" u
     WHERE u.id = ${userId}::uuid`;
  const user = rows[0];
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    globalRole: user.globalRole,
    memberships: user.memberships,
  };
}

/**
 * Where a user lands after signing in, without the locale prefix: their first region's overview,
 * or the landing page for national viewers and platform administrators.
 */
export function homePathFor(user: Pick<CurrentUser, "memberships">): string {
  const first = user.memberships[0];
  return first ? `/r/${first.regionSlug}` : "/";
}

/**
 * Returns `value` only if it is a path on this site ("/es/r/cusco?tab=x"), never an absolute or
 * protocol-relative URL ("https://evil.example", "//evil.example", "/\\evil.example"), so a
 * crafted `callbackUrl` cannot send a user elsewhere after signing in.
 */
export function safeCallbackPath(value: string | string[] | undefined | null): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters and backslashes can be normalised by browsers into a host part.
  if (/[\u0000-\u001f\\]/.test(value)) return null;
  try {
    const base = "http://minka.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
