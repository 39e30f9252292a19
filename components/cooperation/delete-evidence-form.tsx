"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { ConfirmBox } from "@/components/ui/confirm-box";
import { deleteEvidenceAction } from "@/lib/cooperation/actions";

/** Deletes an evidence at the version shown; the audit trail keeps what it was. */
export function DeleteEvidenceForm({ regionSlug, evidenceId, version }: { regionSlug: string; evidenceId: string; version: number }) {
  const t = useTranslations("cooperation");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(deleteEvidenceAction, regionSlug));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3" aria-busy={pending || undefined}>
      <FormStatus state={state} id="delete-evidence" />
      <p className="text-sm text-slate-700">{t("deleteIntro")}</p>
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmBox id="delete-evidence-confirm" label={t("deleteConfirmLabel")} error={fieldError(state, "confirm")} />
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending || undefined}>
        {t("deleteSubmit")}
      </Button>
    </form>
  );
}
