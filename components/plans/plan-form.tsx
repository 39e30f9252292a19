"use client";
import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { PlanStatus } from "@/lib/generated/prisma/enums";
import { createPlanAction, updatePlanAction } from "@/lib/plans/actions";
import { ConflictPanel } from "@/components/ui/conflict-panel";

export interface PlanFormValues {
  id: string;
  version: number;
  title: string;
  status: PlanStatus;
  startYear: number;
  endYear: number;
  legalBasis: string | null;
  legalBasisUrl: string | null;
  description: string | null;
}

const CONFLICT_FIELDS = ["title", "status", "startYear", "endYear", "legalBasis", "legalBasisUrl", "description"] as const;

/** Create or edit a plan: title, status, period, legal basis (and its link), description. */
export function PlanForm({ regionSlug, plan }: { regionSlug: string; plan: PlanFormValues | null }) {
  const t = useTranslations("plans");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const action = plan ? updatePlanAction : createPlanAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="plan-form" />
      {conflict && plan ? (
        <ConflictPanel
          id="plan-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          reloadLabel={t("conflictReload")}
          reloadHref={`/${locale}/r/${regionSlug}/plans/${plan.id}/edit`}
          rows={CONFLICT_FIELDS.map((key) => ({
            label: t(`fields.${key}`),
            value: key === "status" ? tEnums(`planStatus.${conflict.status as PlanStatus}`) : conflict[key],
          }))}
        />
      ) : null}
      {plan ? (
        <>
          <input type="hidden" name="planId" value={plan.id} />
          <input type="hidden" name="version" value={plan.version} />
        </>
      ) : null}
      <Field id="plan-title" name="title" label={t("fields.title")} defaultValue={plan?.title ?? ""} required aria-required="true" maxLength={250} error={err("title")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="plan-status" name="status" label={t("fields.status")} defaultValue={plan?.status ?? "DRAFT"} error={err("status")}>
          {Object.values(PlanStatus).map((v) => (
            <option key={v} value={v}>
              {tEnums(`planStatus.${v}`)}
            </option>
          ))}
        </SelectField>
        <Field id="plan-start" name="startYear" label={t("fields.startYear")} inputMode="numeric" defaultValue={plan?.startYear ?? ""} required aria-required="true" error={err("startYear")} />
        <Field id="plan-end" name="endYear" label={t("fields.endYear")} inputMode="numeric" defaultValue={plan?.endYear ?? ""} required aria-required="true" error={err("endYear")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="plan-legal" name="legalBasis" label={t("fields.legalBasis")} hint={t("legalBasisHint")} defaultValue={plan?.legalBasis ?? ""} maxLength={250} error={err("legalBasis")} />
        <Field id="plan-legal-url" name="legalBasisUrl" type="url" label={t("fields.legalBasisUrl")} hint={t("urlHint")} defaultValue={plan?.legalBasisUrl ?? ""} maxLength={500} error={err("legalBasisUrl")} />
      </div>
      <TextAreaField id="plan-description" name="description" label={t("fields.description")} maxLength={4000} defaultValue={plan?.description ?? ""} error={err("description")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : plan ? t("saveSubmit") : t("createPlanSubmit")}
      </Button>
    </form>
  );
}
