import "server-only";
import { cache } from "react";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { inviteIntoRegion, type InviteOptions, type InviteResult } from "@/lib/members/data";
import { can } from "@/lib/permissions";
import type { UserContext } from "@/lib/tenancy";
import type { CreateRegionInput } from "./schema";

// Platform administration: the regions (tenants) themselves. Not scoped to one region, so every
// function re-checks the caller's global role against the permission table.

function assertPlatformAdmin(ctx: UserContext): void {
  if (!can(ctx.role, "platform.manage")) throw new ForbiddenError("platform.manage");
}

export interface RegionAdminRow {
  id: string;
  code: string;
  reniecCode: string;
  isoCode: string;
  slug: string;
  name: string;
  capital: string;
  members: number;
  /** Enabled regional administrators (including invitations not yet accepted). */
  regionalAdmins: number;
  createdAt: Date;
}

export async function listRegionsForAdmin(ctx: UserContext): Promise<RegionAdminRow[]> {
  assertPlatformAdmin(ctx);
  const [regions, admins] = await Promise.all([
    db.region.findMany({
      select: {
        id: true,
        code: true,
        reniecCode: true,
        isoCode: true,
        slug: true,
        name: true,
        capital: true,
        createdAt: true,
        _count: { select: { memberships: true } },
      },
      orderBy: [{ code: "asc" }],
    }),
    db.membership.groupBy({ by: ["regionId"], where: { role: "REGIONAL_ADMIN", disabledAt: null }, _count: { _all: true } }),
  ]);
  const adminCount = new Map(admins.map((a) => [a.regionId, a._count._all]));
  return regions.map(({ _count, ...region }) => ({
    ...region,
    members: _count.memberships,
    regionalAdmins: adminCount.get(region.id) ?? 0,
  }));
}

/** Region names by slug: public facts (the landing page lists them), for navigation. */
export const listRegionNames = cache(async (): Promise<{ slug: string; name: string }[]> =>
  db.region.findMany({ select: { slug: true, name: true }, orderBy: [{ name: "asc" }] }),
);

/** Which of a new region's unique codes are taken already, as field errors. */
async function takenFields(input: CreateRegionInput): Promise<Record<string, string[]>> {
  const clashes = await db.region.findMany({
    where: { OR: [{ code: input.code }, { isoCode: input.isoCode }, { slug: input.slug }] },
    select: { code: true, isoCode: true, slug: true },
  });
  const errors: Record<string, string[]> = {};
  if (clashes.some((r) => r.code === input.code)) errors.code = ["codeTaken"];
  if (clashes.some((r) => r.isoCode === input.isoCode)) errors.isoCode = ["isoCodeTaken"];
  if (clashes.some((r) => r.slug === input.slug)) errors.slug = ["slugTaken"];
  return errors;
}

/**
 * Creates a region and invites its first regional administrator, in one transaction: the region
 * never exists without someone invited to run it, and a failed invitation leaves no region.
 */
export async function createRegion(
  ctx: UserContext,
  input: CreateRegionInput,
  opts: InviteOptions,
): Promise<{ regionId: string; slug: string; invitation: InviteResult }> {
  assertPlatformAdmin(ctx);
  const taken = await takenFields(input);
  if (Object.keys(taken).length > 0) throw new InvalidInputError("regionTaken", taken);

  try {
    return await db.$transaction(
      async (tx) => {
        const region = await tx.region.create({
          data: {
            code: input.code,
            reniecCode: input.reniecCode,
            isoCode: input.isoCode,
            slug: input.slug,
            name: input.name,
            capital: input.capital,
          },
          select: { id: true, code: true, reniecCode: true, isoCode: true, slug: true, name: true, capital: true },
        });
        const { id: _id, ...facts } = region;
        await recordAudit(tx, { userId: ctx.userId, regionId: region.id, ip: ctx.ip }, {
          action: "CREATE",
          entity: "Region",
          entityId: region.id,
          after: facts,
        });
        const invitation = await inviteIntoRegion(
          tx,
          ctx,
          { id: region.id, name: region.name },
          { email: input.adminEmail, name: input.adminName, role: "REGIONAL_ADMIN", actorId: null },
          opts,
        );
        return { regionId: region.id, slug: region.slug, invitation };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    // Another administrator created the same code a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const clash = await takenFields(input);
      if (Object.keys(clash).length > 0) throw new InvalidInputError("regionTaken", clash);
      throw new ConflictError();
    }
    throw error;
  }
}
