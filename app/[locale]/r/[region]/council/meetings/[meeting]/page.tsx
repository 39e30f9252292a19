import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdoptAgreementForm } from "@/components/agreements/adopt-agreement-form";
import { AgreementsTable } from "@/components/agreements/agreements-table";
import { AttendanceForm } from "@/components/meetings/attendance-form";
import { AttendanceTable } from "@/components/meetings/attendance-table";
import { MeetingStatusForm } from "@/components/meetings/meeting-status-form";
import { MinutesForm } from "@/components/meetings/minutes-form";
import { QuorumSummary } from "@/components/meetings/quorum-summary";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { formatIsoDay } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canWriteCouncil, getAttendanceSheet, getMeeting, getMeetingQuorum } from "@/lib/meetings/data";
import { MEETING_TIME } from "@/lib/meetings/format";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; meeting: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("meetings", "detailMetaTitle");

export default async function MeetingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, meeting: meetingId } = await params;
  // Another region's meeting is "not found", exactly like an id that never existed.
  const { ctx, meeting } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, meeting: await getMeeting(ctx, meetingId) };
  });
  const writer = canWriteCouncil(ctx);
  const held = meeting.status === "HELD";
  const [t, tAgreements, tStatus, format, { saved }, sheet, quorum] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("agreements"),
    getTranslations("enums.meetingStatus"),
    getFormatter(),
    searchParams,
    held ? getAttendanceSheet(ctx, meeting) : Promise.resolve([]),
    held ? getMeetingQuorum(ctx, meeting) : Promise.resolve(null),
  ]);
  const base = `/r/${ctx.regionSlug}/council`;
  const councilName = meeting.council.acronym ? `${meeting.council.name} (${meeting.council.acronym})` : meeting.council.name;
  const dayText = format.dateTime(meeting.day, DATE);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`${base}/meetings`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{meeting.title}</h1>
        <div role="status" aria-live="polite">
          {saved ? (
            <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">
              {saved === "held" ? t("heldMessage") : saved === "cancelled" ? t("cancelledMessage") : t("savedMessage")}
            </p>
          ) : null}
        </div>
        {writer && meeting.status !== "CANCELLED" ? <LinkButton href={`${base}/meetings/${meeting.id}/edit`}>{t("editLink")}</LinkButton> : null}
      </div>

      <Card title={t("factsHeading")}>
        <dl className="space-y-3">
          <DetailRow label={t("fields.council")}>{councilName}</DetailRow>
          <DetailRow label={t("fields.scheduledAt")}>{format.dateTime(meeting.scheduledAt, MEETING_TIME)}</DetailRow>
          <DetailRow label={t("fields.location")}>{meeting.location}</DetailRow>
          <DetailRow label={t("fields.status")}>{tStatus(meeting.status)}</DetailRow>
        </dl>
      </Card>

      {writer && meeting.status === "PLANNED" ? (
        <Card title={t("statusHeading")}>
          <p className="mb-3 text-sm text-slate-700">{t("statusIntro")}</p>
          <div className="flex flex-wrap items-start gap-4">
            <MeetingStatusForm regionSlug={ctx.regionSlug} meetingId={meeting.id} version={meeting.version} to="HELD" />
            <MeetingStatusForm regionSlug={ctx.regionSlug} meetingId={meeting.id} version={meeting.version} to="CANCELLED" />
          </div>
        </Card>
      ) : null}

      <Card title={t("fields.agenda")}>
        <p className="whitespace-pre-line text-slate-800">{meeting.agenda}</p>
        {meeting.pendingAgreements ? (
          <section aria-labelledby="meeting-pending" className="mt-6 space-y-3">
            <h3 id="meeting-pending" className="text-base font-semibold text-slate-900">
              {t("pendingHeading")}
            </h3>
            <p className="text-sm text-slate-700">{t("pendingIntro")}</p>
            {meeting.pendingAgreements.length ? (
              <AgreementsTable rows={meeting.pendingAgreements} regionSlug={ctx.regionSlug} caption={t("pendingCaption", { count: meeting.pendingAgreements.length })} />
            ) : (
              <p className="text-slate-700">{t("noPending")}</p>
            )}
          </section>
        ) : null}
      </Card>

      <section aria-labelledby="meeting-attendance" className="space-y-3">
        <h2 id="meeting-attendance" className="text-xl font-semibold">
          {t("attendanceHeading")}
        </h2>
        {held && quorum ? (
          <>
            <QuorumSummary quorum={quorum} />
            {sheet.length === 0 ? (
              <p className="text-slate-700">{t("noSeats")}</p>
            ) : writer ? (
              <AttendanceForm
                regionSlug={ctx.regionSlug}
                meetingId={meeting.id}
                version={meeting.version}
                caption={t("attendanceCaption", { date: dayText })}
                seats={sheet.map(({ seat, choice }) => ({
                  seatId: seat.id,
                  institution: seat.actorAcronym ? `${seat.actorName} (${seat.actorAcronym})` : seat.actorName,
                  role: seat.role,
                  voting: seat.voting,
                  delegate: seat.delegate ? { name: seat.delegate.name, substituteName: seat.delegate.substituteName, hasSubstitute: seat.delegate.hasSubstitute } : null,
                  choice,
                }))}
              />
            ) : (
              <AttendanceTable rows={sheet} caption={t("attendanceCaption", { date: dayText })} />
            )}
          </>
        ) : (
          <p className="text-slate-700">{meeting.status === "CANCELLED" ? t("attendanceCancelled") : t("attendanceNotHeld")}</p>
        )}
      </section>

      {held ? (
        <Card title={t("fields.minutes")}>
          {writer ? (
            <MinutesForm key={meeting.version} regionSlug={ctx.regionSlug} meetingId={meeting.id} version={meeting.version} minutes={meeting.minutes} />
          ) : (
            <p className="whitespace-pre-line text-slate-800">{meeting.minutes ?? t("noMinutes")}</p>
          )}
        </Card>
      ) : null}

      <section aria-labelledby="meeting-agreements" className="space-y-3">
        <h2 id="meeting-agreements" className="text-xl font-semibold">
          {t("adoptedHeading")}
        </h2>
        {meeting.agreements.length ? (
          <AgreementsTable rows={meeting.agreements} regionSlug={ctx.regionSlug} caption={t("adoptedCaption", { title: meeting.title })} />
        ) : (
          <p className="text-slate-700">{t("noAdopted")}</p>
        )}
        {writer && held ? (
          <Card title={tAgreements("adoptHeading")}>
            {quorum?.reached ? (
              <AdoptAgreementForm regionSlug={ctx.regionSlug} meetingId={meeting.id} meetingDay={formatIsoDay(meeting.day)} />
            ) : (
              <p className="text-slate-700">{tAgreements("adoptNeedsQuorum")}</p>
            )}
          </Card>
        ) : null}
      </section>
    </div>
  );
}
