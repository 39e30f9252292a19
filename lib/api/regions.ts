import "server-only";
import { db } from "@/lib/db";
import { ipFromHeaders } from "@/lib/request-meta";
import { ApiError, canReadRegion, denyRegion, REGION_NOT_FOUND, type Principal } from "./http";

// Regions as the API names them: by INEI UBIGEO code ("08" Cusco, "23" Tacna).

export interface ApiRegion {
  id: string;
  code: string;
  isoCode: string;
  slug: string;
  name: string;
  capital: string;
  /** Moves on with every audited change of the region's data (lib/audit.ts): what ETags rest on. */
  dataVersion: number;
}

const SELECT = { id: true, code: true, isoCode: true, slug: true, name: true, capital: true, dataVersion: true } as const;

/** The regions the caller may read, by code. */
export async function readableRegions(principal: Principal): Promise<ApiRegion[]> {
  const regions = await db.region.findMany({ select: SELECT, orderBy: { code: "asc" } });
  return regions.filter((r) => canReadRegion(principal, r.id));
}

/**
 * The region with this code if the caller may read it. A code that does not exist, and one the
 * caller may not read, get the same 404 (the refusal is logged, as the tenant gate does).
 */
export async function readableRegion(principal: Principal, unverifiedCode: string, request: Request): Promise<ApiRegion> {
  // Plain SQL: every API request runs this lookup (Prisma's query engine costs more CPU than it).
  const region = /^\d{2}(\d{2})?$/.test(unverifiedCode)
    ? (
        await db.$queryRaw<ApiRegion[]>`
          SELECT id::text AS id, code, "isoCode", slug, name, capital, "dataVersion" FROM "Region" WHERE code = ${unverifiedCode}`
      )[0]
    : undefined;
  if (!region) throw new ApiError("not_found", REGION_NOT_FOUND);
  if (!canReadRegion(principal, region.id)) await denyRegion(principal, region.id, ipFromHeaders((name) => request.headers.get(name)));
  return region;
}

/** A region as the API shows it (no internal id). */
export function publicRegion(region: ApiRegion) {
  return { code: region.code, isoCode: region.isoCode, slug: region.slug, name: region.name, capital: region.capital };
}
