"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { ActorPicker } from "@/components/actors/actor-picker";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { SelectField, TextAreaField } from "@/components/ui/field";
import type { ActorOption } from "@/lib/actors/options";
import { RecommendationStatus } from "@/lib/generated/prisma/enums";
import { saveFollowUpAction } from "@/lib/recommendations/actions";

export interface FollowUpFormValues {
  recommendationId: string;
  /** 0 when the region has no follow-up yet. */
  version: number;
  status: RecommendationStatus | null;
  actionsTaken: string | null;
  evidenceUrls: string[];
}

const CONFLICT_FIELDS = ["status", "responsible", "actionsTaken", "evidenceUrls"] as const;

/** The region's follow-up of one recommendation. A save that lost to someone else's shows theirs and a reload link. */
export function FollowUpForm({
  regionSlug,
  values,
  responsible,
}: {
  regionSlug: string;
  values: FollowUpFormValues;
  /** The institution responsible now, if any (named by actorOptionsByIds). */
  responsible: ActorOption | null;
}) {
  const t = useTranslations("recommendations");
  const tStatus = useTranslations("enums.recommendationStatus");
  const locale = useLocale();
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(saveFollowUpAction, regionSlug));
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const err = (field: string) => fieldError(state, field);
  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (key === "status") return tStatus(value as RecommendationStatus);
    return String(value);
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="follow-up-form" />

      {state.status === "error" && state.code === "conflict" ? (
        <ConflictPanel
          id="follow-up-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={conflict ? CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) })) : []}
          reloadHref={`/${locale}/r/${regionSlug}/recommendations/${values.recommendationId}`}
          reloadLabel={t("conflictReload")}
        />
      ) : null}

      <input type="hidden" name="recommendationId" value={values.recommendationId} />
      <input type="hidden" name="version" value={values.version} />

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="follow-up-status" name="status" label={t("statusLabel")} defaultValue={values.status ?? ""} required aria-required="true" error={err("status")}>
          <option value="" disabled>
            {t("statusPlaceholder")}
          </option>
          {Object.values(RecommendationStatus).map((v) => (
            <option key={v} value={v}>
              {tStatus(v)}
            </option>
          ))}
        </SelectField>
        <ActorPicker
          id="follow-up-responsible"
          name="responsibleActorId"
          label={t("responsibleLabel")}
          hint={t("responsibleHint")}
          regionSlug={regionSlug}
          scope="region"
          initial={responsible}
          error={err("responsibleActorId")}
        />
      </div>
      <TextAreaField id="follow-up-actions" name="actionsTaken" label={t("actionsTakenLabel")} defaultValue={values.actionsTaken ?? ""} error={err("actionsTaken")} rows={5} />
      <TextAreaField
        id="follow-up-urls"
        name="evidenceUrls"
        label={t("evidenceUrlsLabel")}
        hint={t("evidenceUrlsHint")}
        defaultValue={values.evidenceUrls.join("\n")}
        error={err("evidenceUrls")}
        rows={4}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("saveSubmit")}
      </Button>
    </form>
  );
}
