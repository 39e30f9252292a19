import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IndicatorForm } from "@/components/plans/indicator-form";
import { PlansHeader } from "@/components/plans/page-header";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { getPlanRecord, listObjectiveOptions } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; plan: string }>;
  searchParams: Promise<{ objective?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("createIndicatorHeading"), robots: { index: false } };
}

export default async function NewIndicatorPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId } = await params;
  const { ctx, plan } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "plans.write");
    return { ctx, plan: await getPlanRecord(ctx, planId) };
  });
  const [t, objectives, { objective }] = await Promise.all([getTranslations("plans"), listObjectiveOptions(ctx, plan.id), searchParams]);
  // Only one of the plan's objectives may be chosen beforehand; anything else is ignored.
  const chosen = objectives.find((o) => o.id === objective)?.id;
  return (
    <div className="space-y-8">
      <PlansHeader back={`/r/${ctx.regionSlug}/plans/${plan.id}`} backLabel={t("backToPlan")} regionName={ctx.regionName} heading={t("createIndicatorHeading")} />
      <Card>
        {objectives.length === 0 ? (
          <p className="text-slate-700">{t("noObjectivesForIndicator")}</p>
        ) : (
          <IndicatorForm regionSlug={ctx.regionSlug} planId={plan.id} indicator={null} objectives={objectives} objectiveId={chosen} />
        )}
      </Card>
    </div>
  );
}
