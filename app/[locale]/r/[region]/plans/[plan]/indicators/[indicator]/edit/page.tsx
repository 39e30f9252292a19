import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteForm } from "@/components/plans/delete-form";
import { IndicatorForm } from "@/components/plans/indicator-form";
import { PlansHeader } from "@/components/plans/page-header";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { getIndicator, listObjectiveOptions } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; plan: string; indicator: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("editIndicatorMetaTitle"), robots: { index: false } };
}

export default async function EditIndicatorPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId, indicator: indicatorId } = await params;
  const { ctx, indicator } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "plans.write");
    return { ctx, indicator: await getIndicator(ctx, planId, indicatorId) };
  });
  const [t, objectives] = await Promise.all([getTranslations("plans"), listObjectiveOptions(ctx, indicator.planId)]);
  // Only what the form shows crosses to the client; decimals as the text they are.
  const { id, version, objectiveId, code, name, unit, baselineYear, targetYear, direction, frequency, source } = indicator;
  const values = {
    ...{ id, version, objectiveId, code, name, unit, baselineYear, targetYear, direction, frequency, source },
    baselineValue: indicator.baselineValue?.toString() ?? null,
    targetValue: indicator.targetValue?.toString() ?? null,
  };
  return (
    <div className="space-y-8">
      <PlansHeader
        back={`/r/${ctx.regionSlug}/plans/${indicator.planId}/indicators/${indicator.id}`}
        backLabel={t("backToIndicator")}
        regionName={ctx.regionName}
        heading={t("editIndicatorHeading", { code: indicator.code })}
      />
      <Card>
        <IndicatorForm key={indicator.version} regionSlug={ctx.regionSlug} planId={indicator.planId} indicator={values} objectives={objectives} />
      </Card>
      <Card title={t("deleteHeading.indicator")}>
        <DeleteForm regionSlug={ctx.regionSlug} kind="indicator" id={indicator.id} version={indicator.version} />
      </Card>
    </div>
  );
}
