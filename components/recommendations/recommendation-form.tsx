"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { createRecommendationAction } from "@/lib/recommendations/actions";

/** A recommendation of the region's own, written in Spanish and English. */
export function RecommendationForm({ regionSlug }: { regionSlug: string }) {
  const t = useTranslations("recommendations");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(createRecommendationAction.bind(null, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const body = (name: "bodyEs" | "bodyEn", id: string) => (
    <TextAreaField id={id} name={name} label={t(`${name}Label`)} rows={5} maxLength={4000} required error={err(name)} />
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
