import "server-only";
import { db } from "@/lib/db";
import type { Helix } from "@/lib/generated/prisma/enums";
import { anyContains } from "@/lib/search";
import type { RegionContext } from "@/lib/tenancy";
import { isUuid } from "@/lib/validation/identifiers";
import { ACTOR_SEARCH_COLUMNS } from "./data";

// Organisations to choose in a form or a filter (components/actors/actor-picker.tsx). A region has
// thousands of them at national scale and the country tens of thousands, so no page lists them
// all: a page names the ones already chosen (actorOptionsByIds) and the picker searches the rest
// as the user types (searchActorOptions, through /api/regions/<region>/actors/options).

export interface ActorOption {
  id: string;
  name: string;
  acronym: string | null;
  helix: Helix;
  regionName: string;
  /** In the caller's region. */
  own: boolean;
}

/** "region": the caller's region only (cooperation evidence); "all": every region (projects). */
export type ActorScope = "region" | "all";

const SELECT = { id: true, name: true, acronym: true, helix: true, regionId: true, region: { select: { name: true } } } as const;

/** The organisations with these ids, of any region, archived ones too (they may be on a record). */
export async function actorOptionsByIds(ctx: RegionContext, ids: readonly string[]): Promise<ActorOption[]> {
  const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
  if (wanted.length === 0) return [];
  const rows = await db.actor.findMany({ where: { id: { in: wanted } }, select: SELECT });
  return rows.map((a) => ({ id: a.id, name: a.name, acronym: a.acronym, helix: a.helix, regionName: a.region.name, own: a.regionId === ctx.regionId }));
}

/** Fewest characters a search needs: one letter would match most of the list. */
export const ACTOR_SEARCH_MIN = 2;
const ACTOR_SEARCH_LIMIT = 20;

/**
 * Live organisations whose name, acronym or RUC contains the text, ignoring case and Spanish
 * accents: of the caller's region, or of every region with the caller's first; then by name. At
 * most 20: the user types more to narrow. One query, with the region's name joined in: from three
 * characters on, answered by the trigram indexes (lib/search.ts); two characters scan the live
 * actors (~35 ms for 30,000 at benchmark scale 10).
 */
export async function searchActorOptions(ctx: RegionContext, text: string, scope: ActorScope): Promise<ActorOption[]> {
  const needle = text.trim().slice(0, 100);
  if (needle.length < ACTOR_SEARCH_MIN) return [];
  return db.$queryRaw<ActorOption[]>`
    SELECT a.id::text AS id, a.name, a.acronym, a.helix::text AS helix, rg.name AS "regionName",
           (a."regionId" = ${ctx.regionId}::uuid) AS own
      FROM "Actor" a JOIN "Region" rg ON rg.id = a."regionId"
     WHERE a."archivedAt" IS NULL
       AND (${scope} = 'all' OR a."regionId" = ${ctx.regionId}::uuid)
       AND ${anyContains(ACTOR_SEARCH_COLUMNS, needle)}
     ORDER BY own DESC, lower(a.name), a.id
     LIMIT ${ACTOR_SEARCH_LIMIT}`;
}
