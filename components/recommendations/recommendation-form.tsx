"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createRecommendationAction } from "@/lib/recommendations/actions";

/** A recommendation of the region's own, written in Spanish and English. */
export function RecommendationForm({ regionSlug }: { regionSlug: string }) {
  const t = useTranslations("recommendations");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(createRecommendationAction.bind(null, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const body = (name: "bodyEs" | "bodyEn", id: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {t(`${name}Label`)}
      </label>
      <textarea
        id={id}
        name={name}
        rows={5}
        maxLength={4000}
        required
        aria-required="true"
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={err(name) ? `${id}-error` : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm ${err(name) ? "border-red-700" : "border-slate-500"}`}
      />
      {err(name) ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {err(name)}
        </p>
      ) : null}
    </div>
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="recommendation-form" />
      <Field id="recommendation-code" name="code" label={t("codeLabel")} hint={t("codeHint")} required aria-required="true" maxLength={10} error={err("code")} />
      <Field id="recommendation-title-es" name="titleEs" label={t("titleEsLabel")} required aria-required="true" maxLength={300} error={err("titleEs")} />
      {body("bodyEs", "recommendation-body-es")}
      <Field id="recommendation-title-en" name="titleEn" label={t("titleEnLabel")} required aria-required="true" maxLength={300} error={err("titleEn")} />
      {body("bodyEn", "recommendation-body-en")}
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("createSubmit")}
      </Button>
    </form>
  );
}
