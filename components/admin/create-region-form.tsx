"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createRegionAction } from "@/lib/platform/actions";
import { FormStatus } from "./form-status";
import { fieldError, useFormAction } from "./use-form-action";

/** A new region (tenant) and the person invited to administer it, in one step. */
export function CreateRegionForm() {
  const t = useTranslations("platform");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(createRegionAction, { resetOnSuccess: true });
  const field = (name: string, label: string, extra: { hint?: string; maxLength: number; type?: string; mono?: boolean }) => (
    <Field
      id={`region-${name}`}
      name={name}
      type={extra.type ?? "text"}
      label={label}
      hint={extra.hint}
      required
      aria-required="true"
      maxLength={extra.maxLength}
      autoComplete="off"
      spellCheck={false}
      className={extra.mono ? "font-mono" : undefined}
      error={fieldError(state, name)}
    />
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="create-region-heading" aria-busy={pending || undefined}>
      <FormStatus state={state} id="create-region" />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t("regionLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("name", t("field.name"), { maxLength: 80 })}
          {field("capital", t("field.capital"), { maxLength: 80 })}
          {field("code", t("field.code"), { maxLength: 4, hint: t("codeHint"), mono: true })}
          {field("reniecCode", t("field.reniecCode"), { maxLength: 4, hint: t("reniecHint"), mono: true })}
          {field("isoCode", t("field.isoCode"), { maxLength: 6, hint: t("isoHint"), mono: true })}
          {field("slug", t("field.slug"), { maxLength: 40, hint: t("slugHint"), mono: true })}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t("adminLegend")}</legend>
        <p className="text-sm text-slate-700">{t("adminIntro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("adminName", t("field.adminName"), { maxLength: 160 })}
          {field("adminEmail", t("field.adminEmail"), { maxLength: 254, type: "email" })}
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("createSubmit")}
      </Button>
    </form>
  );
}
