import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecommendationStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext, UserContext } from "@/lib/tenancy";
import { isUuid } from "@/lib/validation/identifiers";
import type { CreateRecommendationInput, SaveFollowUpInput, UpdateRecommendationInput } from "./schema";

// The study's recommendations (A–G, shared: regionId null) and those a region adds, with each
// region's follow-up. A region sees the shared ones and its own; another region's recommendation
// or follow-up answers exactly like a missing one. Writes and their audit entries share one
// transaction.

export function canWriteRecommendations(ctx: RegionContext): boolean {
  return can(ctx.role, "recommendations.write");
}

function assertWrite(ctx: RegionContext) {
  if (!canWriteRecommendations(ctx)) throw new ForbiddenError("recommendations.write");
}

const who = (ctx: RegionContext) => ({ userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip });

/** The recommendations a region works with: the shared ones and its own. */
const visibleTo = (ctx: RegionContext): Prisma.RecommendationWhereInput => ({ OR: [{ regionId: null }, { regionId: ctx.regionId }] });

export interface FollowUp {
  status: RecommendationStatus;
  responsible: { id: string; name: string } | null;
  actionsTaken: string | null;
  evidenceUrls: string[];
  version: number;
  updatedAt: Date;
}

export interface RegionRecommendation {
  id: string;
  code: string;
  /** True for the study's A–G; false for one the region added. */
  shared: boolean;
  titleEs: string;
  titleEn: string;
  bodyEs: string;
  bodyEn: string;
  /** For the edit form's version check (only a region's own recommendation is edited). */
  version: number;
  /** Null: the region has recorded nothing yet ("no data", not "not started"). */
  followUp: FollowUp | null;
}

function recommendationSelect(ctx: RegionContext) {
  return {
    id: true,
    code: true,
    regionId: true,
    titleEs: true,
    titleEn: true,
    bodyEs: true,
    bodyEn: true,
    version: true,
    followUps: {
      where: { regionId: ctx.regionId },
      select: {
        status: true,
        actionsTaken: true,
        evidenceUrls: true,
        version: true,
        updatedAt: true,
        responsible: { select: { id: true, name: true, regionId: true } },
      },
    },
  } satisfies Prisma.RecommendationSelect;
}

type Row = Prisma.RecommendationGetPayload<{ select: ReturnType<typeof recommendationSelect> }>;

function toRegionRecommendation(ctx: RegionContext, { followUps, regionId, ...r }: Row): RegionRecommendation {
  const f = followUps[0];
  return {
    ...r,
    shared: regionId === null,
    followUp: f
      ? {
          status: f.status,
          actionsTaken: f.actionsTaken,
          evidenceUrls: f.evidenceUrls,
          version: f.version,
          updatedAt: f.updatedAt,
          responsible: f.responsible && f.responsible.regionId === ctx.regionId ? { id: f.responsible.id, name: f.responsible.name } : null,
        }
      : null,
  };
}

/** The shared recommendations (by code), then the region's own (by code), with its follow-up. */
export async function listRegionRecommendations(ctx: RegionContext): Promise<RegionRecommendation[]> {
  const rows = await db.recommendation.findMany({
    where: visibleTo(ctx),
    orderBy: [{ regionId: { sort: "asc", nulls: "first" } }, { code: "asc" }],
    select: recommendationSelect(ctx),
  });
  return rows.map((r) => toRegionRecommendation(ctx, r));
}

/** One recommendation the region works with. Another region's own → NotFoundError. */
export async function getRegionRecommendation(ctx: RegionContext, recommendationId: string): Promise<RegionRecommendation> {
  if (!isUuid(recommendationId)) throw new NotFoundError("recommendation");
  const row = await db.recommendation.findFirst({ where: { id: recommendationId, ...visibleTo(ctx) }, select: recommendationSelect(ctx) });
  if (!row) throw new NotFoundError("recommendation");
  return toRegionRecommendation(ctx, row);
}

const followUpAudit = { status: true, responsibleActorId: true, actionsTaken: true, evidenceUrls: true } satisfies Prisma.RecommendationFollowUpSelect;

/**
 * Saves the region's follow-up of one recommendation at the version the form loaded (0: there was
 * none). Someone else saved first → ConflictError, nothing written.
 */
export async function saveFollowUp(ctx: RegionContext, input: SaveFollowUpInput): Promise<{ version: number }> {
  assertWrite(ctx);
  const data = {
    status: input.status,
    responsibleActorId: input.responsibleActorId,
    actionsTaken: input.actionsTaken,
    evidenceUrls: input.evidenceUrls,
  };
  try {
    return await db.$transaction(async (tx) => {
      const rec = await tx.recommendation.findFirst({ where: { id: input.recommendationId, ...visibleTo(ctx) }, select: { id: true } });
      if (!rec) throw new NotFoundError("recommendation");
      const before = await tx.recommendationFollowUp.findUnique({
        where: { regionId_recommendationId: { regionId: ctx.regionId, recommendationId: rec.id } },
        select: { id: true, version: true, ...followUpAudit },
      });
      // The responsible institution is one of the region's live actors (or the one already set).
      if (input.responsibleActorId && input.responsibleActorId !== before?.responsibleActorId) {
        const ok = await tx.actor.count({ where: { id: input.responsibleActorId, regionId: ctx.regionId, archivedAt: null } });
        if (!ok) throw new InvalidInputError("invalidForm", { responsibleActorId: ["recommendations.responsibleInvalid"] });
      }
      if (input.version === 0) {
        if (before) throw new ConflictError(before.version);
        const created = await tx.recommendationFollowUp.create({
          data: { ...data, regionId: ctx.regionId, recommendationId: rec.id },
          select: { id: true, version: true },
        });
        await recordAudit(tx, who(ctx), { action: "CREATE", entity: "RecommendationFollowUp", entityId: created.id, after: { recommendationId: rec.id, ...data } });
        return { version: created.version };
      }
      if (!before) throw new ConflictError(null);
      const { count } = await tx.recommendationFollowUp.updateMany({
        where: { id: before.id, regionId: ctx.regionId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(before.version);
      const { id, version: _v, ...beforeFields } = before;
      await recordAudit(tx, who(ctx), { action: "UPDATE", entity: "RecommendationFollowUp", entityId: id, before: beforeFields, after: data });
      return { version: input.version + 1 };
    });
  } catch (error) {
    // Two first saves at once: the unique (region, recommendation) index lets only one create.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(null);
    throw error;
  }
}

/** The follow-up as it is now, for a conflict screen. */
export async function currentFollowUpValues(ctx: RegionContext, recommendationId: string): Promise<Record<string, unknown> | null> {
  const rec = await getRegionRecommendation(ctx, recommendationId).catch(() => null);
  const f = rec?.followUp;
  if (!f) return null;
  return {
    status: f.status,
    responsible: f.responsible?.name ?? null,
    actionsTaken: f.actionsTaken,
    evidenceUrls: f.evidenceUrls.join("\n"),
    version: f.version,
    updatedAt: f.updatedAt.toISOString(),
  };
}

const codeTaken = () => new InvalidInputError("invalidForm", { code: ["recommendations.codeTaken"] });

/** A region's own code may not repeat a shared one or another of its own. */
async function assertCodeFree(tx: Prisma.TransactionClient, ctx: RegionContext, code: string, selfId: string | null) {
  const clash = await tx.recommendation.count({ where: { code, ...visibleTo(ctx), ...(selfId ? { id: { not: selfId } } : {}) } });
  if (clash) throw codeTaken();
}

/** Two saves of one code at once: the unique (region, code) index lets only one through. */
function codeRace(error: unknown): unknown {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? codeTaken() : error;
}

/** Adds a recommendation of the region's own. */
export async function createRecommendation(ctx: RegionContext, input: CreateRecommendationInput): Promise<{ id: string }> {
  assertWrite(ctx);
  try {
    return await db.$transaction(async (tx) => {
      await assertCodeFree(tx, ctx, input.code, null);
      const { id } = await tx.recommendation.create({ data: { ...input, regionId: ctx.regionId }, select: { id: true } });
      await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Recommendation", entityId: id, after: { ...input } });
      return { id };
    });
  } catch (error) {
    throw codeRace(error);
  }
}

const recommendationAudit = { code: true, titleEs: true, titleEn: true, bodyEs: true, bodyEn: true } satisfies Prisma.RecommendationSelect;

/**
 * Edits a recommendation of the region's own at the version the form loaded; someone else saved
 * first → ConflictError, nothing written. The study's A–G are shared by every region and are
 * not edited here, so they answer like another region's recommendation: not found.
 */
export async function updateRecommendation(ctx: RegionContext, input: UpdateRecommendationInput): Promise<{ version: number }> {
  assertWrite(ctx);
  const { recommendationId, version, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.recommendation.findFirst({
        where: { id: recommendationId, regionId: ctx.regionId },
        select: { version: true, ...recommendationAudit },
      });
      if (!before) throw new NotFoundError("recommendation");
      if (data.code !== before.code) await assertCodeFree(tx, ctx, data.code, recommendationId);
      const { count } = await tx.recommendation.updateMany({
        where: { id: recommendationId, regionId: ctx.regionId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(before.version);
      const { version: _v, ...beforeFields } = before;
      await recordAudit(tx, who(ctx), { action: "UPDATE", entity: "Recommendation", entityId: recommendationId, before: beforeFields, after: data });
      return { version: version + 1 };
    });
  } catch (error) {
    throw codeRace(error);
  }
}

/** A region's own recommendation as it is now, for a conflict screen; null if it is gone. */
export async function currentRecommendationValues(ctx: RegionContext, recommendationId: string): Promise<Record<string, unknown> | null> {
  if (!isUuid(recommendationId)) return null;
  return db.recommendation.findFirst({ where: { id: recommendationId, regionId: ctx.regionId }, select: { ...recommendationAudit, version: true } });
}

// ---------------------------------------------------------------------------------------------
// National view
// ---------------------------------------------------------------------------------------------

export interface MatrixRegion {
  id: string;
  slug: string;
  name: string;
  /** The region's latest follow-up change (any recommendation); null: it has recorded none. */
  lastUpdate: Date | null;
  /** Shared recommendation code → status; a missing code means "no data". */
  statuses: Record<string, RecommendationStatus>;
}

export interface NationalMatrix {
  recommendations: { code: string; titleEs: string; titleEn: string }[];
  regions: MatrixRegion[];
}

/**
 * Every region × every shared recommendation, in one query: regions cross the shared
 * recommendations, left-joined to follow-ups (absent → no data, never an invented "not
 * started"), and each region's last update from a GROUP BY over its follow-ups.
 */
export async function nationalMatrix(ctx: UserContext): Promise<NationalMatrix> {
  if (!can(ctx.role, "national.read")) throw new ForbiddenError("national.read");
  const rows = await db.$queryRaw<
    { regionId: string; slug: string; name: string; lastUpdate: Date | null; code: string; titleEs: string; titleEn: string; status: RecommendationStatus | null }[]
  >(Prisma.sql`
    SELECT rg.id::text AS "regionId", rg.slug, rg.name, lu."lastUpdate",
           rec.code, rec."titleEs", rec."titleEn", f.status::text AS status
    FROM "Region" rg
    CROSS JOIN "Recommendation" rec
    LEFT JOIN "RecommendationFollowUp" f ON f."regionId" = rg.id AND f."recommendationId" = rec.id
    LEFT JOIN (
      SELECT "regionId", max("updatedAt") AS "lastUpdate" FROM "RecommendationFollowUp" GROUP BY "regionId"
    ) lu ON lu."regionId" = rg.id
    WHERE rec."regionId" IS NULL
    ORDER BY rg.name, rg.id, rec.code`);
  const recommendations = new Map<string, { code: string; titleEs: string; titleEn: string }>();
  const regions = new Map<string, MatrixRegion>();
  for (const r of rows) {
    if (!recommendations.has(r.code)) recommendations.set(r.code, { code: r.code, titleEs: r.titleEs, titleEn: r.titleEn });
    let region = regions.get(r.regionId);
    if (!region) {
      region = { id: r.regionId, slug: r.slug, name: r.name, lastUpdate: r.lastUpdate, statuses: {} };
      regions.set(r.regionId, region);
    }
    if (r.status) region.statuses[r.code] = r.status;
  }
  return {
    recommendations: [...recommendations.values()].sort((a, b) => a.code.localeCompare(b.code)),
    regions: [...regions.values()],
  };
}
