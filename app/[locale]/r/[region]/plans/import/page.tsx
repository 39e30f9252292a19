import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlansHeader } from "@/components/plans/page-header";
import { ImportPanel } from "@/components/spreadsheets/import-panel";
import { resolveLocale } from "@/lib/i18n/locale";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("importMetaTitle"), robots: { index: false } };
}

export default async function MeasurementImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "plans.write"));
  const [{ job }, t] = await Promise.all([searchParams, getTranslations("plans")]);
  return (
    <div className="space-y-8">
      <PlansHeader back={`/r/${ctx.regionSlug}/plans`} backLabel={t("backToList")} regionName={ctx.regionName} heading={t("importHeading")}>
        <p className="max-w-3xl text-slate-700">{t("importIntro")}</p>
      </PlansHeader>
      <ImportPanel ctx={ctx} locale={locale} kind="measurements" jobId={typeof job === "string" ? job : undefined} />
    </div>
  );
}
