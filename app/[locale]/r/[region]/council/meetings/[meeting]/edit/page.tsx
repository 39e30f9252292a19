import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { getMeetingForEdit } from "@/lib/meetings/data";
import { formatLimaDateTime } from "@/lib/meetings/schema";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; meeting: string }> };

export const generateMetadata = privatePageMetadata("meetings", "editMetaTitle");

export default async function EditMeetingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, meeting: meetingId } = await params;
  // Another region's meeting, a cancelled one, or a caller who may not write → not found.
  const { ctx, meeting } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "council.write");
    return { ctx, meeting: await getMeetingForEdit(ctx, meetingId) };
  });
  const t = await getTranslations("meetings");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/council/meetings/${meeting.id}`}>{t("backToMeeting")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("editHeading", { title: meeting.title })}</h1>
      </div>
      <Card title={t("formHeading")}>
        <MeetingForm
          key={meeting.version}
          regionSlug={ctx.regionSlug}
          councils={[]}
          meeting={{
            id: meeting.id,
            version: meeting.version,
            title: meeting.title,
            scheduledAt: formatLimaDateTime(meeting.scheduledAt),
            location: meeting.location,
            agenda: meeting.agenda,
            status: meeting.status,
          }}
        />
      </Card>
    </div>
  );
}
