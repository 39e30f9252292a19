"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createMeasurementAction, deleteMeasurementAction } from "@/lib/plans/actions";

/** Adds a measurement to an indicator; cleared after a success so the next one can follow. */
export function MeasurementForm({ regionSlug, indicatorId, unit }: { regionSlug: string; indicatorId: string; unit: string }) {
  const t = useTranslations("plans");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(createMeasurementAction.bind(null, regionSlug), { resetOnSuccess: true });
  const err = (field: string) => fieldError(state, field);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="measurement-form" />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="measurement-date" name="measuredOn" type="date" label={t("fields.measuredOn")} required aria-required="true" error={err("measuredOn")} />
        <Field id="measurement-value" name="value" label={t("valueIn", { unit })} inputMode="decimal" required aria-required="true" error={err("value")} />
        <Field id="measurement-source" name="source" label={t("fields.source")} maxLength={250} error={err("source")} />
        <Field id="measurement-note" name="note" label={t("fields.note")} maxLength={2000} error={err("note")} />
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("addMeasurementSubmit")}
      </Button>
    </form>
  );
}

/** Deletes one measurement (a wrong figure is deleted and entered again). */
export function DeleteMeasurementForm({ regionSlug, measurementId, label }: { regionSlug: string; measurementId: string; label: string }) {
  const t = useTranslations("plans");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(deleteMeasurementAction.bind(null, regionSlug));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-busy={pending || undefined}>
      <input type="hidden" name="measurementId" value={measurementId} />
      <Button type="submit" variant="ghost" className="px-0 py-0" disabled={pending} aria-label={label}>
        {t("deleteMeasurementSubmit")}
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
