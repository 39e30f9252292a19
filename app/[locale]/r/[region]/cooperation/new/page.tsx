import { getTranslations, setRequestLocale } from "next-intl/server";
import { EvidenceForm } from "@/components/cooperation/evidence-form";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export const generateMetadata = privatePageMetadata("cooperation", "newMetaTitle");

export default async function NewEvidencePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "cooperation.write"));
  const t = await getTranslations("cooperation");
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/cooperation`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("newHeading")}</h1>
      </div>
      <EvidenceForm regionSlug={ctx.regionSlug} evidence={null} knownActors={[]} />
    </div>
  );
}
