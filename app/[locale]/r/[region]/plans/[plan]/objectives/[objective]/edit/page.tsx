import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteForm } from "@/components/plans/delete-form";
import { ObjectiveForm } from "@/components/plans/objective-form";
import { PlansHeader } from "@/components/plans/page-header";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { getObjective, listPriorityAreas } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; plan: string; objective: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("editObjectiveMetaTitle"), robots: { index: false } };
}

export default async function EditObjectivePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId, objective: objectiveId } = await params;
  const { ctx, objective } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "plans.write");
    return { ctx, objective: await getObjective(ctx, planId, objectiveId) };
  });
  const [t, areas] = await Promise.all([getTranslations("plans"), listPriorityAreas(ctx)]);
  return (
    <div className="space-y-8">
      <PlansHeader
        back={`/r/${ctx.regionSlug}/plans/${objective.planId}`}
        backLabel={t("backToPlan")}
        regionName={ctx.regionName}
        heading={t("editObjectiveHeading", { code: objective.code })}
      />
      <Card>
        <ObjectiveForm key={objective.version} regionSlug={ctx.regionSlug} planId={objective.planId} objective={objective} areas={areas} />
      </Card>
      <Card title={t("deleteHeading.objective")}>
        <DeleteForm regionSlug={ctx.regionSlug} kind="objective" id={objective.id} version={objective.version} />
      </Card>
    </div>
  );
}
