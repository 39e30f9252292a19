"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { adoptAgreementAction } from "@/lib/agreements/actions";

/** Adopt an agreement at a held meeting; the form empties after each adopted agreement. */
export function AdoptAgreementForm({ regionSlug, meetingId, owners, meetingDay }: { regionSlug: string; meetingId: string; owners: { id: string; name: string }[]; meetingDay: string }) {
  const t = useTranslations("agreements");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(adoptAgreementAction.bind(null, regionSlug), { resetOnSuccess: true });
  const err = (field: string) => fieldError(state, field);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="adopt-agreement" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="adopt-reference" name="reference" label={t("fields.reference")} hint={t("referenceHint")} maxLength={40} error={err("reference")} />
        <SelectField id="adopt-owner" name="ownerActorId" label={t("fields.owner")} defaultValue="" required aria-required="true" error={err("ownerActorId")}>
          <option value="">{t("ownerChoose")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <Field id="adopt-due" name="dueOn" type="date" label={t("fields.dueOn")} hint={t("dueOnHint")} min={meetingDay} error={err("dueOn")} />
      </div>
      <TextAreaField id="adopt-text" name="text" label={t("fields.text")} rows={4} maxLength={10_000} required error={err("text")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("adoptSubmit")}
      </Button>
    </form>
  );
}
