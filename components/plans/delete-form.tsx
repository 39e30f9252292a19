"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { ConfirmBox } from "@/components/ui/confirm-box";
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
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(ACTIONS[kind], regionSlug));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-busy={pending || undefined}>
      <FormStatus state={state} id={`delete-${kind}`} />
      <p className="text-sm text-slate-700">{t(`deleteIntro.${kind}`)}</p>
      <input type="hidden" name={ID_FIELD[kind]} value={id} />
      <input type="hidden" name="version" value={version} />
      <ConfirmBox id={`delete-${kind}-confirm`} label={t(`deleteConfirm.${kind}`)} error={fieldError(state, "confirm")} />
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending || undefined}>
        {t(`deleteSubmit.${kind}`)}
      </Button>
    </form>
  );
}
