"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { ConfirmBox } from "@/components/ui/confirm-box";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { cancelMeetingAction, markMeetingHeldAction } from "@/lib/meetings/actions";

/**
 * One button that moves a planned meeting on: "mark held" or "cancel". Cancelling cannot be undone,
 * so it also asks for a ticked box. If someone else changed the meeting first, it shows the
 * meeting's status as saved now and a link that reloads the page.
 */
export function MeetingStatusForm({ regionSlug, meetingId, version, to }: { regionSlug: string; meetingId: string; version: number; to: "HELD" | "CANCELLED" }) {
  const t = useTranslations("meetings");
  const tStatus = useTranslations("enums.meetingStatus");
  const locale = useLocale();
  const action = to === "HELD" ? markMeetingHeldAction : cancelMeetingAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const id = to === "HELD" ? "meeting-held" : "meeting-cancel";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-2" aria-busy={pending || undefined}>
      <FormStatus state={state} id={id} />
      {state.status === "error" && state.code === "conflict" ? (
        <ConflictPanel
          id={`${id}-conflict`}
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={state.current ? [{ label: t("fields.status"), value: tStatus(state.current.status as MeetingStatus) }] : []}
          reloadHref={`/${locale}/r/${regionSlug}/council/meetings/${meetingId}`}
          reloadLabel={t("conflictReload")}
        />
      ) : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {to === "CANCELLED" ? <ConfirmBox id={`${id}-confirm`} label={t("cancelConfirm")} error={fieldError(state, "confirm")} /> : null}
      <Button type="submit" variant={to === "HELD" ? "primary" : "secondary"} disabled={pending} aria-disabled={pending || undefined}>
        {to === "HELD" ? t("markHeldSubmit") : t("cancelSubmit")}
      </Button>
    </form>
  );
}
