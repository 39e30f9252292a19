import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { recordSecurityEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { can, roleInRegion, type Permission, type Role } from "@/lib/permissions";
import { clientIp } from "@/lib/request-meta";

/**
 * What the server has proven about a request that acts in one region. Only `gateRegion` builds
 * it; data functions take it as their first argument and scope every query by `regionId`.
 */
export interface RegionContext {
  userId: string;
  regionId: string;
  regionSlug: string;
  regionName: string;
  regionCode: string;
  role: Role;
  /** An institution editor's one institution; null for every other role. */
  actorId: string | null;
  ip: string | null;
}

/** A signed-in request that does not act in one region (national views, platform admin). */
export interface UserContext {
  userId: string;
  role: Role | null;
  user: CurrentUser;
  ip: string | null;
}

async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError("not signed in");
  return user;
}

/**
 * The tenant gate. `unverifiedSlug` comes from the URL and proves nothing until the caller's
 * membership is found: a region the caller may not see throws NotFoundError, exactly as a region
 * that does not exist. Cached per request, so a page and its components pay for it once.
 */
export const gateRegion = cache(async (unverifiedSlug: string): Promise<RegionContext> =>
  resolveRegionContext(await requireUser(), unverifiedSlug, await clientIp()),
);

/**
 * The gate's rule, for a user the caller has already proven (a session, an API token, a test).
 * Throws NotFoundError when the region does not exist or the user may not act in it.
 */
export async function resolveRegionContext(user: CurrentUser, unverifiedSlug: string, ip: string | null): Promise<RegionContext> {
  const region = await db.region.findUnique({
    where: { slug: unverifiedSlug },
    select: { id: true, slug: true, name: true, code: true },
  });
  if (!region) throw new NotFoundError("region");

  const role = roleInRegion(user, region.id);
  const membership = user.memberships.find((m) => m.regionId === region.id);
  if (!role) {
    await recordSecurityEvent({ kind: "region_denied", userId: user.id, regionId: region.id, ip });
    throw new NotFoundError("region");
  }
  return {
    userId: user.id,
    regionId: region.id,
    regionSlug: region.slug,
    regionName: region.name,
    regionCode: region.code,
    role,
    actorId: role === "INSTITUTION_EDITOR" ? (membership?.actorId ?? null) : null,
    ip,
  };
}

/** The gate plus one permission of the table. A denial is logged, then thrown. */
export async function gateRegionFor(unverifiedSlug: string, permission: Permission): Promise<RegionContext> {
  return assertCan(await gateRegion(unverifiedSlug), permission);
}

export async function assertCan(ctx: RegionContext, permission: Permission): Promise<RegionContext> {
  if (!can(ctx.role, permission)) {
    await recordSecurityEvent({ kind: "permission_denied", userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip, detail: { permission, role: ctx.role } });
    throw new ForbiddenError(permission);
  }
  return ctx;
}

/** For pages and actions outside any region: signed in, and holding `permission` if given. */
export async function gateUser(permission?: Permission): Promise<UserContext> {
  const user = await requireUser();
  const ctx: UserContext = { userId: user.id, role: user.globalRole, user, ip: await clientIp() };
  if (permission && !can(ctx.role, permission)) {
    await recordSecurityEvent({ kind: "permission_denied", userId: user.id, ip: ctx.ip, detail: { permission, role: ctx.role } });
    throw new ForbiddenError(permission);
  }
  return ctx;
}

/**
 * The gate for pages: signed out → the sign-in page (coming back here afterwards); a region or
 * record the caller may not see, or an action they may not take → the not-found page, the same
 * answer a missing one gets.
 */
export async function pageGate<T>(locale: string, gate: () => Promise<T>): Promise<T> {
  try {
    return await gate();
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      const here = (await headers()).get("x-minka-path");
      const back = here ? `?callbackUrl=${encodeURIComponent(here)}` : "";
      redirect(`/${locale}/login${back}`);
    }
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
