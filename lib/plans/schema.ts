import { z } from "zod";
import { confirmed, Version } from "@/lib/validation/forms";
import { isoDay } from "@/lib/validation/dates";
import { IndicatorDirection, MeasurementFrequency, PlanStatus } from "@/lib/generated/prisma/enums";

// Input of the plan, objective, indicator and measurement forms. The region never appears here:
// it comes from the tenant gate. Custom messages are translation keys under `validation.`
// (here `validation.plans.*`).

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable().optional()).transform((v) => v ?? null);
const choice = <E extends Record<string, string>>(e: E) => z.enum(e, { message: "plans.invalidChoice" });

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const Year = z.coerce.number({ message: "plans.yearRange" }).int({ message: "plans.yearRange" }).min(MIN_YEAR, { message: "plans.yearRange" }).max(MAX_YEAR, { message: "plans.yearRange" });
const optionalYear = z.preprocess(emptyToNull, Year.nullable().optional()).transform((v) => v ?? null);

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;

/**
 * A decimal as people type it in Peru or abroad: "9.80", "9,80", "1 250,5" → "9.80", "9.80",
 * "1250.5"; empty → null; anything else is returned as typed, for the schema to reject. Kept as a
 * string (the column is numeric(18,4)), so no binary rounding on the way in.
 */
export function normaliseDecimal(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  let s = raw.trim().replace(/[\s\u00a0]/g, "");
  if (s === "") return null;
  // One comma and no dot: a decimal comma. Commas next to dots are thousands separators.
  if (s.includes(",") && !s.includes(".")) s = s.replace(",", ".");
  else s = s.replace(/,/g, "");
  return DECIMAL.test(s) ? s.replace(/^(-?)0+(?=\d)/, "$1") : raw;
}

const DecimalText = z.string({ error: (issue) => (issue.input === undefined ? "required" : "plans.decimalInvalid") }).regex(DECIMAL, { message: "plans.decimalInvalid" });
const optionalDecimal = z.preprocess((v) => (v === undefined ? null : normaliseDecimal(v)), DecimalText.nullable());
const requiredDecimal = z.preprocess((v) => normaliseDecimal(v) ?? undefined, DecimalText);

const Code = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { message: "plans.codeFormat" });

const HttpUrl = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .max(500)
    .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v) && URL.canParse(v), { message: "plans.urlInvalid" })
    .nullable()
    .optional(),
).transform((v) => v ?? null);

const Confirm = confirmed("plans.confirmRequired");

/** A calendar date YYYY-MM-DD that exists (2025-02-30 does not). */
const CalendarDate = isoDay("plans.dateInvalid");

// ---- Plans ----

const PlanFields = {
  title: z.string().trim().min(1).max(250),
  status: choice(PlanStatus),
  startYear: Year,
  endYear: Year,
  legalBasis: optionalText(250),
  legalBasisUrl: HttpUrl,
  description: optionalText(4000),
};

function planRules(v: { startYear: number; endYear: number }, ctx: z.RefinementCtx) {
  if (v.endYear < v.startYear) ctx.addIssue({ code: "custom", path: ["endYear"], message: "plans.endBeforeStart" });
}

export const CreatePlanInput = z.strictObject(PlanFields).superRefine(planRules);
export type CreatePlanInput = z.infer<typeof CreatePlanInput>;
export const UpdatePlanInput = z.strictObject({ ...PlanFields, planId: z.uuid(), version: Version }).superRefine(planRules);
export type UpdatePlanInput = z.infer<typeof UpdatePlanInput>;
export const DeletePlanInput = z.strictObject({ planId: z.uuid(), version: Version, confirm: Confirm });
export type DeletePlanInput = z.infer<typeof DeletePlanInput>;

// ---- Objectives ----

/** Checkbox groups send nothing, one value or several. */
const IdList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid({ message: "plans.invalidChoice" })).max(50),
).transform((ids) => [...new Set(ids)]);

const ObjectiveFields = {
  code: Code,
  title: z.string().trim().min(1).max(300),
  description: optionalText(4000),
  priorityAreaIds: IdList,
};

export const CreateObjectiveInput = z.strictObject({ ...ObjectiveFields, planId: z.uuid() });
export type CreateObjectiveInput = z.infer<typeof CreateObjectiveInput>;
export const UpdateObjectiveInput = z.strictObject({ ...ObjectiveFields, objectiveId: z.uuid(), version: Version });
export type UpdateObjectiveInput = z.infer<typeof UpdateObjectiveInput>;
export const DeleteObjectiveInput = z.strictObject({ objectiveId: z.uuid(), version: Version, confirm: Confirm });
export type DeleteObjectiveInput = z.infer<typeof DeleteObjectiveInput>;

// ---- Indicators ----

const IndicatorFields = {
  objectiveId: z.uuid({ message: "plans.invalidChoice" }),
  code: Code,
  name: z.string().trim().min(1).max(300),
  unit: z.string().trim().min(1).max(60),
  baselineValue: optionalDecimal,
  baselineYear: optionalYear,
  targetValue: optionalDecimal,
  targetYear: optionalYear,
  direction: choice(IndicatorDirection),
  frequency: choice(MeasurementFrequency),
  source: optionalText(250),
};

interface IndicatorShape {
  baselineValue: string | null;
  baselineYear: number | null;
  targetValue: string | null;
  targetYear: number | null;
  direction: IndicatorDirection;
}

/** The rules between fields; the status rule (lib/plans/status.ts) relies on them. */
function indicatorRules(v: IndicatorShape, ctx: z.RefinementCtx) {
  const issue = (field: keyof IndicatorShape, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
  // A value without its year (or a year without its value) cannot be placed on the path.
  if ((v.baselineValue === null) !== (v.baselineYear === null)) issue(v.baselineValue === null ? "baselineValue" : "baselineYear", "plans.baselinePair");
  if (v.targetValue === null && v.targetYear === null && v.baselineValue !== null) issue("targetValue", "plans.targetNeeded");
  if (v.targetValue !== null && v.targetYear === null) issue("targetYear", "plans.targetPair");
  if (v.baselineYear !== null && v.targetYear !== null && v.targetYear <= v.baselineYear) issue("targetYear", "plans.targetBeforeBaseline");
  if (v.baselineValue !== null && v.targetValue !== null) {
    const change = Number(v.targetValue) - Number(v.baselineValue);
    if ((v.direction === "HIGHER_IS_BETTER" && change < 0) || (v.direction === "LOWER_IS_BETTER" && change > 0)) issue("targetValue", "plans.targetWrongDirection");
  }
}

export const CreateIndicatorInput = z.strictObject(IndicatorFields).superRefine(indicatorRules);
export type CreateIndicatorInput = z.infer<typeof CreateIndicatorInput>;
export const UpdateIndicatorInput = z.strictObject({ ...IndicatorFields, indicatorId: z.uuid(), version: Version }).superRefine(indicatorRules);
export type UpdateIndicatorInput = z.infer<typeof UpdateIndicatorInput>;
export const DeleteIndicatorInput = z.strictObject({ indicatorId: z.uuid(), version: Version, confirm: Confirm });
export type DeleteIndicatorInput = z.infer<typeof DeleteIndicatorInput>;

// ---- Measurements ----

export const MeasurementFields = {
  measuredOn: CalendarDate.refine((d) => d.getUTCFullYear() >= MIN_YEAR, { message: "plans.dateInvalid" }).refine(
    // A measurement reports what happened: not after today (a day of slack for time zones).
    (d) => d.getTime() <= Date.now() + 86_400_000,
    { message: "plans.dateInFuture" },
  ),
  value: requiredDecimal,
  source: optionalText(250),
  note: optionalText(2000),
};

export const CreateMeasurementInput = z.strictObject({ ...MeasurementFields, indicatorId: z.uuid() });
export type CreateMeasurementInput = z.infer<typeof CreateMeasurementInput>;
export const UpdateMeasurementInput = z.strictObject({ ...MeasurementFields, measurementId: z.uuid(), version: Version });
export type UpdateMeasurementInput = z.infer<typeof UpdateMeasurementInput>;
export const DeleteMeasurementInput = z.strictObject({ measurementId: z.uuid(), version: Version, confirm: Confirm });
export type DeleteMeasurementInput = z.infer<typeof DeleteMeasurementInput>;
