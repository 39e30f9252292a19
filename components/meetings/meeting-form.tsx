"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { ConflictPanel } from "@/components/ui/conflict-panel";

export interface MeetingFormValues {
  id: string;
  version: number;
  title: string;
  /** datetime-local value, Lima time. */
  scheduledAt: string;
  location: string | null;
  agenda: string;
  status: MeetingStatus;
}

const CONFLICT_FIELDS = ["title", "scheduledAt", "location", "agenda", "status", "minutes"] as const;

/** Schedule a meeting (with a council choice when the region has several) or edit one. */
export function MeetingForm({
  regionSlug,
  meeting,
  councils,
}: {
  regionSlug: string;
  meeting: MeetingFormValues | null;
  councils: { id: string; label: string }[];
}) {
  const t = useTranslations("meetings");
  const tStatus = useTranslations("enums.meetingStatus");
  const locale = useLocale();
  const action = meeting ? updateMeetingAction : createMeetingAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const err = (field: string) => fieldError(state, field);
  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown) =>
    value === null || value === undefined ? "" : key === "status" ? tStatus(value as MeetingStatus) : String(value);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="meeting-form" />
      {conflict && meeting ? (
        <ConflictPanel
          id="meeting-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) }))}
          reloadHref={`/${locale}/r/${regionSlug}/council/meetings/${meeting.id}/edit`}
          reloadLabel={t("conflictReload")}
        />
      ) : null}

      {meeting ? (
        <>
          <input type="hidden" name="meetingId" value={meeting.id} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : councils.length === 1 ? (
        <input type="hidden" name="councilId" value={councils[0]!.id} />
      ) : (
        <SelectField id="meeting-council" name="councilId" label={t("fields.council")} defaultValue={councils[0]?.id} required error={err("councilId")}>
          {councils.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="meeting-title" name="title" label={t("fields.title")} defaultValue={meeting?.title ?? ""} required aria-required="true" maxLength={200} error={err("title")} />
        <Field
          id="meeting-scheduled-at"
          name="scheduledAt"
          type="datetime-local"
          label={t("fields.scheduledAt")}
          hint={meeting?.status === "HELD" ? t("heldDateHint") : t("scheduledAtHint")}
          defaultValue={meeting?.scheduledAt ?? ""}
          readOnly={meeting?.status === "HELD"}
          required
          aria-required="true"
          error={err("scheduledAt")}
        />
        <Field id="meeting-location" name="location" label={t("fields.location")} defaultValue={meeting?.location ?? ""} maxLength={200} error={err("location")} />
      </div>
      <TextAreaField
        id="meeting-agenda"
        name="agenda"
        label={t("fields.agenda")}
        hint={t("agendaHint")}
        defaultValue={meeting?.agenda ?? ""}
        rows={6}
        maxLength={10_000}
        required
        error={err("agenda")}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : meeting ? t("saveSubmit") : t("createSubmit")}
      </Button>
    </form>
  );
}
