"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { Field } from "@/components/ui/field";
import { createMeasurementAction, updateMeasurementAction } from "@/lib/plans/actions";

export interface MeasurementFormValues {
  id: string;
  version: number;
  /** YYYY-MM-DD */
  measuredOn: string;
  value: string;
  source: string | null;
  note: string | null;
}

const CONFLICT_FIELDS = ["measuredOn", "value", "source", "note"] as const;

/**
 * Adds a measurement to an indicator (cleared after a success so the next one can follow), or,
 * given `measurement` and its page's address, corrects that one.
 */
export function MeasurementForm({
  regionSlug,
  indicatorId,
  unit,
  measurement = null,
  editHref,
}: {
  regionSlug: string;
  indicatorId: string;
  unit: string;
  measurement?: MeasurementFormValues | null;
  /** The edit page, for the conflict panel's reload link (without the locale). */
  editHref?: string;
}) {
  const t = useTranslations("plans");
  const locale = useLocale();
  const action = measurement ? updateMeasurementAction : createMeasurementAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug), { resetOnSuccess: !measurement });
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="measurement-form" />
      {conflict && measurement ? (
        <ConflictPanel
          id="measurement-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          reloadLabel={t("conflictReload")}
          reloadHref={editHref ? `/${locale}${editHref}` : null}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: conflict[key] }))}
        />
      ) : null}
      {measurement ? (
        <>
          <input type="hidden" name="measurementId" value={measurement.id} />
          <input type="hidden" name="version" value={measurement.version} />
        </>
      ) : (
        <input type="hidden" name="indicatorId" value={indicatorId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="measurement-date"
          name="measuredOn"
          type="date"
          label={t("fields.measuredOn")}
          defaultValue={measurement?.measuredOn}
          required
          aria-required="true"
          error={err("measuredOn")}
        />
        <Field
          id="measurement-value"
          name="value"
          label={t("valueIn", { unit })}
          inputMode="decimal"
          defaultValue={measurement?.value}
          required
          aria-required="true"
          error={err("value")}
        />
        <Field id="measurement-source" name="source" label={t("fields.source")} maxLength={250} defaultValue={measurement?.source ?? ""} error={err("source")} />
        <Field id="measurement-note" name="note" label={t("fields.note")} maxLength={2000} defaultValue={measurement?.note ?? ""} error={err("note")} />
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : measurement ? t("saveMeasurementSubmit") : t("addMeasurementSubmit")}
      </Button>
    </form>
  );
}
