import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dataset, enumLabel } from "@/lib/spreadsheets/dataset";
import { statusOf } from "./data";
import { isUuid } from "@/lib/validation/identifiers";

// A plan with its objectives, indicators and measurements as a spreadsheet (issue 6, item 5):
// one row per measurement, and one row (measurement cells empty) for an indicator never measured.
// `?plan=<id>` limits it to one plan (the plan page's link); without it, every plan of the region.
// The first columns and the measurement columns carry the import's headers, so the rows can be
// copied into the measurement import's template. Two queries (indicators with their plan, then
// the measurements), never one per row.

const indicatorSelect = {
  id: true,
  code: true,
  name: true,
  unit: true,
  baselineValue: true,
  baselineYear: true,
  targetValue: true,
  targetYear: true,
  direction: true,
  frequency: true,
  source: true,
  objective: { select: { code: true, title: true, plan: { select: { title: true, status: true, startYear: true, endYear: true } } } },
} satisfies Prisma.IndicatorSelect;

type Indicator = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

interface PlanExportRow {
  indicator: Indicator;
  status: ReturnType<typeof statusOf>["status"];
  measurement: { measuredOn: Date; value: Prisma.Decimal; source: string | null; note: string | null } | null;
}

const number = (v: Prisma.Decimal | null) => (v === null ? null : v.toNumber());

export const planExport = dataset<PlanExportRow>({
  title: "plans.exportTitle",
  async load(ctx, params) {
    const planId = params.get("plan");
    // A malformed plan id matches nothing (an empty file), like another region's plan.
    const where: Prisma.IndicatorWhereInput = { regionId: ctx.regionId, ...(planId !== null ? { objective: { planId: isUuid(planId) ? planId : "00000000-0000-0000-0000-000000000000" } } : {}) };
    const indicators = await db.indicator.findMany({
      where,
      select: indicatorSelect,
      orderBy: [{ objective: { plan: { startYear: "desc" } } }, { objective: { plan: { title: "asc" } } }, { objective: { code: "asc" } }, { code: "asc" }, { id: "asc" }],
    });
    const measurements = await db.measurement.findMany({
      where: { regionId: ctx.regionId, indicatorId: { in: indicators.map((i) => i.id) } },
      select: { indicatorId: true, measuredOn: true, value: true, source: true, note: true },
      orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    const byIndicator = new Map<string, typeof measurements>();
    for (const m of measurements) byIndicator.set(m.indicatorId, [...(byIndicator.get(m.indicatorId) ?? []), m]);
    const today = new Date();
    return indicators.flatMap((indicator): PlanExportRow[] => {
      const list = byIndicator.get(indicator.id) ?? [];
      const last = list.at(-1);
      const status = statusOf(indicator, last ? { measuredOn: last.measuredOn, value: last.value.toString() } : null, today).status;
      return list.length ? list.map((measurement) => ({ indicator, status, measurement })) : [{ indicator, status, measurement: null }];
    });
  },
  columns: [
    { label: "plans.importColumns.plan", value: (r) => r.indicator.objective.plan.title },
    { label: "plans.exportColumns.planStatus", value: (r, t) => enumLabel("planStatus", r.indicator.objective.plan.status, t) },
    { label: "plans.periodColumn", value: (r) => `${r.indicator.objective.plan.startYear}–${r.indicator.objective.plan.endYear}` },
    { label: "plans.importColumns.objective", value: (r) => r.indicator.objective.code },
    { label: "plans.exportColumns.objectiveTitle", value: (r) => r.indicator.objective.title },
    { label: "plans.importColumns.indicator", value: (r) => r.indicator.code },
    { label: "plans.exportColumns.indicatorName", value: (r) => r.indicator.name },
    { label: "plans.fields.unit", value: (r) => r.indicator.unit },
    { label: "plans.fields.baselineValue", value: (r) => number(r.indicator.baselineValue) },
    { label: "plans.fields.baselineYear", value: (r) => r.indicator.baselineYear },
    { label: "plans.fields.targetValue", value: (r) => number(r.indicator.targetValue) },
    { label: "plans.fields.targetYear", value: (r) => r.indicator.targetYear },
    { label: "plans.fields.direction", value: (r, t) => enumLabel("indicatorDirection", r.indicator.direction, t) },
    { label: "plans.fields.frequency", value: (r, t) => enumLabel("measurementFrequency", r.indicator.frequency, t) },
    { label: "plans.exportColumns.indicatorSource", value: (r) => r.indicator.source },
    { label: "plans.exportColumns.status", value: (r, t) => t(`plans.status.${r.status}`) },
    { label: "plans.fields.measuredOn", value: (r) => r.measurement?.measuredOn ?? null },
    { label: "plans.fields.value", value: (r) => number(r.measurement?.value ?? null) },
    { label: "plans.fields.source", value: (r) => r.measurement?.source ?? null },
    { label: "plans.fields.note", value: (r) => r.measurement?.note ?? null },
  ],
});
