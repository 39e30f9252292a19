"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { ActorOption } from "@/lib/actors/options";
import { updateAgreementAction } from "@/lib/agreements/actions";
import { AgreementStatus } from "@/lib/generated/prisma/enums";
import { OwnerPicker } from "./owner-picker";

export interface AgreementFormValues {
  id: string;
  version: number;
  reference: string | null;
  text: string;
  /** "YYYY-MM-DD" or "". */
  dueOn: string;
  status: AgreementStatus;
  completedOn: string;
}

const CONFLICT_FIELDS = ["reference", "text", "ownerName", "dueOn", "status", "completedOn"] as const;

/** Edit an agreement: its text, owner, due date and status (done records the day it was done). */
export function AgreementForm({ regionSlug, agreement, owner }: { regionSlug: string; agreement: AgreementFormValues; owner: ActorOption | null }) {
  const t = useTranslations("agreements");
  const tStatus = useTranslations("enums.agreementStatus");
  const locale = useLocale();
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(updateAgreementAction, regionSlug));
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const err = (field: string) => fieldError(state, field);
  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown) =>
    value === null || value === undefined ? "" : key === "status" ? tStatus(value as AgreementStatus) : String(value);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="agreement-form" />
      {conflict ? (
        <ConflictPanel
          id="agreement-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) }))}
          reloadHref={`/${locale}/r/${regionSlug}/council/agreements/${agreement.id}`}
          reloadLabel={t("conflictReload")}
        />
      ) : null}
      <input type="hidden" name="agreementId" value={agreement.id} />
      <input type="hidden" name="version" value={agreement.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="agreement-reference" name="reference" label={t("fields.reference")} hint={t("referenceHint")} defaultValue={agreement.reference ?? ""} maxLength={40} error={err("reference")} />
        <OwnerPicker id="agreement-owner" regionSlug={regionSlug} initial={owner} error={err("ownerActorId")} />
        <Field id="agreement-due" name="dueOn" type="date" label={t("fields.dueOn")} hint={t("dueOnHint")} defaultValue={agreement.dueOn} error={err("dueOn")} />
        <SelectField id="agreement-status" name="status" label={t("fields.status")} defaultValue={agreement.status} required error={err("status")}>
          {Object.values(AgreementStatus).map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </SelectField>
        <Field
          id="agreement-completed"
          name="completedOn"
          type="date"
          label={t("fields.completedOn")}
          hint={t("completedOnHint")}
          defaultValue={agreement.completedOn}
          error={err("completedOn")}
        />
      </div>
      <TextAreaField id="agreement-text" name="text" label={t("fields.text")} defaultValue={agreement.text} rows={4} maxLength={10_000} required error={err("text")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("saveSubmit")}
      </Button>
    </form>
  );
}
