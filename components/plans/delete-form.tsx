"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { deleteIndicatorAction, deleteMeasurementAction, deleteObjectiveAction, deletePlanAction } from "@/lib/plans/actions";

const ACTIONS = {
  plan: deletePlanAction,
  objective: deleteObjectiveAction,
  indicator: deleteIndicatorAction,
  measurement: deleteMeasurementAction,
} as const;
const ID_FIELD = { plan: "planId", objective: "objectiveId", indicator: "indicatorId", measurement: "measurementId" } as const;

/**
 * Deletes a plan, an objective or an indicator with everything under it, or one measurement,
 * after an explicit confirmation box; the version makes it fail if someone changed the record
 * meanwhile.
 */
export function DeleteForm({ regionSlug, kind, id, version }: { regionSlug: string; kind: keyof typeof ACTIONS; id: string; version: number }) {
  const t = useTranslations("plans");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(ACTIONS[kind].bind(null, regionSlug));
  const error = fieldError(state, "confirm");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-busy={pending || undefined}>
      <FormStatus state={state} id={`delete-${kind}`} />
      <p className="text-sm text-slate-700">{t(`deleteIntro.${kind}`)}</p>
      <input type="hidden" name={ID_FIELD[kind]} value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="flex items-center gap-2">
        <input
          id={`delete-${kind}-confirm`}
          type="checkbox"
          name="confirm"
          value="on"
          className="size-4"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `delete-${kind}-confirm-error` : undefined}
        />
        <label htmlFor={`delete-${kind}-confirm`} className="text-sm font-semibold text-slate-900">
          {t(`deleteConfirm.${kind}`)}
        </label>
      </div>
      {error ? (
        <p id={`delete-${kind}-confirm-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending || undefined}>
        {t(`deleteSubmit.${kind}`)}
      </Button>
    </form>
  );
}
