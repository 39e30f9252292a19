import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ObjectiveForm } from "@/components/plans/objective-form";
import { PlansHeader } from "@/components/plans/page-header";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { getPlanRecord, listPriorityAreas } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("createObjectiveHeading"), robots: { index: false } };
}

export default async function NewObjectivePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId } = await params;
  const { ctx, plan } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "plans.write");
    return { ctx, plan: await getPlanRecord(ctx, planId) };
  });
  const [t, areas] = await Promise.all([getTranslations("plans"), listPriorityAreas(ctx)]);
  return (
    <div className="space-y-8">
      <PlansHeader back={`/r/${ctx.regionSlug}/plans/${plan.id}`} backLabel={t("backToPlan")} regionName={ctx.regionName} heading={t("createObjectiveHeading")} />
      <Card>
        <ObjectiveForm regionSlug={ctx.regionSlug} planId={plan.id} objective={null} areas={areas} />
      </Card>
    </div>
  );
}
