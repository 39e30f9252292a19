import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { TextLink } from "@/components/ui/text-link";
import { NotFoundError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { getRegionRecommendation } from "@/lib/recommendations/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; recommendation: string }> };

export const generateMetadata = privatePageMetadata("recommendations", "editRecommendationMetaTitle");

export default async function EditRecommendationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, recommendation: recommendationId } = await params;
  // Only the region's own recommendations are edited: the study's A–G, like another region's
  // own, answer "not found".
  const { ctx, rec } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "recommendations.write");
    const rec = await getRegionRecommendation(ctx, recommendationId);
    if (rec.shared) throw new NotFoundError("recommendation");
    return { ctx, rec };
  });
  const t = await getTranslations("recommendations");
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/recommendations/${rec.id}`}>{t("backToRecommendation")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("editRecommendationHeading", { code: rec.code })}</h1>
        <p className="text-slate-700">{t("editRecommendationIntro")}</p>
      </div>
      <RecommendationForm
        regionSlug={ctx.regionSlug}
        recommendation={{ id: rec.id, version: rec.version, code: rec.code, titleEs: rec.titleEs, titleEn: rec.titleEn, bodyEs: rec.bodyEs, bodyEn: rec.bodyEn }}
      />
    </div>
  );
}
