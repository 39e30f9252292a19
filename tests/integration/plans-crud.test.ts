// Plans, objectives, indicators and measurements against a real PostgreSQL with the demo data:
// reads with statuses computed from the latest measurement per indicator (one SQL query), every
// write with its audit entry, optimistic locking, tenant isolation (another region's record is
// "not found"), refusals for institution editors and viewers, and bad input changing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let plans: typeof import("@/lib/plans/data");
let schema: typeof import("@/lib/plans/schema");
let errors: typeof import("@/lib/errors");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let viewer: RegionContext;
let cuscoPlanId: string;
let tacnaPlanId: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [plans, schema, errors] = await Promise.all([import("@/lib/plans/data"), import("@/lib/plans/schema"), import("@/lib/errors")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  viewer = await regionContextOf("multisectorial@minka.example", "cusco");
  cuscoPlanId = (await db.plan.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
  tacnaPlanId = (await db.plan.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } })).id;
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

const TABLES = ["plan", "objective", "objectivePriorityArea", "indicator", "measurement", "auditEntry"] as const;
async function counts() {
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await (db[t] as unknown as { count(): Promise<number> }).count()])));
}
/** The call is refused with `error`, and not one row of the plan tables (or the audit) changes. */
async function refused(call: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const before = await counts();
  await expect(call()).rejects.toBeInstanceOf(error);
  expect(await counts()).toEqual(before);
}
async function lastAudit(entityId: string) {
  return db.auditEntry.findFirstOrThrow({ where: { entityId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
}

let serial = 0;
const code = (prefix: string) => `${prefix}${++serial}`;
const today = () => new Date().toISOString().slice(0, 10);

const planInput = (raw: Record<string, unknown> = {}) => schema.CreatePlanInput.parse({ title: "Plan de prueba", status: "DRAFT", startYear: "2025", endYear: "2030", ...raw });
const indicatorInput = (objectiveId: string, raw: Record<string, unknown> = {}) =>
  schema.CreateIndicatorInput.parse({
    objectiveId,
    code: code("T"),
    name: "Indicador de prueba",
    unit: "proyectos",
    baselineValue: "10",
    baselineYear: "2020",
    targetValue: "20",
    targetYear: "2030",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUAL",
    ...raw,
  });

/** A fresh plan → objective → indicator in Cusco. */
async function tree() {
  const plan = await plans.createPlan(cusco, planInput());
  const objective = await plans.createObjective(cusco, schema.CreateObjectiveInput.parse({ planId: plan.id, code: code("OE"), title: "Objetivo de prueba" }));
  const indicator = await plans.createIndicator(cusco, indicatorInput(objective.id));
  return { planId: plan.id, objectiveId: objective.id, indicatorId: indicator.id };
}

describe("reads and statuses", () => {
  it("lists each region's own plans with their indicators' summary", async () => {
    const list = await plans.listPlans(cusco);
    const seeded = list.find((p) => p.id === cuscoPlanId)!;
    expect(seeded).toMatchObject({ status: "EXPIRED", startYear: 2011, endYear: 2021, objectives: 6 });
    // Cusco's plan was never monitored after 2016: every measured indicator is stale, so no data.
    expect(seeded.summary.total).toBe(16);
    expect(seeded.summary.counts.NO_DATA).toBe(16);
    expect(seeded.summary.status).toBe("NO_DATA");
    expect(list.some((p) => p.id === tacnaPlanId)).toBe(false);
    expect((await plans.listPlans(tacna)).map((p) => p.id)).toEqual([tacnaPlanId]);
  });

  it("explains each seeded status: stale figures remember what they said, drafts have no target", async () => {
    const plan = await plans.getPlan(cusco, cuscoPlanId);
    const fibre = plan.objectives[0]!.indicators.find((i) => i.code === "I1.1")!;
    expect(fibre.latest?.value).toBe("9.8");
    expect(fibre.result).toMatchObject({ status: "NO_DATA", reason: "stale", lastKnown: "ON_TRACK" });
    expect(plan.objectives[0]!.indicators.find((i) => i.code === "I1.2")!.result.reason).toBe("noMeasurement");
    const draft = await plans.getPlan(tacna, tacnaPlanId);
    expect(draft.objectives.flatMap((o) => o.indicators).every((i) => i.result.reason === "noTarget")).toBe(true);
  });

  it("takes the latest measurement per indicator (by date, then the one entered last)", async () => {
    const { indicatorId } = await tree();
    const add = (measuredOn: string, value: string) =>
      plans.createMeasurement(cusco, schema.CreateMeasurementInput.parse({ indicatorId, measuredOn, value }));
    await add(today(), "30");
    await add("2024-12-31", "1");
    await add(today(), "11");
    const latest = await plans.latestMeasurements(cusco.regionId);
    expect(latest.get(indicatorId)?.value).toBe("11");
    expect((await plans.latestMeasurements(tacna.regionId)).has(indicatorId)).toBe(false);
  });

  it("answers another region's or a malformed id as not found", async () => {
    await expect(plans.getPlan(tacna, cuscoPlanId)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(plans.getPlan(cusco, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);
    const ind = await db.indicator.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } });
    await expect(plans.getIndicator(tacna, cuscoPlanId, ind.id)).rejects.toBeInstanceOf(errors.NotFoundError);
    // The URL's plan and indicator must agree.
    await expect(plans.getIndicator(cusco, tacnaPlanId, ind.id)).rejects.toBeInstanceOf(errors.NotFoundError);
  });
});

describe("plans", () => {
  it("creates, edits and deletes a plan, each with its audit entry", async () => {
    const { id } = await plans.createPlan(cusco, planInput({ title: "Plan Regional de CTI 2025-2030", legalBasis: "Ordenanza Regional 001-2025", legalBasisUrl: "https://www.regioncusco.gob.pe/or-001" }));
    expect((await lastAudit(id)).action).toBe("CREATE");
    await plans.updatePlan(cusco, schema.UpdatePlanInput.parse({ planId: id, version: "1", title: "Plan Regional de CTI 2025-2030", status: "IN_FORCE", startYear: "2025", endYear: "2030" }));
    const row = await db.plan.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "IN_FORCE", version: 2, legalBasis: null });
    const audit = await lastAudit(id);
    expect(audit.action).toBe("UPDATE");
    expect(audit.after).toMatchObject({ status: "IN_FORCE" });
    await plans.deletePlan(cusco, { planId: id, version: 2, confirm: "on" });
    expect(await db.plan.count({ where: { id } })).toBe(0);
    expect((await lastAudit(id)).action).toBe("DELETE");
  });

  it("refuses a stale version (conflict) and writes nothing", async () => {
    const { id } = await plans.createPlan(cusco, planInput());
    await plans.updatePlan(cusco, schema.UpdatePlanInput.parse({ planId: id, version: "1", title: "Primero", status: "DRAFT", startYear: "2025", endYear: "2030" }));
    await refused(
      () => plans.updatePlan(cusco, schema.UpdatePlanInput.parse({ planId: id, version: "1", title: "Segundo", status: "DRAFT", startYear: "2025", endYear: "2030" })),
      errors.ConflictError,
    );
    expect((await db.plan.findUniqueOrThrow({ where: { id } })).title).toBe("Primero");
    await refused(() => plans.deletePlan(cusco, { planId: id, version: 1, confirm: "on" }), errors.ConflictError);
    expect(await plans.currentPlanValues(cusco, id)).toMatchObject({ title: "Primero", version: 2 });
  });

  it("deletes a plan with everything under it", async () => {
    const { planId, indicatorId } = await tree();
    await plans.createMeasurement(cusco, schema.CreateMeasurementInput.parse({ indicatorId, measuredOn: today(), value: "12" }));
    await plans.deletePlan(cusco, { planId, version: 1, confirm: "on" });
    expect(await db.indicator.count({ where: { id: indicatorId } })).toBe(0);
    expect(await db.measurement.count({ where: { indicatorId } })).toBe(0);
    expect((await lastAudit(planId)).before).toMatchObject({ objectives: 1, indicators: 1 });
  });

  it("refuses institution editors and viewers, and another region's admin gets not found", async () => {
    await refused(() => plans.createPlan(unsaacOffice, planInput()), errors.ForbiddenError);
    await refused(() => plans.createPlan(viewer, planInput()), errors.ForbiddenError);
    const input = schema.UpdatePlanInput.parse({ planId: cuscoPlanId, version: "1", title: "Ajeno", status: "DRAFT", startYear: "2025", endYear: "2030" });
    await refused(() => plans.updatePlan(unsaacOffice, input), errors.ForbiddenError);
    await refused(() => plans.updatePlan(tacna, input), errors.NotFoundError);
    await refused(() => plans.deletePlan(tacna, { planId: cuscoPlanId, version: 1, confirm: "on" }), errors.NotFoundError);
  });
});

describe("objectives", () => {
  it("links the region's priority areas and replaces them on edit", async () => {
    const areas = await db.priorityArea.findMany({ where: { regionId: cusco.regionId }, select: { id: true }, orderBy: { key: "asc" } });
    const plan = await plans.createPlan(cusco, planInput());
    const { id } = await plans.createObjective(cusco, schema.CreateObjectiveInput.parse({ planId: plan.id, code: "OE1", title: "Fibra", priorityAreaIds: [areas[0]!.id, areas[1]!.id] }));
    expect(await db.objectivePriorityArea.count({ where: { objectiveId: id } })).toBe(2);
    await plans.updateObjective(cusco, schema.UpdateObjectiveInput.parse({ objectiveId: id, version: "1", code: "OE1", title: "Fibra de alpaca", priorityAreaIds: areas[2]!.id }));
    const linked = await db.objectivePriorityArea.findMany({ where: { objectiveId: id }, select: { priorityAreaId: true } });
    expect(linked.map((l) => l.priorityAreaId)).toEqual([areas[2]!.id]);
    expect((await lastAudit(id)).after).toMatchObject({ title: "Fibra de alpaca", priorityAreaIds: [areas[2]!.id] });
    // Stale version: nothing changes, links included.
    await refused(
      () => plans.updateObjective(cusco, schema.UpdateObjectiveInput.parse({ objectiveId: id, version: "1", code: "OE1", title: "Otro", priorityAreaIds: [] })),
      errors.ConflictError,
    );
    expect(await db.objectivePriorityArea.count({ where: { objectiveId: id } })).toBe(1);
  });

  it("rejects another region's priority area, a duplicate code (any case) and another region's plan", async () => {
    const tacnaArea = await db.priorityArea.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } });
    const bad = schema.CreateObjectiveInput.parse({ planId: cuscoPlanId, code: code("OE"), title: "X", priorityAreaIds: [tacnaArea.id] });
    await refused(() => plans.createObjective(cusco, bad), errors.InvalidInputError);
    await refused(() => plans.createObjective(cusco, schema.CreateObjectiveInput.parse({ planId: cuscoPlanId, code: "oe1", title: "X" })), errors.InvalidInputError);
    await refused(() => plans.createObjective(tacna, schema.CreateObjectiveInput.parse({ planId: cuscoPlanId, code: code("OE"), title: "X" })), errors.NotFoundError);
    await refused(() => plans.createObjective(unsaacOffice, schema.CreateObjectiveInput.parse({ planId: cuscoPlanId, code: code("OE"), title: "X" })), errors.ForbiddenError);
  });

  it("deletes an objective with its indicators; another region's admin gets not found", async () => {
    const { objectiveId, indicatorId } = await tree();
    await refused(() => plans.deleteObjective(tacna, { objectiveId, version: 1, confirm: "on" }), errors.NotFoundError);
    await plans.deleteObjective(cusco, { objectiveId, version: 1, confirm: "on" });
    expect(await db.indicator.count({ where: { id: indicatorId } })).toBe(0);
  });
});

describe("indicators", () => {
  it("creates and edits an indicator; a stale version is a conflict with the current values", async () => {
    const { objectiveId, indicatorId, planId } = await tree();
    const edit = (version: string, name: string) =>
      schema.UpdateIndicatorInput.parse({ ...indicatorInput(objectiveId, { code: "X1", name }), indicatorId, version });
    await plans.updateIndicator(cusco, edit("1", "Proyectos con empresas"));
    expect(await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } })).toMatchObject({ code: "X1", name: "Proyectos con empresas", version: 2 });
    await refused(() => plans.updateIndicator(cusco, edit("1", "Perdido")), errors.ConflictError);
    expect(await plans.currentIndicatorValues(cusco, indicatorId)).toMatchObject({ name: "Proyectos con empresas", baselineValue: "10", version: 2 });
    expect((await plans.getIndicator(cusco, planId, indicatorId)).code).toBe("X1");
  });

  it("keeps an indicator in its plan, refuses duplicate codes and strangers", async () => {
    const a = await tree();
    const b = await tree();
    const move = schema.UpdateIndicatorInput.parse({ ...indicatorInput(b.objectiveId), indicatorId: a.indicatorId, version: "1" });
    await refused(() => plans.updateIndicator(cusco, move), errors.InvalidInputError);
    const taken = await db.indicator.findUniqueOrThrow({ where: { id: a.indicatorId }, select: { code: true } });
    await refused(() => plans.createIndicator(cusco, indicatorInput(a.objectiveId, { code: taken.code.toLowerCase() })), errors.InvalidInputError);
    await refused(() => plans.createIndicator(tacna, indicatorInput(a.objectiveId)), errors.NotFoundError);
    await refused(() => plans.createIndicator(unsaacOffice, indicatorInput(a.objectiveId)), errors.ForbiddenError);
    const own = schema.UpdateIndicatorInput.parse({ ...indicatorInput(a.objectiveId), indicatorId: a.indicatorId, version: "1" });
    await refused(() => plans.updateIndicator(tacna, own), errors.NotFoundError);
    await refused(() => plans.deleteIndicator(tacna, { indicatorId: a.indicatorId, version: 1, confirm: "on" }), errors.NotFoundError);
    await refused(() => plans.deleteIndicator(cusco, { indicatorId: a.indicatorId, version: 7, confirm: "on" }), errors.ConflictError);
    await plans.deleteIndicator(cusco, { indicatorId: a.indicatorId, version: 1, confirm: "on" });
    expect((await lastAudit(a.indicatorId)).action).toBe("DELETE");
  });
});

describe("measurements", () => {
  it("a new measurement changes the indicator's status and the plan's summary", async () => {
    const { planId, indicatorId } = await tree();
    const status = async () => {
      const plan = await plans.getPlan(cusco, planId);
      return { indicator: plan.objectives[0]!.indicators[0]!.result.status, plan: plan.summary };
    };
    expect((await status()).indicator).toBe("NO_DATA");
    // Baseline 10 (2020) → 20 (2030): today the path expects more than 15; 10 is far behind.
    await plans.createMeasurement(cusco, schema.CreateMeasurementInput.parse({ indicatorId, measuredOn: today(), value: "10" }));
    expect(await status()).toMatchObject({ indicator: "OFF_TRACK", plan: { status: "OFF_TRACK", counts: { OFF_TRACK: 1 } } });
    const { id } = await plans.createMeasurement(cusco, schema.CreateMeasurementInput.parse({ indicatorId, measuredOn: today(), value: "19,5", note: "Dato del informe anual" }));
    expect(await status()).toMatchObject({ indicator: "ON_TRACK", plan: { status: "ON_TRACK", counts: { ON_TRACK: 1, OFF_TRACK: 0 } } });
    expect((await db.measurement.findUniqueOrThrow({ where: { id } })).value.toString()).toBe("19.5");
    expect((await lastAudit(id)).action).toBe("CREATE");
    // Deleting it brings the older figure back.
    expect(await plans.deleteMeasurement(cusco, schema.DeleteMeasurementInput.parse({ measurementId: id, version: "1", confirm: "on" }))).toMatchObject({ indicatorId });
    expect((await status()).indicator).toBe("OFF_TRACK");
    expect((await lastAudit(id)).action).toBe("DELETE");
  });

  it("refuses strangers, editors and viewers; writes nothing", async () => {
    const { indicatorId } = await tree();
    const input = schema.CreateMeasurementInput.parse({ indicatorId, measuredOn: today(), value: "12" });
    await refused(() => plans.createMeasurement(tacna, input), errors.NotFoundError);
    await refused(() => plans.createMeasurement(unsaacOffice, input), errors.ForbiddenError);
    await refused(() => plans.createMeasurement(viewer, input), errors.ForbiddenError);
    const { id } = await plans.createMeasurement(cusco, input);
    const del = schema.DeleteMeasurementInput.parse({ measurementId: id, version: "1", confirm: "on" });
    await refused(() => plans.deleteMeasurement(tacna, del), errors.NotFoundError);
    await refused(() => plans.deleteMeasurement(unsaacOffice, del), errors.ForbiddenError);
    await refused(() => plans.deleteMeasurement(viewer, del), errors.ForbiddenError);
  });

  it("a measurement is corrected in place: new figure and status, audit before/after, stale versions refused", async () => {
    const { planId, indicatorId } = await tree();
    const { id } = await plans.createMeasurement(cusco, schema.CreateMeasurementInput.parse({ indicatorId, measuredOn: today(), value: "10", source: "INEI" }));
    expect((await plans.getIndicator(cusco, planId, indicatorId)).result.status).toBe("OFF_TRACK");
    const loaded = await plans.getMeasurement(cusco, planId, indicatorId, id);
    expect(loaded).toMatchObject({ version: 1, value: "10", source: "INEI", indicator: { id: indicatorId, planId } });

    // The figure was 19.5, not 10: the indicator is on track after the correction.
    const fix = schema.UpdateMeasurementInput.parse({ measurementId: id, version: "1", measuredOn: today(), value: "19,5", source: "INEI", note: "Corregido" });
    expect(await plans.updateMeasurement(cusco, fix)).toEqual({ planId, indicatorId });
    const saved = await db.measurement.findUniqueOrThrow({ where: { id } });
    expect({ value: saved.value.toString(), note: saved.note, version: saved.version, indicatorId: saved.indicatorId }).toEqual({ value: "19.5", note: "Corregido", version: 2, indicatorId });
    expect((await plans.getIndicator(cusco, planId, indicatorId)).result.status).toBe("ON_TRACK");
    const audit = await lastAudit(id);
    expect(audit.action).toBe("UPDATE");
    expect(audit.before).toMatchObject({ value: "10", note: null });
    expect(audit.after).toMatchObject({ value: "19.5", note: "Corregido" });

    // A second tab still holds version 1: refused with the saved values for the conflict panel.
    await refused(() => plans.updateMeasurement(cusco, { ...fix, value: "11" }), errors.ConflictError);
    expect(await plans.currentMeasurementValues(cusco, id)).toEqual({ version: 2, measuredOn: today(), value: "19.5", source: "INEI", note: "Corregido" });

    // Nor may that tab delete the figure it has not seen; deleting needs the box ticked.
    await refused(() => plans.deleteMeasurement(cusco, schema.DeleteMeasurementInput.parse({ measurementId: id, version: "1", confirm: "on" })), errors.ConflictError);
    expect(schema.DeleteMeasurementInput.safeParse({ measurementId: id, version: "2" }).success).toBe(false);
    await plans.deleteMeasurement(cusco, schema.DeleteMeasurementInput.parse({ measurementId: id, version: "2", confirm: "on" }));
    expect(await db.measurement.count({ where: { id } })).toBe(0);
    expect((await lastAudit(id)).before).toMatchObject({ value: "19.5", note: "Corregido", indicatorId });
  });

  it("edits of a measurement: another region's or an unknown one is not found, editors and viewers are refused", async () => {
    const { planId, indicatorId } = await tree();
    const { id } = await plans.createMeasurement(cusco, schema.CreateMeasurementInput.parse({ indicatorId, measuredOn: today(), value: "12" }));
    const input = schema.UpdateMeasurementInput.parse({ measurementId: id, version: "1", measuredOn: today(), value: "13" });
    await refused(() => plans.updateMeasurement(tacna, input), errors.NotFoundError);
    await refused(() => plans.updateMeasurement(unsaacOffice, input), errors.ForbiddenError);
    await refused(() => plans.updateMeasurement(viewer, input), errors.ForbiddenError);
    await refused(() => plans.updateMeasurement(cusco, { ...input, measurementId: "0194a1b2-0000-7000-8000-000000000000" }), errors.NotFoundError);
    // The edit page's read: the measurement only under its own plan and indicator, in its own region.
    await expect(plans.getMeasurement(tacna, planId, indicatorId, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(plans.getMeasurement(cusco, tacnaPlanId, indicatorId, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(plans.getMeasurement(cusco, planId, planId, id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(plans.getMeasurement(cusco, planId, indicatorId, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await db.measurement.findUniqueOrThrow({ where: { id } })).value.toString()).toBe("12");
  });

  it("bad input never reaches the database", () => {
    expect(schema.CreateMeasurementInput.safeParse({ indicatorId: cuscoPlanId, measuredOn: "2025-13-01", value: "1" }).success).toBe(false);
    expect(schema.CreateMeasurementInput.safeParse({ indicatorId: cuscoPlanId, measuredOn: "2025-01-01", value: "uno" }).success).toBe(false);
    expect(schema.CreateMeasurementInput.safeParse({ indicatorId: cuscoPlanId, measuredOn: "2025-01-01", value: "1", regionId: tacna.regionId }).success).toBe(false);
    // An edit names its version, and cannot move the figure to another indicator.
    expect(schema.UpdateMeasurementInput.safeParse({ measurementId: cuscoPlanId, measuredOn: "2025-01-01", value: "1" }).success).toBe(false);
    expect(schema.UpdateMeasurementInput.safeParse({ measurementId: cuscoPlanId, version: "1", measuredOn: "2025-01-01", value: "1", indicatorId: cuscoPlanId }).success).toBe(false);
  });
});
