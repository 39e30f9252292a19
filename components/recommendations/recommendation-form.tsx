"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { Field, TextAreaField } from "@/components/ui/field";
import { createRecommendationAction, updateRecommendationAction } from "@/lib/recommendations/actions";

export interface RecommendationFormValues {
  id: string;
  version: number;
  code: string;
  titleEs: string;
  titleEn: string;
  bodyEs: string;
  bodyEn: string;
}

const FIELDS = ["code", "titleEs", "bodyEs", "titleEn", "bodyEn"] as const;

/**
 * A recommendation of the region's own, written in Spanish and English: a new one, or (with
 * `recommendation`) an edit at the version it was loaded with.
 */
export function RecommendationForm({ regionSlug, recommendation }: { regionSlug: string; recommendation?: RecommendationFormValues }) {
  const t = useTranslations("recommendations");
  const locale = useLocale();
  const action = recommendation ? updateRecommendationAction : createRecommendationAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const err = (field: string) => fieldError(state, field);
  const label = (name: (typeof FIELDS)[number]) => t(`${name}Label`);
  const title = (name: "titleEs" | "titleEn", id: string) => (
    <Field id={id} name={name} label={label(name)} required aria-required="true" maxLength={300} defaultValue={recommendation?.[name]} error={err(name)} />
  );
  const body = (name: "bodyEs" | "bodyEn", id: string) => (
    <TextAreaField id={id} name={name} label={label(name)} rows={5} maxLength={4000} required defaultValue={recommendation?.[name]} error={err(name)} />
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="recommendation-form" />
      {recommendation && state.status === "error" && state.code === "conflict" ? (
        <ConflictPanel
          id="recommendation-conflict"
          heading={t("conflictHeading")}
          intro={t("recommendationConflictIntro")}
          rows={conflict ? FIELDS.map((name) => ({ label: label(name), value: conflict[name] })) : []}
          reloadHref={`/${locale}/r/${regionSlug}/recommendations/${recommendation.id}/edit`}
          reloadLabel={t("recommendationConflictReload")}
        />
      ) : null}
      {recommendation ? (
        <>
          <input type="hidden" name="recommendationId" value={recommendation.id} />
          <input type="hidden" name="version" value={recommendation.version} />
        </>
      ) : null}
      <Field
        id="recommendation-code"
        name="code"
        label={label("code")}
        hint={t("codeHint")}
        required
        aria-required="true"
        maxLength={10}
        defaultValue={recommendation?.code}
        error={err("code")}
      />
      {title("titleEs", "recommendation-title-es")}
      {body("bodyEs", "recommendation-body-es")}
      {title("titleEn", "recommendation-title-en")}
      {body("bodyEn", "recommendation-body-en")}
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t(recommendation ? "updateSubmit" : "createSubmit")}
      </Button>
    </form>
  );
}
