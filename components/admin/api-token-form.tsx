"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { issueApiTokenAction } from "@/lib/api/actions";
import { FormStatus } from "./form-status";
import { fieldError, useFormAction } from "./use-form-action";

/** Issues an API token; the secret is shown here once, right after. */
export function ApiTokenForm({ regions }: { regions: { id: string; name: string }[] }) {
  const t = useTranslations("apiTokens");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(issueApiTokenAction, { resetOnSuccess: true });
  const [scope, setScope] = useState<"NATIONAL" | "REGIONS">("REGIONS");
  const issued = state.status === "ok" && typeof state.data?.secret === "string" ? { secret: state.data.secret, name: String(state.data.name) } : null;
  const regionsError = fieldError(state, "regionIds");

  return (
    <div className="space-y-6">
      {issued ? (
        <div role="status" className="space-y-2 rounded-md border border-teal-800 bg-teal-50 p-4">
          <h3 className="text-base font-semibold text-teal-950">{t("secretHeading")}</h3>
          <p className="text-sm text-teal-950">{t("secretIntro")}</p>
          <label htmlFor="issued-secret" className="block text-sm font-semibold text-slate-900">
            {t("secretLabel", { name: issued.name })}
          </label>
          <input
            id="issued-secret"
            readOnly
            value={issued.secret}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm text-slate-900"
          />
        </div>
      ) : null}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="issue-token-heading" aria-busy={pending || undefined}>
        <FormStatus state={state.status === "ok" ? { status: "idle" } : state} id="issue-token" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="token-name" name="name" label={t("field.name")} hint={t("nameHint")} required aria-required="true" maxLength={120} autoComplete="off" error={fieldError(state, "name")} />
          <Field id="token-expires" name="expiresOn" type="date" label={t("field.expiresOn")} hint={t("expiresHint")} error={fieldError(state, "expiresOn")} />
          <SelectField
            id="token-scope"
            name="scope"
            label={t("field.scope")}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value === "NATIONAL" ? "NATIONAL" : "REGIONS")}
            error={fieldError(state, "scope")}
          >
            <option value="REGIONS">{t("scope.REGIONS")}</option>
            <option value="NATIONAL">{t("scope.NATIONAL")}</option>
          </SelectField>
        </div>
        {scope === "REGIONS" ? (
          <fieldset className="space-y-2" aria-describedby={regionsError ? "token-regions-error token-regions-hint" : "token-regions-hint"} aria-invalid={regionsError ? true : undefined}>
            <legend className="text-sm font-semibold text-slate-900">{t("field.regionIds")}</legend>
            <p id="token-regions-hint" className="text-sm text-slate-600">
              {t("regionsHint")}
            </p>
            <div className="grid gap-1 sm:grid-cols-3">
              {regions.map((region) => (
                <label key={region.id} className="flex items-center gap-2 text-sm text-slate-900">
                  <input type="checkbox" name="regionIds" value={region.id} className="h-4 w-4" />
                  {region.name}
                </label>
              ))}
            </div>
            {regionsError ? (
              <p id="token-regions-error" className="text-sm font-medium text-red-800">
                {regionsError}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? t("issuing") : t("issueSubmit")}
        </Button>
      </form>
    </div>
  );
}
