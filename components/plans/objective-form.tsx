"use client";
import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { createObjectiveAction, updateObjectiveAction } from "@/lib/plans/actions";
import type { ObjectiveRecord, Option } from "@/lib/plans/data";
import { ConflictPanel } from "@/components/ui/conflict-panel";

const CONFLICT_FIELDS = ["code", "title", "description", "priorityAreas"] as const;

/** Create or edit an objective of a plan, with the priority areas it serves. */
export function ObjectiveForm({
  regionSlug,
  planId,
  objective,
  areas,
}: {
  regionSlug: string;
  planId: string;
  objective: ObjectiveRecord | null;
  areas: Option[];
}) {
  const t = useTranslations("plans");
  const locale = useLocale();
  const action = objective ? updateObjectiveAction : createObjectiveAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const areasError = err("priorityAreaIds");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="objective-form" />
      {conflict && objective ? (
        <ConflictPanel
          id="objective-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          reloadLabel={t("conflictReload")}
          reloadHref={`/${locale}/r/${regionSlug}/plans/${planId}/objectives/${objective.id}/edit`}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: conflict[key] }))}
        />
      ) : null}
      {objective ? (
        <>
          <input type="hidden" name="objectiveId" value={objective.id} />
          <input type="hidden" name="version" value={objective.version} />
        </>
      ) : (
        <input type="hidden" name="planId" value={planId} />
      )}
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id="objective-code" name="code" label={t("fields.code")} hint={t("codeHint")} defaultValue={objective?.code ?? ""} required aria-required="true" maxLength={20} error={err("code")} />
        <div className="sm:col-span-3">
          <Field id="objective-title" name="title" label={t("fields.title")} defaultValue={objective?.title ?? ""} required aria-required="true" maxLength={300} error={err("title")} />
        </div>
      </div>
      <TextAreaField id="objective-description" name="description" label={t("fields.description")} maxLength={4000} defaultValue={objective?.description ?? ""} error={err("description")} />
      <fieldset className="space-y-2 rounded-md border border-slate-300 p-4" aria-describedby={areasError ? "objective-areas-error" : undefined}>
        <legend className="px-1 font-semibold text-slate-900">{t("fields.priorityAreas")}</legend>
        {areas.length === 0 ? <p className="text-sm text-slate-700">{t("noPriorityAreas")}</p> : null}
        {areas.map((a) => (
          <div key={a.id} className="flex items-center gap-2">
            <input
              id={`objective-area-${a.id}`}
              type="checkbox"
              name="priorityAreaIds"
              value={a.id}
              defaultChecked={objective?.priorityAreaIds.includes(a.id) ?? false}
              className="size-4"
            />
            <label htmlFor={`objective-area-${a.id}`} className="text-sm text-slate-900">
              {a.name}
            </label>
          </div>
        ))}
        {areasError ? (
          <p id="objective-areas-error" className="text-sm font-medium text-red-800">
            {areasError}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : objective ? t("saveSubmit") : t("createObjectiveSubmit")}
      </Button>
    </form>
  );
}
