import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { IndicatorFigure } from "@/components/plans/figures";
import { MeasurementForm } from "@/components/plans/measurement-form";
import { PlansHeader } from "@/components/plans/page-header";
import { StatusBadge } from "@/components/plans/status-badge";
import { StatusReason } from "@/components/plans/status-reason";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { canWritePlans, getIndicator } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; plan: string; indicator: string }>;
  searchParams: Promise<{ saved?: string | string[]; deleted?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("indicatorMetaTitle"), robots: { index: false } };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId, indicator: indicatorId } = await params;
  const { ctx, indicator } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, indicator: await getIndicator(ctx, planId, indicatorId) };
  });
  const [t, tEnums, format, { saved, deleted }] = await Promise.all([getTranslations("plans"), getTranslations("enums"), getFormatter(), searchParams]);
  const base = `/r/${ctx.regionSlug}/plans/${indicator.planId}`;
  const writer = canWritePlans(ctx);
  const n = (v: { toString(): string } | null) => (v === null ? "—" : format.number(Number(v.toString()), { maximumFractionDigits: 4 }));
  const facts: [string, string][] = [
    [t("fields.objective"), `${indicator.objective.code} — ${indicator.objective.title}`],
    [t("fields.unit"), indicator.unit],
    [t("baselineColumn"), indicator.baselineYear === null ? "—" : `${n(indicator.baselineValue)} (${indicator.baselineYear})`],
    [t("targetColumn"), indicator.targetYear === null ? "—" : `${n(indicator.targetValue)} (${indicator.targetYear})`],
    [t("fields.direction"), tEnums(`indicatorDirection.${indicator.direction}`)],
    [t("fields.frequency"), tEnums(`measurementFrequency.${indicator.frequency}`)],
    [t("fields.source"), indicator.source ?? "—"],
    [t("latestColumn"), indicator.latest ? `${n(indicator.latest.value)} (${format.dateTime(indicator.latest.measuredOn, DATE)})` : "—"],
  ];

  return (
    <div className="space-y-8">
      <PlansHeader
        back={base}
        backLabel={t("backToPlan")}
        regionName={ctx.regionName}
        heading={`${indicator.code} — ${indicator.name}`}
        notice={saved ? t("savedMessage") : deleted ? t("measurementDeleted") : null}
      >
        {writer ? <LinkButton href={`${base}/indicators/${indicator.id}/edit`}>{t("editIndicatorLink")}</LinkButton> : null}
      </PlansHeader>

      <Card title={t("indicatorStatusHeading")}>
        <p className="flex flex-wrap items-center gap-2" data-testid="indicator-status">
          <StatusBadge status={indicator.result.status} />
          <StatusReason result={indicator.result} />
        </p>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-semibold text-slate-900">{label}</dt>
              <dd className="text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      {writer ? (
        <Card title={t("addMeasurementHeading")}>
          <MeasurementForm regionSlug={ctx.regionSlug} indicatorId={indicator.id} unit={indicator.unit} />
        </Card>
      ) : null}

      <Card>
        <IndicatorFigure
          indicator={indicator}
          actions={
            writer
              ? (m) => (
                  // Correcting and deleting both happen on the measurement's own page.
                  <TextLink
                    href={`${base}/indicators/${indicator.id}/measurements/${m.id}/edit`}
                    aria-label={t("editMeasurementLabel", { date: format.dateTime(m.measuredOn, DATE) })}
                  >
                    {t("editMeasurementSubmit")}
                  </TextLink>
                )
              : undefined
          }
        />
      </Card>
    </div>
  );
}
