import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteForm } from "@/components/plans/delete-form";
import { PlansHeader } from "@/components/plans/page-header";
import { PlanForm } from "@/components/plans/plan-form";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { getPlanRecord } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("editPlanMetaTitle"), robots: { index: false } };
}

export default async function EditPlanPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId } = await params;
  const { ctx, plan } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "plans.write");
    return { ctx, plan: await getPlanRecord(ctx, planId) };
  });
  const t = await getTranslations("plans");
  return (
    <div className="space-y-8">
      <PlansHeader back={`/r/${ctx.regionSlug}/plans/${plan.id}`} backLabel={t("backToPlan")} regionName={ctx.regionName} heading={t("editPlanHeading", { title: plan.title })} />
      <Card>
        <PlanForm key={plan.version} regionSlug={ctx.regionSlug} plan={plan} />
      </Card>
      <Card title={t("deleteHeading.plan")}>
        <DeleteForm regionSlug={ctx.regionSlug} kind="plan" id={plan.id} version={plan.version} />
      </Card>
    </div>
  );
}
