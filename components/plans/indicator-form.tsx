"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { IndicatorDirection, MeasurementFrequency } from "@/lib/generated/prisma/enums";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/plans/actions";
import type { Option } from "@/lib/plans/data";
import { ConflictPanel } from "@/components/ui/conflict-panel";

export interface IndicatorFormValues {
  id: string;
  version: number;
  objectiveId: string;
  code: string;
  name: string;
  unit: string;
  baselineValue: string | null;
  baselineYear: number | null;
  targetValue: string | null;
  targetYear: number | null;
  direction: IndicatorDirection;
  frequency: MeasurementFrequency;
  source: string | null;
}

const CONFLICT_FIELDS = ["objective", "code", "name", "unit", "baselineValue", "baselineYear", "targetValue", "targetYear", "direction", "frequency", "source"] as const;

/** Create or edit an indicator: what is measured, from which baseline to which target, how often. */
export function IndicatorForm({
  regionSlug,
  planId,
  indicator,
  objectives,
  objectiveId,
}: {
  regionSlug: string;
  planId: string;
  indicator: IndicatorFormValues | null;
  objectives: Option[];
  /** The objective chosen beforehand (a new indicator from an objective's link). */
  objectiveId?: string;
}) {
  const t = useTranslations("plans");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const action = indicator ? updateIndicatorAction : createIndicatorAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown): unknown => {
    if (key === "direction" && value) return tEnums(`indicatorDirection.${value as IndicatorDirection}`);
    if (key === "frequency" && value) return tEnums(`measurementFrequency.${value as MeasurementFrequency}`);
    return value;
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="indicator-form" />
      {conflict && indicator ? (
        <ConflictPanel
          id="indicator-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          reloadLabel={t("conflictReload")}
          reloadHref={`/${locale}/r/${regionSlug}/plans/${planId}/indicators/${indicator.id}/edit`}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) }))}
        />
      ) : null}
      {indicator ? (
        <>
          <input type="hidden" name="indicatorId" value={indicator.id} />
          <input type="hidden" name="version" value={indicator.version} />
        </>
      ) : null}
      <SelectField id="indicator-objective" name="objectiveId" label={t("fields.objective")} defaultValue={indicator?.objectiveId ?? objectiveId ?? ""} required error={err("objectiveId")}>
        {objectives.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id="indicator-code" name="code" label={t("fields.code")} hint={t("codeHint")} defaultValue={indicator?.code ?? ""} required aria-required="true" maxLength={20} error={err("code")} />
        <div className="sm:col-span-3">
          <Field id="indicator-name" name="name" label={t("fields.name")} defaultValue={indicator?.name ?? ""} required aria-required="true" maxLength={300} error={err("name")} />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="indicator-unit" name="unit" label={t("fields.unit")} hint={t("unitHint")} defaultValue={indicator?.unit ?? ""} required aria-required="true" maxLength={60} error={err("unit")} />
        <SelectField id="indicator-direction" name="direction" label={t("fields.direction")} defaultValue={indicator?.direction ?? "HIGHER_IS_BETTER"} error={err("direction")}>
          {Object.values(IndicatorDirection).map((v) => (
            <option key={v} value={v}>
              {tEnums(`indicatorDirection.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="indicator-frequency" name="frequency" label={t("fields.frequency")} defaultValue={indicator?.frequency ?? "ANNUAL"} error={err("frequency")}>
          {Object.values(MeasurementFrequency).map((v) => (
            <option key={v} value={v}>
              {tEnums(`measurementFrequency.${v}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold text-slate-900">{t("pathLegend")}</legend>
        <Field id="indicator-baseline-value" name="baselineValue" label={t("fields.baselineValue")} inputMode="decimal" defaultValue={indicator?.baselineValue ?? ""} error={err("baselineValue")} />
        <Field id="indicator-baseline-year" name="baselineYear" label={t("fields.baselineYear")} inputMode="numeric" defaultValue={indicator?.baselineYear ?? ""} error={err("baselineYear")} />
        <Field id="indicator-target-value" name="targetValue" label={t("fields.targetValue")} inputMode="decimal" defaultValue={indicator?.targetValue ?? ""} error={err("targetValue")} />
        <Field id="indicator-target-year" name="targetYear" label={t("fields.targetYear")} inputMode="numeric" defaultValue={indicator?.targetYear ?? ""} error={err("targetYear")} />
        <p className="text-sm text-slate-700 sm:col-span-2">{t("pathHint")}</p>
      </fieldset>
      <Field id="indicator-source" name="source" label={t("fields.source")} defaultValue={indicator?.source ?? ""} maxLength={250} error={err("source")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : indicator ? t("saveSubmit") : t("createIndicatorSubmit")}
      </Button>
    </form>
  );
}
