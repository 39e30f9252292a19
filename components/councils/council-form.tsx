"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { createCouncilAction, updateCouncilAction } from "@/lib/councils/actions";
import type { CouncilFormValues } from "@/lib/councils/admin";
import { CouncilKind, CouncilStatus, Currency } from "@/lib/generated/prisma/enums";
import { ConflictNotice } from "./form-parts";

const CONFLICT_FIELDS = [
  "name",
  "acronym",
  "kind",
  "status",
  "ordinanceNumber",
  "ordinanceDate",
  "legalBasisUrl",
  "establishedOn",
  "annualBudget",
  "budgetCurrency",
  "staffCount",
  "quorumNumerator",
  "quorumDenominator",
] as const;

/** Create the region's council, or edit it (legal basis, resources, quorum rule). */
export function CouncilForm({ regionSlug, council }: { regionSlug: string; council: CouncilFormValues | null }) {
  const t = useTranslations("council");
  const tEnums = useTranslations("enums");
  const action = council ? updateCouncilAction : createCouncilAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;

  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown): unknown => {
    if (value === null || value === undefined || value === "") return "—";
    if (key === "kind") return tEnums(`councilKind.${value as CouncilKind}`);
    if (key === "status") return tEnums(`councilStatus.${value as CouncilStatus}`);
    if (key === "budgetCurrency") return tEnums(`currency.${value as Currency}`);
    return value;
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="council-form" />
      {conflict && council ? (
        <ConflictNotice
          id="council-conflict"
          reloadPath={`/r/${regionSlug}/council/${council.id}/edit`}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) }))}
        />
      ) : null}
      {council ? (
        <>
          <input type="hidden" name="councilId" value={council.id} />
          <input type="hidden" name="version" value={council.version} />
        </>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="council-name" name="name" label={t("fields.name")} defaultValue={council?.name ?? ""} required aria-required="true" maxLength={200} error={err("name")} />
        <Field id="council-acronym" name="acronym" label={t("fields.acronym")} defaultValue={council?.acronym ?? ""} maxLength={30} error={err("acronym")} />
        <SelectField id="council-kind" name="kind" label={t("fields.kind")} defaultValue={council?.kind ?? "COUNCIL"} required error={err("kind")}>
          {Object.values(CouncilKind).map((v) => (
            <option key={v} value={v}>
              {tEnums(`councilKind.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="council-status" name="status" label={t("fields.status")} defaultValue={council?.status ?? "INFORMAL"} required error={err("status")}>
          {Object.values(CouncilStatus).map((v) => (
            <option key={v} value={v}>
              {tEnums(`councilStatus.${v}`)}
            </option>
          ))}
        </SelectField>
      </div>

      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold text-slate-900">{t("legalBasisHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="council-ordinance-number" name="ordinanceNumber" label={t("fields.ordinanceNumber")} hint={t("ordinanceNumberHint")} defaultValue={council?.ordinanceNumber ?? ""} maxLength={80} error={err("ordinanceNumber")} />
          <Field id="council-ordinance-date" name="ordinanceDate" type="date" label={t("fields.ordinanceDate")} defaultValue={council?.ordinanceDate ?? ""} error={err("ordinanceDate")} />
          <Field id="council-legal-url" name="legalBasisUrl" type="url" label={t("fields.legalBasisUrl")} hint={t("legalBasisUrlHint")} defaultValue={council?.legalBasisUrl ?? ""} maxLength={500} error={err("legalBasisUrl")} />
          <Field id="council-established" name="establishedOn" type="date" label={t("fields.establishedOn")} defaultValue={council?.establishedOn ?? ""} error={err("establishedOn")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold text-slate-900">{t("resourcesHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="council-budget" name="annualBudget" label={t("fields.annualBudget")} hint={t("annualBudgetHint")} defaultValue={council?.annualBudget ?? ""} inputMode="decimal" maxLength={20} error={err("annualBudget")} />
          <SelectField id="council-currency" name="budgetCurrency" label={t("fields.budgetCurrency")} defaultValue={council?.budgetCurrency ?? "PEN"} required error={err("budgetCurrency")}>
            {Object.values(Currency).map((v) => (
              <option key={v} value={v}>
                {tEnums(`currency.${v}`)}
              </option>
            ))}
          </SelectField>
          <Field id="council-staff" name="staffCount" type="number" min={0} max={100000} step={1} label={t("fields.staffCount")} defaultValue={council?.staffCount ?? ""} error={err("staffCount")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold text-slate-900">{t("quorumHeading")}</legend>
        <p className="text-sm text-slate-700">{t("quorumHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="council-quorum-num" name="quorumNumerator" type="number" min={1} max={99} step={1} label={t("fields.quorumNumerator")} defaultValue={council?.quorumNumerator ?? 1} required error={err("quorumNumerator")} />
          <Field id="council-quorum-den" name="quorumDenominator" type="number" min={2} max={100} step={1} label={t("fields.quorumDenominator")} defaultValue={council?.quorumDenominator ?? 2} required error={err("quorumDenominator")} />
        </div>
      </fieldset>

      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : council ? t("saveSubmit") : t("createSubmit")}
      </Button>
    </form>
  );
}
