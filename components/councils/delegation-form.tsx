"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { createDelegationAction, updateDelegationAction } from "@/lib/councils/actions";
import type { DelegationRow, PersonOption } from "@/lib/councils/admin";
import { ConflictNotice } from "./form-parts";

/**
 * Accredit a delegate to a seat for a term (or edit the accreditation). The delegate is a person
 * of the region's list, or a new person registered here with their names (and, optionally, an
 * e-mail and ORCID). The substitute is optional, from the list.
 */
export function DelegationForm({
  regionSlug,
  seatId,
  delegation,
  people,
}: {
  regionSlug: string;
  seatId: string;
  delegation: DelegationRow | null;
  people: PersonOption[];
}) {
  const t = useTranslations("council");
  const action = delegation ? updateDelegationAction : createDelegationAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const prefix = delegation ? "delegation-edit" : "delegation-new";

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id={prefix} />
      {conflict && delegation ? (
        <ConflictNotice
          id={`${prefix}-conflict`}
          reloadPath={`/r/${regionSlug}/council/delegations/${delegation.id}`}
          rows={[
            { label: t("fields.personId"), value: conflict.personName },
            { label: t("fields.substitutePersonId"), value: conflict.substituteName ? String(conflict.substituteName) : t("noSubstitute") },
            { label: t("fields.termStartsOn"), value: conflict.termStartsOn },
            { label: t("fields.termEndsOn"), value: conflict.termEndsOn },
            { label: t("fields.accreditation"), value: conflict.accreditation },
          ]}
        />
      ) : null}
      {delegation ? (
        <>
          <input type="hidden" name="delegationId" value={delegation.id} />
          <input type="hidden" name="version" value={delegation.version} />
        </>
      ) : (
        <input type="hidden" name="seatId" value={seatId} />
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={`${prefix}-person`} name="personId" label={t("fields.personId")} hint={t("personHint")} defaultValue={delegation?.personId ?? ""} error={err("personId")}>
          <option value="">{t("personNewOption")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${prefix}-substitute`}
          name="substitutePersonId"
          label={t("fields.substitutePersonId")}
          defaultValue={delegation?.substitutePersonId ?? ""}
          error={err("substitutePersonId")}
        >
          <option value="">{t("noSubstitute")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>

      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold text-slate-900">{t("newPersonHeading")}</legend>
        <p className="text-sm text-slate-700">{t("newPersonHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${prefix}-given`} name="newGivenNames" label={t("fields.newGivenNames")} maxLength={120} autoComplete="off" error={err("newGivenNames")} />
          <Field id={`${prefix}-family`} name="newFamilyNames" label={t("fields.newFamilyNames")} maxLength={120} autoComplete="off" error={err("newFamilyNames")} />
          <Field id={`${prefix}-email`} name="newEmail" type="email" label={t("fields.newEmail")} maxLength={254} autoComplete="off" error={err("newEmail")} />
          <Field id={`${prefix}-orcid`} name="newOrcid" label={t("fields.newOrcid")} hint={t("orcidHint")} maxLength={40} autoComplete="off" error={err("newOrcid")} />
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-start`} name="termStartsOn" type="date" label={t("fields.termStartsOn")} defaultValue={delegation?.termStartsOn ?? ""} required aria-required="true" error={err("termStartsOn")} />
        <Field id={`${prefix}-end`} name="termEndsOn" type="date" label={t("fields.termEndsOn")} hint={t("termEndsHint")} defaultValue={delegation?.termEndsOn ?? ""} required aria-required="true" error={err("termEndsOn")} />
        <Field id={`${prefix}-accreditation`} name="accreditation" label={t("fields.accreditation")} hint={t("accreditationHint")} defaultValue={delegation?.accreditation ?? ""} maxLength={200} error={err("accreditation")} />
      </div>

      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : delegation ? t("saveDelegationSubmit") : t("createDelegationSubmit")}
      </Button>
    </form>
  );
}
