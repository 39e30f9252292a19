import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { FollowUpForm } from "@/components/recommendations/follow-up-form";
import { StatusBadge } from "@/components/recommendations/status-badge";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { TextLink } from "@/components/ui/text-link";
import { actorOptionsByIds } from "@/lib/actors/options";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canWriteRecommendations, getRegionRecommendation } from "@/lib/recommendations/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; recommendation: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("recommendations", "detailMetaTitle");

export default async function RecommendationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, recommendation: recommendationId } = await params;
  // Another region's own recommendation is "not found", exactly like an id that never existed.
  const { ctx, rec } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, rec: await getRegionRecommendation(ctx, recommendationId) };
  });
  const writer = canWriteRecommendations(ctx);
  const f = rec.followUp;
  const [t, tStatus, format, { saved }, [responsible]] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations("enums.recommendationStatus"),
    getFormatter(),
    searchParams,
    // The current responsible institution, named even if it was archived since (a save keeps it).
    writer && f?.responsible ? actorOptionsByIds(ctx, [f.responsible.id]) : Promise.resolve([]),
  ]);
  const en = locale === "en";

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/recommendations`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">
          {rec.code}. {en ? rec.titleEn : rec.titleEs}
        </h1>
        <div role="status" aria-live="polite">
          {saved ? (
            <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">
              {t(saved === "recommendation" ? "recommendationSavedMessage" : "savedMessage")}
            </p>
          ) : null}
        </div>
        <p className="max-w-3xl whitespace-pre-line text-slate-800">{en ? rec.bodyEn : rec.bodyEs}</p>
        {writer && !rec.shared ? <TextLink href={`/r/${ctx.regionSlug}/recommendations/${rec.id}/edit`}>{t("editRecommendationLink")}</TextLink> : null}
      </div>

      <Card title={t("followUpHeading", { region: ctx.regionName })}>
        <dl className="space-y-3">
          <DetailRow label={t("statusLabel")}>
            <StatusBadge status={f?.status ?? null} label={f ? tStatus(f.status) : t("noData")} />
          </DetailRow>
          <DetailRow label={t("responsibleLabel")}>{f?.responsible ? <TextLink href={`/r/${ctx.regionSlug}/actors/${f.responsible.id}`}>{f.responsible.name}</TextLink> : null}</DetailRow>
          <DetailRow label={t("actionsTakenLabel")}>{f?.actionsTaken ? <span className="whitespace-pre-line">{f.actionsTaken}</span> : null}</DetailRow>
          <DetailRow label={t("evidenceUrlsLabel")}>
            {f?.evidenceUrls.length ? (
              <ul className="space-y-1">
                {f.evidenceUrls.map((url) => (
                  <li key={url}>
                    <a className="font-medium break-all text-teal-800 underline underline-offset-4" href={url} rel="noopener noreferrer nofollow">
                      {url}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </DetailRow>
          <DetailRow label={t("updatedLabel")}>{f ? format.dateTime(f.updatedAt, { dateStyle: "medium", timeStyle: "short" }) : null}</DetailRow>
        </dl>
      </Card>

      {writer ? (
        <Card title={t("editHeading")}>
          <FollowUpForm
            regionSlug={ctx.regionSlug}
            responsible={responsible ?? null}
            values={{
              recommendationId: rec.id,
              version: f?.version ?? 0,
              status: f?.status ?? null,
              actionsTaken: f?.actionsTaken ?? null,
              evidenceUrls: f?.evidenceUrls ?? [],
            }}
          />
        </Card>
      ) : null}
    </div>
  );
}
