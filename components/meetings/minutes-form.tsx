"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { saveMinutesAction } from "@/lib/meetings/actions";
import { TextAreaField } from "@/components/ui/field";
import { ConflictPanel } from "@/components/ui/conflict-panel";

/** The minutes of a held meeting; a save that lost to someone else's shows their text. */
export function MinutesForm({ regionSlug, meetingId, version, minutes }: { regionSlug: string; meetingId: string; version: number; minutes: string | null }) {
  const t = useTranslations("meetings");
  const locale = useLocale();
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(saveMinutesAction, regionSlug));
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="minutes-form" />
      {conflict ? (
        <ConflictPanel
          id="minutes-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={[{ label: t("fields.minutes"), value: String(conflict.minutes ?? "") }]}
          reloadHref={`/${locale}/r/${regionSlug}/council/meetings/${meetingId}`}
          reloadLabel={t("conflictReload")}
        />
      ) : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id="meeting-minutes" name="minutes" label={t("fields.minutes")} defaultValue={minutes ?? ""} rows={8} maxLength={50_000} error={fieldError(state, "minutes")} />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("minutesSubmit")}
      </Button>
    </form>
  );
}
