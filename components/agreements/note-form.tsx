"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { addAgreementNoteAction } from "@/lib/agreements/actions";

/** Appends a follow-up note, signed by the current user. */
export function AgreementNoteForm({ regionSlug, agreementId }: { regionSlug: string; agreementId: string }) {
  const t = useTranslations("agreements");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(addAgreementNoteAction, regionSlug), { resetOnSuccess: true });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-busy={pending || undefined}>
      <FormStatus state={state} id="agreement-note" />
      <input type="hidden" name="agreementId" value={agreementId} />
      <TextAreaField id="agreement-note-body" name="body" label={t("noteLabel")} rows={3} maxLength={5_000} required error={fieldError(state, "body")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("noteSubmit")}
      </Button>
    </form>
  );
}
