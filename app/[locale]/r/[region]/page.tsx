import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RegionFacts } from "@/components/regions/region-facts";
import {
  ActorsByHelixTable,
  EvidenceByYearTable,
  FundingBySourceTable,
  ProjectsByStatusTable,
} from "@/components/regions/overview-tables";
import { CouncilSummary, PlanList, RecentAgreements, RecentProjects } from "@/components/regions/overview-lists";
import { Card, Stat, StatList } from "@/components/ui/card";
import { getRegionBySlug, getRegionOverview } from "@/lib/regions/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { region: slug }] = await Promise.all([resolveLocale(params), params]);
  const region = await getRegionBySlug(slug);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "region" });
  return { title: t("metaTitle", { region: region.name }) };
}

export default async function RegionOverviewPage({ params }: Props) {
  const [locale, { region: slug }] = await Promise.all([resolveLocale(params), params]);
  setRequestLocale(locale);
  const ctx = await pageGate(locale, () => gateRegionFor(slug, "region.read"));
  const region = await getRegionBySlug(ctx.regionSlug);
  if (!region) notFound();

  const [t, tCommon, format, overview] = await Promise.all([
    getTranslations("region"),
    getTranslations("common"),
    getFormatter(),
    getRegionOverview(region.id),
  ]);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{t("eyebrow")}</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{region.name}</h1>
      </div>

      <RegionFacts region={region} />

      {!overview.hasData ? (
        <p className="rounded-lg border border-slate-300 bg-white p-5 text-slate-800">{t("noDataNotice")}</p>
      ) : (
        <>
          <section aria-labelledby="headline-heading" className="space-y-3">
            <h2 id="headline-heading" className="text-xl font-semibold">
              {t("headlineHeading")}
            </h2>
            <StatList>
              <Stat label={t("statActors")} value={format.number(overview.actorTotal)} />
              <Stat label={t("statProjects")} value={format.number(overview.projectTotal)} />
              <Stat label={t("statEvidence")} value={format.number(overview.evidenceTotal)} />
              <Stat
                label={t("statSeats")}
                value={overview.council ? format.number(overview.council.activeSeats) : tCommon("none")}
              />
            </StatList>
          </section>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("actorsHeading")}>
              <ActorsByHelixTable regionName={region.name} rows={overview.actorsByHelix} total={overview.actorTotal} />
            </Card>
            <Card title={t("projectsHeading")}>
              <ProjectsByStatusTable
                regionName={region.name}
                rows={overview.projectsByStatus}
                total={overview.projectTotal}
              />
            </Card>
          </div>

          <Card title={t("fundingHeading")}>
            <FundingBySourceTable
              regionName={region.name}
              rows={overview.fundingBySource}
              totals={overview.fundingTotals}
              otherCurrencyLines={overview.otherCurrencyLines}
            />
          </Card>

          <Card title={t("evidenceHeading")}>
            <EvidenceByYearTable
              regionName={region.name}
              rows={overview.evidenceByYear}
              years={overview.evidenceYears}
            />
          </Card>

          <section aria-labelledby="governance-heading" className="space-y-3">
            <h2 id="governance-heading" className="text-xl font-semibold">
              {t("governanceHeading")}
            </h2>
            <div className="grid gap-6 lg:grid-cols-2">
              <Card title={t("councilHeading")} headingLevel={3}>
                <CouncilSummary council={overview.council} />
              </Card>
              <Card title={t("planHeading")} headingLevel={3}>
                <PlanList plans={overview.plans} />
              </Card>
            </div>
          </section>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("recentProjectsHeading")}>
              <RecentProjects projects={overview.recentProjects} />
            </Card>
            <Card title={t("recentAgreementsHeading")}>
              <RecentAgreements agreements={overview.recentAgreements} />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
