"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { SeatRole } from "@/lib/generated/prisma/enums";
import { saveAttendanceAction } from "@/lib/meetings/actions";
import type { AttendanceChoice } from "@/lib/meetings/schema";

export interface AttendanceFormSeat {
  seatId: string;
  institution: string;
  role: SeatRole;
  voting: boolean;
  /** Null: vacant. Names are null for callers who may not read them. */
  delegate: { name: string | null; substituteName: string | null; hasSubstitute: boolean } | null;
  choice: AttendanceChoice | null;
}

/**
 * Attendance by seat: one labelled select per seat active on the meeting day, all posted
 * together and saved in one transaction. A select is keyboard-usable and reads as "Asistencia de
 * <institución>"; only the choices the seat allows are offered (a vacant seat has no delegate).
 * A save that lost to someone else's shows the attendance as it is saved now, seat by seat, beside
 * the selects that still hold the user's choices.
 */
export function AttendanceForm({
  regionSlug,
  meetingId,
  version,
  seats,
  caption,
}: {
  regionSlug: string;
  meetingId: string;
  version: number;
  seats: AttendanceFormSeat[];
  caption: string;
}) {
  const t = useTranslations("meetings");
  const tRole = useTranslations("enums.seatRole");
  const locale = useLocale();
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(saveAttendanceAction, regionSlug));
  const seatError = fieldError(state, "seat");
  const conflict = state.status === "error" && state.code === "conflict";
  // The attendance as saved now, by seat (lib/meetings/data.ts, currentMeetingValues); none when the meeting is gone.
  const saved = conflict ? (state.current?.attendance as Record<string, AttendanceChoice> | undefined) : undefined;
  const delegateLabel = (s: AttendanceFormSeat) => (s.delegate?.name ? t("choiceDelegateNamed", { name: s.delegate.name }) : t("choiceDelegate"));
  const substituteLabel = (s: AttendanceFormSeat) =>
    s.delegate?.substituteName ? t("choiceSubstituteNamed", { name: s.delegate.substituteName }) : t("choiceSubstitute");
  const choiceLabel = (s: AttendanceFormSeat, choice: AttendanceChoice) =>
    choice === "delegate" ? delegateLabel(s) : choice === "substitute" ? substituteLabel(s) : choice === "present" ? t("choicePresent") : t("choiceAbsent");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id="attendance-form" />
      {conflict ? (
        <ConflictPanel
          id="attendance-conflict"
          heading={t("attendanceConflictHeading")}
          intro={t("attendanceConflictIntro")}
          // A seat without a saved row was not recorded: absent, as the quorum counts it.
          rows={saved ? seats.map((s) => ({ label: s.institution, value: choiceLabel(s, saved[s.seatId] ?? "absent") })) : []}
          reloadHref={`/${locale}/r/${regionSlug}/council/meetings/${meetingId}`}
          reloadLabel={t("conflictReload")}
        />
      ) : null}
      {seatError ? (
        <p id="attendance-seat-error" className="text-sm font-medium text-red-800">
          {seatError}
        </p>
      ) : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <Table caption={caption}>
        <THead>
          <Tr>
            <Th scope="col">{t("colInstitution")}</Th>
            <Th scope="col">{t("colRole")}</Th>
            <Th scope="col">{t("colVoting")}</Th>
            <Th scope="col">{t("colAttendance")}</Th>
          </Tr>
        </THead>
        <TBody>
          {seats.map((s) => {
            const id = `attendance-${s.seatId}`;
            return (
              <Tr key={s.seatId}>
                <Th scope="row">{s.institution}</Th>
                <Td>{tRole(s.role)}</Td>
                <Td>{s.voting ? t("yes") : t("no")}</Td>
                <Td>
                  <label htmlFor={id} className="sr-only">
                    {t("seatLabel", { institution: s.institution })}
                  </label>
                  <select
                    id={id}
                    name="seat"
                    defaultValue={`${s.seatId}:${s.choice ?? "absent"}`}
                    aria-describedby={seatError ? "attendance-seat-error" : undefined}
                    className="rounded-md border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900"
                  >
                    <option value={`${s.seatId}:absent`}>{t("choiceAbsent")}</option>
                    {s.delegate ? <option value={`${s.seatId}:delegate`}>{delegateLabel(s)}</option> : null}
                    {s.delegate?.hasSubstitute ? <option value={`${s.seatId}:substitute`}>{substituteLabel(s)}</option> : null}
                    <option value={`${s.seatId}:present`}>{t("choicePresent")}</option>
                  </select>
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("attendanceSubmit")}
      </Button>
    </form>
  );
}
