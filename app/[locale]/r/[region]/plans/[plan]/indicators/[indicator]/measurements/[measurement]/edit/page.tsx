import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteForm } from "@/components/plans/delete-form";
import { MeasurementForm } from "@/components/plans/measurement-form";
import { PlansHeader } from "@/components/plans/page-header";
import { Card } from "@/components/ui/card";
import { formatIsoDay } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getMeasurement } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; plan: string; indicator: string; measurement: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("editMeasurementMetaTitle"), robots: { index: false } };
}

/** Corrects or deletes one measurement of an indicator (plans.write); the indicator's page lists them. */
export default async function EditMeasurementPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId, indicator: indicatorId, measurement: measurementId } = await params;
  const { ctx, measurement } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "plans.write");
    return { ctx, measurement: await getMeasurement(ctx, planId, indicatorId, measurementId) };
  });
  const [t, format] = await Promise.all([getTranslations("plans"), getFormatter()]);
  const { indicator } = measurement;
  const indicatorHref = `/r/${ctx.regionSlug}/plans/${indicator.planId}/indicators/${indicator.id}`;
  // Only what the form shows crosses to the client; the date as the form's YYYY-MM-DD.
  const values = {
    id: measurement.id,
    version: measurement.version,
    measuredOn: formatIsoDay(measurement.measuredOn),
    value: measurement.value,
    source: measurement.source,
    note: measurement.note,
  };
  return (
    <div className="space-y-8">
      <PlansHeader
        back={indicatorHref}
        backLabel={t("backToIndicator")}
        regionName={ctx.regionName}
        heading={t("editMeasurementHeading", { date: format.dateTime(measurement.measuredOn, DATE) })}
      />
      <Card>
        <p className="mb-4 text-slate-700">{t("editMeasurementIntro", { code: indicator.code, name: indicator.name })}</p>
        <MeasurementForm
          key={measurement.version}
          regionSlug={ctx.regionSlug}
          indicatorId={indicator.id}
          unit={indicator.unit}
          measurement={values}
          editHref={`${indicatorHref}/measurements/${measurement.id}/edit`}
        />
      </Card>
      <Card title={t("deleteHeading.measurement")}>
        <DeleteForm key={measurement.version} regionSlug={ctx.regionSlug} kind="measurement" id={measurement.id} version={measurement.version} />
      </Card>
    </div>
  );
}
