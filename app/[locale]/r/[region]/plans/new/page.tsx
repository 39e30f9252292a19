import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlansHeader } from "@/components/plans/page-header";
import { PlanForm } from "@/components/plans/plan-form";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("createPlanHeading"), robots: { index: false } };
}

export default async function NewPlanPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "plans.write"));
  const t = await getTranslations("plans");
  return (
    <div className="space-y-8">
      <PlansHeader back={`/r/${ctx.regionSlug}/plans`} backLabel={t("backToList")} regionName={ctx.regionName} heading={t("createPlanHeading")} />
      <Card>
        <PlanForm regionSlug={ctx.regionSlug} plan={null} />
      </Card>
    </div>
  );
}
