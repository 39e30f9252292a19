import "server-only";
import { recordAudit, type AuditActor, type Tx } from "@/lib/audit";
import { formatIsoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IndicatorDirection, MeasurementFrequency, PlanStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import type {
  CreateIndicatorInput,
  CreateMeasurementInput,
  CreateObjectiveInput,
  CreatePlanInput,
  DeleteIndicatorInput,
  DeleteMeasurementInput,
  DeleteObjectiveInput,
  DeletePlanInput,
  UpdateIndicatorInput,
  UpdateMeasurementInput,
  UpdateObjectiveInput,
  UpdatePlanInput,
} from "./schema";
import { indicatorStatus, rollUp, type RollUp, type StatusResult } from "./status";
import { isUuid } from "@/lib/validation/identifiers";

// Plans → objectives → indicators → measurements of one region. Every read and write is scoped by
// the verified `ctx.regionId`: another region's id answers exactly like a missing one. Writes and
// their audit entries share one transaction; plan, objective and indicator edits are
// optimistically locked on `version`. Statuses are computed on read (lib/plans/status.ts) from
// each indicator's latest measurement, found in SQL for all indicators at once.

// ---------------------------------------------------------------------------------------------
// Permissions and small helpers
// ---------------------------------------------------------------------------------------------

export function canWritePlans(ctx: RegionContext): boolean {
  return can(ctx.role, "plans.write");
}

function assertWrite(ctx: RegionContext) {
  if (!canWritePlans(ctx)) throw new ForbiddenError("plans.write");
}

const who = (ctx: RegionContext): AuditActor => ({ userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip });

/** A duplicate code, whether found first or caught from the unique index in a race. */
function codeTaken(): InvalidInputError {
  return new InvalidInputError("invalidForm", { code: ["plans.codeTaken"] });
}

async function uniqueCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw codeTaken();
    throw error;
  }
}

const num = (v: Prisma.Decimal | string | null): number | null => (v === null ? null : Number(v.toString()));

// ---------------------------------------------------------------------------------------------
// Status on read
// ---------------------------------------------------------------------------------------------

export interface Latest {
  measuredOn: Date;
  value: string;
}

/**
 * The latest measurement of every indicator of the region (or of one plan), in one query: per
 * indicator, the first row in the order date desc, then entry desc (two figures for the same day:
 * the one entered last wins). That order is an index's (prisma/schema.prisma, Measurement), so
 * each indicator costs one index probe instead of a sort of all the region's measurements.
 */
export async function latestMeasurements(regionId: string, planId: string | null = null): Promise<Map<string, Latest>> {
  const rows = await db.$queryRaw<{ indicatorId: string; measuredOn: Date; value: string }[]>(Prisma.sql`
    SELECT i.id::text AS "indicatorId", m."measuredOn", trim_scale(m.value)::text AS value
    FROM "Indicator" i
    JOIN "Objective" o ON o.id = i."objectiveId" AND o."regionId" = i."regionId"
    CROSS JOIN LATERAL (
      SELECT ms."measuredOn", ms.value FROM "Measurement" ms
       WHERE ms."regionId" = i."regionId" AND ms."indicatorId" = i.id
       ORDER BY ms."measuredOn" DESC, ms."createdAt" DESC, ms.id DESC LIMIT 1) m
    WHERE i."regionId" = ${regionId}::uuid
      ${planId ? Prisma.sql`AND o."planId" = ${planId}::uuid` : Prisma.empty}`);
  return new Map(rows.map((r) => [r.indicatorId, { measuredOn: r.measuredOn, value: r.value }]));
}

interface Targets {
  baselineValue: Prisma.Decimal | null;
  baselineYear: number | null;
  targetValue: Prisma.Decimal | null;
  targetYear: number | null;
  direction: IndicatorDirection;
  frequency: MeasurementFrequency;
}

export function statusOf(ind: Targets, latest: Latest | undefined | null, today: Date = new Date()): StatusResult {
  return indicatorStatus(
    {
      baselineValue: num(ind.baselineValue),
      baselineYear: ind.baselineYear,
      targetValue: num(ind.targetValue),
      targetYear: ind.targetYear,
      direction: ind.direction,
      frequency: ind.frequency,
    },
    latest ? { measuredOn: latest.measuredOn, value: Number(latest.value) } : null,
    today,
  );
}

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

export interface PlanListItem {
  id: string;
  title: string;
  status: PlanStatus;
  startYear: number;
  endYear: number;
  objectives: number;
  summary: RollUp;
}

/** The region's plans, newest period first, each with its indicators' status summary. */
export async function listPlans(ctx: RegionContext): Promise<PlanListItem[]> {
  const [plans, indicators, latest] = await Promise.all([
    db.plan.findMany({
      where: { regionId: ctx.regionId },
      select: { id: true, title: true, status: true, startYear: true, endYear: true, _count: { select: { objectives: true } } },
      orderBy: [{ startYear: "desc" }, { title: "asc" }, { id: "asc" }],
    }),
    db.indicator.findMany({ where: { regionId: ctx.regionId }, select: { id: true, ...targetSelect, objective: { select: { planId: true } } } }),
    latestMeasurements(ctx.regionId),
  ]);
  const byPlan = new Map<string, StatusResult["status"][]>();
  const today = new Date();
  for (const ind of indicators) {
    const list = byPlan.get(ind.objective.planId) ?? [];
    list.push(statusOf(ind, latest.get(ind.id), today).status);
    byPlan.set(ind.objective.planId, list);
  }
  return plans.map(({ _count, ...p }) => ({ ...p, objectives: _count.objectives, summary: rollUp(byPlan.get(p.id) ?? []) }));
}

const targetSelect = {
  baselineValue: true,
  baselineYear: true,
  targetValue: true,
  targetYear: true,
  direction: true,
  frequency: true,
} satisfies Prisma.IndicatorSelect;

const indicatorSelect = {
  id: true,
  objectiveId: true,
  code: true,
  name: true,
  unit: true,
  ...targetSelect,
  source: true,
  version: true,
} satisfies Prisma.IndicatorSelect;

type IndicatorRecord = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

export interface IndicatorView extends IndicatorRecord {
  latest: Latest | null;
  result: StatusResult;
}

const planSelect = {
  id: true,
  title: true,
  status: true,
  startYear: true,
  endYear: true,
  legalBasis: true,
  legalBasisUrl: true,
  description: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.PlanSelect;

export type PlanRecord = Prisma.PlanGetPayload<{ select: typeof planSelect }>;

export interface ObjectiveView {
  id: string;
  code: string;
  title: string;
  description: string | null;
  version: number;
  priorityAreas: { id: string; name: string }[];
  indicators: IndicatorView[];
  summary: RollUp;
}

export interface PlanDetail extends PlanRecord {
  objectives: ObjectiveView[];
  summary: RollUp;
}

/** One plan with its objectives, indicators and their statuses. Another region's → NotFoundError. */
export async function getPlan(ctx: RegionContext, planId: string): Promise<PlanDetail> {
  if (!isUuid(planId)) throw new NotFoundError("plan");
  const [plan, objectives, latest] = await Promise.all([
    db.plan.findFirst({ where: { id: planId, regionId: ctx.regionId }, select: planSelect }),
    db.objective.findMany({
      where: { planId, regionId: ctx.regionId },
      select: {
        id: true,
        code: true,
        title: true,
        description: true,
        version: true,
        priorityAreas: { select: { priorityArea: { select: { id: true, name: true } } }, orderBy: { priorityArea: { name: "asc" } } },
        indicators: { select: indicatorSelect, orderBy: [{ code: "asc" }, { id: "asc" }] },
      },
      orderBy: [{ code: "asc" }, { id: "asc" }],
    }),
    latestMeasurements(ctx.regionId, planId),
  ]);
  if (!plan) throw new NotFoundError("plan");
  const today = new Date();
  const views: ObjectiveView[] = objectives.map((o) => {
    const indicators = o.indicators.map((ind) => ({ ...ind, latest: latest.get(ind.id) ?? null, result: statusOf(ind, latest.get(ind.id), today) }));
    return {
      ...o,
      priorityAreas: o.priorityAreas.map((p) => p.priorityArea),
      indicators,
      summary: rollUp(indicators.map((i) => i.result.status)),
    };
  });
  return { ...plan, objectives: views, summary: rollUp(views.flatMap((o) => o.indicators.map((i) => i.result.status))) };
}

export async function getPlanRecord(ctx: RegionContext, planId: string): Promise<PlanRecord> {
  if (!isUuid(planId)) throw new NotFoundError("plan");
  const plan = await db.plan.findFirst({ where: { id: planId, regionId: ctx.regionId }, select: planSelect });
  if (!plan) throw new NotFoundError("plan");
  return plan;
}

export interface Option {
  id: string;
  name: string;
}

export async function listPriorityAreas(ctx: RegionContext): Promise<Option[]> {
  return db.priorityArea.findMany({ where: { regionId: ctx.regionId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export interface ObjectiveRecord {
  id: string;
  planId: string;
  code: string;
  title: string;
  description: string | null;
  version: number;
  priorityAreaIds: string[];
}

/** An objective of this plan (the URL names both; they must agree). */
export async function getObjective(ctx: RegionContext, planId: string, objectiveId: string): Promise<ObjectiveRecord> {
  if (!isUuid(planId) || !isUuid(objectiveId)) throw new NotFoundError("objective");
  const o = await db.objective.findFirst({
    where: { id: objectiveId, planId, regionId: ctx.regionId },
    select: { id: true, planId: true, code: true, title: true, description: true, version: true, priorityAreas: { select: { priorityAreaId: true } } },
  });
  if (!o) throw new NotFoundError("objective");
  const { priorityAreas, ...rest } = o;
  return { ...rest, priorityAreaIds: priorityAreas.map((p) => p.priorityAreaId) };
}

/** The plan's objectives, for the indicator form's objective choice. */
export async function listObjectiveOptions(ctx: RegionContext, planId: string): Promise<Option[]> {
  const rows = await db.objective.findMany({ where: { planId, regionId: ctx.regionId }, select: { id: true, code: true, title: true }, orderBy: [{ code: "asc" }, { id: "asc" }] });
  return rows.map((o) => ({ id: o.id, name: `${o.code} — ${o.title}` }));
}

export interface MeasurementRow {
  id: string;
  measuredOn: Date;
  value: string;
  source: string | null;
  note: string | null;
}

export interface IndicatorDetail extends IndicatorView {
  planId: string;
  objective: { id: string; code: string; title: string };
  measurements: MeasurementRow[];
}

/** An indicator of this plan with all its measurements (oldest first) and its status. */
export async function getIndicator(ctx: RegionContext, planId: string, indicatorId: string): Promise<IndicatorDetail> {
  if (!isUuid(planId) || !isUuid(indicatorId)) throw new NotFoundError("indicator");
  const ind = await db.indicator.findFirst({
    where: { id: indicatorId, regionId: ctx.regionId, objective: { planId } },
    select: {
      ...indicatorSelect,
      objective: { select: { id: true, code: true, title: true } },
      measurements: {
        select: { id: true, measuredOn: true, value: true, source: true, note: true },
        // The same order as latestMeasurements, reversed: the last row is the latest.
        orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!ind) throw new NotFoundError("indicator");
  const measurements = ind.measurements.map((m) => ({ ...m, value: m.value.toString() }));
  const last = measurements.at(-1);
  const latest = last ? { measuredOn: last.measuredOn, value: last.value } : null;
  return { ...ind, planId, measurements, latest, result: statusOf(ind, latest) };
}

export interface MeasurementRecord {
  id: string;
  version: number;
  measuredOn: Date;
  value: string;
  source: string | null;
  note: string | null;
  indicator: { id: string; code: string; name: string; unit: string; planId: string };
}

/** One measurement of this indicator of this plan, for its edit page. Anything else → NotFoundError. */
export async function getMeasurement(ctx: RegionContext, planId: string, indicatorId: string, measurementId: string): Promise<MeasurementRecord> {
  if (!isUuid(planId) || !isUuid(indicatorId) || !isUuid(measurementId)) throw new NotFoundError("measurement");
  const m = await db.measurement.findFirst({
    where: { id: measurementId, regionId: ctx.regionId, indicatorId, indicator: { objective: { planId } } },
    select: { id: true, version: true, measuredOn: true, value: true, source: true, note: true, indicator: { select: { id: true, code: true, name: true, unit: true } } },
  });
  if (!m) throw new NotFoundError("measurement");
  return { ...m, value: m.value.toString(), indicator: { ...m.indicator, planId } };
}

// ---------------------------------------------------------------------------------------------
// Writes: plans
// ---------------------------------------------------------------------------------------------

const planAuditSelect = {
  title: true,
  status: true,
  startYear: true,
  endYear: true,
  legalBasis: true,
  legalBasisUrl: true,
  description: true,
} satisfies Prisma.PlanSelect;

function planData(input: CreatePlanInput | UpdatePlanInput) {
  const { title, status, startYear, endYear, legalBasis, legalBasisUrl, description } = input;
  return { title, status, startYear, endYear, legalBasis, legalBasisUrl, description };
}

export async function createPlan(ctx: RegionContext, input: CreatePlanInput): Promise<{ id: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const { id, ...after } = await tx.plan.create({ data: { ...planData(input), regionId: ctx.regionId }, select: { id: true, ...planAuditSelect } });
    await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Plan", entityId: id, after });
    return { id };
  });
}

/**
 * Saves a versioned row: update … where version = loaded version, in the caller's transaction.
 * Missing (or another region's) → NotFoundError; someone saved first → ConflictError.
 */
async function lockedUpdate(
  exists: boolean,
  currentVersion: number | undefined,
  update: () => Promise<{ count: number }>,
): Promise<void> {
  if (!exists) throw new NotFoundError("record");
  const { count } = await update();
  if (count === 0) throw new ConflictError(currentVersion ?? null);
}

export async function updatePlan(ctx: RegionContext, input: UpdatePlanInput): Promise<{ id: string }> {
  assertWrite(ctx);
  const data = planData(input);
  return db.$transaction(async (tx) => {
    const before = await tx.plan.findFirst({ where: { id: input.planId, regionId: ctx.regionId }, select: { version: true, ...planAuditSelect } });
    await lockedUpdate(!!before, before?.version, () =>
      tx.plan.updateMany({ where: { id: input.planId, regionId: ctx.regionId, version: input.version }, data: { ...data, version: { increment: 1 } } }),
    );
    const { version: _v, ...beforeFields } = before!;
    await recordAudit(tx, who(ctx), { action: "UPDATE", entity: "Plan", entityId: input.planId, before: beforeFields, after: { ...beforeFields, ...data } });
    return { id: input.planId };
  });
}

/** Deletes a plan with its objectives, indicators and measurements (the audit keeps the counts). */
export async function deletePlan(ctx: RegionContext, input: DeletePlanInput): Promise<void> {
  assertWrite(ctx);
  await db.$transaction(async (tx) => {
    const before = await tx.plan.findFirst({
      where: { id: input.planId, regionId: ctx.regionId },
      select: { version: true, ...planAuditSelect, _count: { select: { objectives: true } } },
    });
    const indicators = before ? await tx.indicator.count({ where: { regionId: ctx.regionId, objective: { planId: input.planId } } }) : 0;
    await lockedUpdate(!!before, before?.version, () => tx.plan.deleteMany({ where: { id: input.planId, regionId: ctx.regionId, version: input.version } }));
    const { version: _v, _count, ...fields } = before!;
    await recordAudit(tx, who(ctx), {
      action: "DELETE",
      entity: "Plan",
      entityId: input.planId,
      before: { ...fields, objectives: _count.objectives, indicators },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Writes: objectives
// ---------------------------------------------------------------------------------------------

/** The chosen priority areas must all be the region's. */
async function checkAreas(tx: Tx, ctx: RegionContext, ids: string[]) {
  if (!ids.length) return;
  const found = await tx.priorityArea.count({ where: { regionId: ctx.regionId, id: { in: ids } } });
  if (found !== ids.length) throw new InvalidInputError("invalidForm", { priorityAreaIds: ["plans.invalidChoice"] });
}

async function checkObjectiveCode(tx: Tx, ctx: RegionContext, planId: string, code: string, selfId: string | null) {
  const clash = await tx.objective.findFirst({
    where: { regionId: ctx.regionId, planId, code: { equals: code, mode: "insensitive" }, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true },
  });
  if (clash) throw codeTaken();
}

export async function createObjective(ctx: RegionContext, input: CreateObjectiveInput): Promise<{ id: string; planId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: input.planId, regionId: ctx.regionId }, select: { id: true } });
    if (!plan) throw new NotFoundError("plan");
    await checkAreas(tx, ctx, input.priorityAreaIds);
    await checkObjectiveCode(tx, ctx, input.planId, input.code, null);
    const { id } = await uniqueCode(() =>
      tx.objective.create({
        data: {
          regionId: ctx.regionId,
          planId: input.planId,
          code: input.code,
          title: input.title,
          description: input.description,
          priorityAreas: { create: input.priorityAreaIds.map((priorityAreaId) => ({ priorityAreaId, regionId: ctx.regionId })) },
        },
        select: { id: true },
      }),
    );
    const { planId, code, title, description, priorityAreaIds } = input;
    await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Objective", entityId: id, after: { planId, code, title, description, priorityAreaIds } });
    return { id, planId };
  });
}

export async function updateObjective(ctx: RegionContext, input: UpdateObjectiveInput): Promise<{ id: string; planId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const before = await tx.objective.findFirst({
      where: { id: input.objectiveId, regionId: ctx.regionId },
      select: { planId: true, version: true, code: true, title: true, description: true, priorityAreas: { select: { priorityAreaId: true } } },
    });
    if (before) {
      await checkAreas(tx, ctx, input.priorityAreaIds);
      await checkObjectiveCode(tx, ctx, before.planId, input.code, input.objectiveId);
    }
    const data = { code: input.code, title: input.title, description: input.description };
    await lockedUpdate(!!before, before?.version, () =>
      uniqueCode(() => tx.objective.updateMany({ where: { id: input.objectiveId, regionId: ctx.regionId, version: input.version }, data: { ...data, version: { increment: 1 } } })),
    );
    // The links: replaced as a set, only after the version check passed.
    await tx.objectivePriorityArea.deleteMany({ where: { regionId: ctx.regionId, objectiveId: input.objectiveId, priorityAreaId: { notIn: input.priorityAreaIds } } });
    await tx.objectivePriorityArea.createMany({
      data: input.priorityAreaIds.map((priorityAreaId) => ({ regionId: ctx.regionId, objectiveId: input.objectiveId, priorityAreaId })),
      skipDuplicates: true,
    });
    const b = before!;
    const beforeFields = { code: b.code, title: b.title, description: b.description, priorityAreaIds: b.priorityAreas.map((p) => p.priorityAreaId).sort() };
    await recordAudit(tx, who(ctx), {
      action: "UPDATE",
      entity: "Objective",
      entityId: input.objectiveId,
      before: beforeFields,
      after: { ...data, priorityAreaIds: [...input.priorityAreaIds].sort() },
    });
    return { id: input.objectiveId, planId: b.planId };
  });
}

export async function deleteObjective(ctx: RegionContext, input: DeleteObjectiveInput): Promise<{ planId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const before = await tx.objective.findFirst({
      where: { id: input.objectiveId, regionId: ctx.regionId },
      select: { planId: true, version: true, code: true, title: true, _count: { select: { indicators: true } } },
    });
    await lockedUpdate(!!before, before?.version, () => tx.objective.deleteMany({ where: { id: input.objectiveId, regionId: ctx.regionId, version: input.version } }));
    const b = before!;
    await recordAudit(tx, who(ctx), {
      action: "DELETE",
      entity: "Objective",
      entityId: input.objectiveId,
      before: { planId: b.planId, code: b.code, title: b.title, indicators: b._count.indicators },
    });
    return { planId: b.planId };
  });
}

// ---------------------------------------------------------------------------------------------
// Writes: indicators
// ---------------------------------------------------------------------------------------------

const indicatorAuditSelect = {
  objectiveId: true,
  code: true,
  name: true,
  unit: true,
  ...targetSelect,
  source: true,
} satisfies Prisma.IndicatorSelect;

function indicatorData(input: CreateIndicatorInput | UpdateIndicatorInput) {
  const { objectiveId, code, name, unit, baselineValue, baselineYear, targetValue, targetYear, direction, frequency, source } = input;
  return { objectiveId, code, name, unit, baselineValue, baselineYear, targetValue, targetYear, direction, frequency, source };
}

/** The objective must be the region's (and, on an edit, of the indicator's plan); the code free in it. */
async function checkIndicatorPlace(tx: Tx, ctx: RegionContext, objectiveId: string, code: string, self: { id: string; planId: string } | null): Promise<string> {
  const objective = await tx.objective.findFirst({ where: { id: objectiveId, regionId: ctx.regionId }, select: { planId: true } });
  if (!objective || (self && objective.planId !== self.planId)) throw new InvalidInputError("invalidForm", { objectiveId: ["plans.invalidChoice"] });
  const clash = await tx.indicator.findFirst({
    where: { regionId: ctx.regionId, objectiveId, code: { equals: code, mode: "insensitive" }, ...(self ? { id: { not: self.id } } : {}) },
    select: { id: true },
  });
  if (clash) throw codeTaken();
  return objective.planId;
}

export async function createIndicator(ctx: RegionContext, input: CreateIndicatorInput): Promise<{ id: string; planId: string }> {
  assertWrite(ctx);
  const data = indicatorData(input);
  return db.$transaction(async (tx) => {
    const objective = await tx.objective.findFirst({ where: { id: input.objectiveId, regionId: ctx.regionId }, select: { id: true } });
    if (!objective) throw new NotFoundError("objective");
    const planId = await checkIndicatorPlace(tx, ctx, input.objectiveId, input.code, null);
    const { id, ...after } = await uniqueCode(() => tx.indicator.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true, ...indicatorAuditSelect } }));
    await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Indicator", entityId: id, after });
    return { id, planId };
  });
}

export async function updateIndicator(ctx: RegionContext, input: UpdateIndicatorInput): Promise<{ id: string; planId: string }> {
  assertWrite(ctx);
  const data = indicatorData(input);
  return db.$transaction(async (tx) => {
    const before = await tx.indicator.findFirst({
      where: { id: input.indicatorId, regionId: ctx.regionId },
      select: { version: true, ...indicatorAuditSelect, objective: { select: { planId: true } } },
    });
    const planId = before?.objective.planId ?? "";
    if (before) await checkIndicatorPlace(tx, ctx, input.objectiveId, input.code, { id: input.indicatorId, planId });
    await lockedUpdate(!!before, before?.version, () =>
      uniqueCode(() => tx.indicator.updateMany({ where: { id: input.indicatorId, regionId: ctx.regionId, version: input.version }, data: { ...data, version: { increment: 1 } } })),
    );
    const { version: _v, objective: _o, ...beforeFields } = before!;
    await recordAudit(tx, who(ctx), { action: "UPDATE", entity: "Indicator", entityId: input.indicatorId, before: beforeFields, after: { ...beforeFields, ...data } });
    return { id: input.indicatorId, planId };
  });
}

export async function deleteIndicator(ctx: RegionContext, input: DeleteIndicatorInput): Promise<{ planId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const before = await tx.indicator.findFirst({
      where: { id: input.indicatorId, regionId: ctx.regionId },
      select: { version: true, ...indicatorAuditSelect, objective: { select: { planId: true } }, _count: { select: { measurements: true } } },
    });
    await lockedUpdate(!!before, before?.version, () => tx.indicator.deleteMany({ where: { id: input.indicatorId, regionId: ctx.regionId, version: input.version } }));
    const { version: _v, objective, _count, ...fields } = before!;
    await recordAudit(tx, who(ctx), { action: "DELETE", entity: "Indicator", entityId: input.indicatorId, before: { ...fields, measurements: _count.measurements } });
    return { planId: objective.planId };
  });
}

// ---------------------------------------------------------------------------------------------
// Writes: measurements
// ---------------------------------------------------------------------------------------------

export async function createMeasurement(ctx: RegionContext, input: CreateMeasurementInput): Promise<{ id: string; planId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const ind = await tx.indicator.findFirst({ where: { id: input.indicatorId, regionId: ctx.regionId }, select: { objective: { select: { planId: true } } } });
    if (!ind) throw new NotFoundError("indicator");
    const data = { indicatorId: input.indicatorId, measuredOn: input.measuredOn, value: input.value, source: input.source, note: input.note };
    const { id } = await tx.measurement.create({ data: { ...data, regionId: ctx.regionId }, select: { id: true } });
    await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Measurement", entityId: id, after: data });
    return { id, planId: ind.objective.planId };
  });
}

const measurementAuditSelect = { measuredOn: true, value: true, source: true, note: true } satisfies Prisma.MeasurementSelect;

/** Corrects a measurement (its date, figure, source or note); the indicator stays the same. */
export async function updateMeasurement(ctx: RegionContext, input: UpdateMeasurementInput): Promise<{ planId: string; indicatorId: string }> {
  assertWrite(ctx);
  const data = { measuredOn: input.measuredOn, value: input.value, source: input.source, note: input.note };
  return db.$transaction(async (tx) => {
    const before = await tx.measurement.findFirst({
      where: { id: input.measurementId, regionId: ctx.regionId },
      select: { version: true, indicatorId: true, ...measurementAuditSelect, indicator: { select: { objective: { select: { planId: true } } } } },
    });
    await lockedUpdate(!!before, before?.version, () =>
      tx.measurement.updateMany({ where: { id: input.measurementId, regionId: ctx.regionId, version: input.version }, data: { ...data, version: { increment: 1 } } }),
    );
    const { version: _v, indicator, indicatorId, ...beforeFields } = before!;
    await recordAudit(tx, who(ctx), { action: "UPDATE", entity: "Measurement", entityId: input.measurementId, before: beforeFields, after: data });
    return { planId: indicator.objective.planId, indicatorId };
  });
}

/** Deletes a measurement entered by mistake (a wrong figure is corrected instead); refused if it changed meanwhile. */
export async function deleteMeasurement(ctx: RegionContext, input: DeleteMeasurementInput): Promise<{ planId: string; indicatorId: string }> {
  assertWrite(ctx);
  return db.$transaction(async (tx) => {
    const before = await tx.measurement.findFirst({
      where: { id: input.measurementId, regionId: ctx.regionId },
      select: { version: true, indicatorId: true, ...measurementAuditSelect, indicator: { select: { objective: { select: { planId: true } } } } },
    });
    await lockedUpdate(!!before, before?.version, () =>
      tx.measurement.deleteMany({ where: { id: input.measurementId, regionId: ctx.regionId, version: input.version } }),
    );
    const { version: _v, indicator, ...fields } = before!;
    await recordAudit(tx, who(ctx), { action: "DELETE", entity: "Measurement", entityId: input.measurementId, before: fields });
    return { planId: indicator.objective.planId, indicatorId: fields.indicatorId };
  });
}

// ---------------------------------------------------------------------------------------------
// Conflicts: the record as it is now, shown next to what the user typed
// ---------------------------------------------------------------------------------------------

export async function currentPlanValues(ctx: RegionContext, planId: string): Promise<Record<string, unknown> | null> {
  return db.plan.findFirst({ where: { id: planId, regionId: ctx.regionId }, select: { version: true, ...planAuditSelect } });
}

export async function currentObjectiveValues(ctx: RegionContext, objectiveId: string): Promise<Record<string, unknown> | null> {
  const o = await db.objective.findFirst({
    where: { id: objectiveId, regionId: ctx.regionId },
    select: { version: true, code: true, title: true, description: true, priorityAreas: { select: { priorityArea: { select: { name: true } } } } },
  });
  if (!o) return null;
  const { priorityAreas, ...rest } = o;
  return { ...rest, priorityAreas: priorityAreas.map((p) => p.priorityArea.name).sort().join(", ") };
}

export async function currentMeasurementValues(ctx: RegionContext, measurementId: string): Promise<Record<string, unknown> | null> {
  const m = await db.measurement.findFirst({ where: { id: measurementId, regionId: ctx.regionId }, select: { version: true, ...measurementAuditSelect } });
  return m && { ...m, measuredOn: formatIsoDay(m.measuredOn), value: m.value.toString() };
}

export async function currentIndicatorValues(ctx: RegionContext, indicatorId: string): Promise<Record<string, unknown> | null> {
  const i = await db.indicator.findFirst({
    where: { id: indicatorId, regionId: ctx.regionId },
    select: { version: true, ...indicatorAuditSelect, objective: { select: { code: true } } },
  });
  if (!i) return null;
  const { objective, objectiveId: _id, baselineValue, targetValue, ...rest } = i;
  return { ...rest, objective: objective.code, baselineValue: baselineValue?.toString() ?? null, targetValue: targetValue?.toString() ?? null };
}
