import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { listCouncilOptions } from "@/lib/meetings/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export const generateMetadata = privatePageMetadata("meetings", "newMetaTitle");

export default async function NewMeetingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "council.write"));
  const [t, councils] = await Promise.all([getTranslations("meetings"), listCouncilOptions(ctx)]);
  // Without a council there is nothing to schedule a meeting of.
  if (councils.length === 0) notFound();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/council/meetings`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("newHeading")}</h1>
      </div>
      <Card title={t("formHeading")}>
        <MeetingForm
          regionSlug={ctx.regionSlug}
          meeting={null}
          councils={councils.map((c) => ({ id: c.id, label: c.acronym ? `${c.name} (${c.acronym})` : c.name }))}
        />
      </Card>
    </div>
  );
}
