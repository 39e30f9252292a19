"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { adoptAgreementAction } from "@/lib/agreements/actions";
import { OwnerPicker } from "./owner-picker";

/** Adopt an agreement at a held meeting; the form empties after each adopted agreement. */
export function AdoptAgreementForm({ regionSlug, meetingId, meetingDay }: { regionSlug: string; meetingId: string; meetingDay: string }) {
  const t = useTranslations("agreements");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(adoptAgreementAction, regionSlug), { resetOnSuccess: true });
  const err = (field: string) => fieldError(state, field);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="adopt-agreement" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="adopt-reference" name="reference" label={t("fields.reference")} hint={t("referenceHint")} maxLength={40} error={err("reference")} />
        <OwnerPicker id="adopt-owner" regionSlug={regionSlug} initial={null} error={err("ownerActorId")} />
        <Field id="adopt-due" name="dueOn" type="date" label={t("fields.dueOn")} hint={t("dueOnHint")} min={meetingDay} error={err("dueOn")} />
      </div>
      <TextAreaField id="adopt-text" name="text" label={t("fields.text")} rows={4} maxLength={10_000} required error={err("text")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("adoptSubmit")}
      </Button>
    </form>
  );
}
