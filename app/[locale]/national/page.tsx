import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { Await } from "@/components/dashboards/await";
import { CompareRegions, ComparisonTable, CoverageTable, MetricForm, StaleRegionsNote } from "@/components/dashboards/national-panels";
import { Section } from "@/components/dashboards/section";
import { PanelSkeleton } from "@/components/dashboards/skeleton";
import { TileMap } from "@/components/dashboards/tile-map";
import { TextLink } from "@/components/ui/text-link";
import { regionFreshness } from "@/lib/dashboards/data";
import { mergeComparisons, sortNationalRows } from "@/lib/dashboards/national";
import { COMPARISON_METRICS, currentYear, parseNationalQuery } from "@/lib/dashboards/query";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { nationalComparisons } from "@/lib/metrics";
import { listRegionSummaries } from "@/lib/regions/data";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("dashboards.national", "metaTitle");

/**
 * Every region side by side, for the Multisectoral Working Group (national.read). The metrics
 * shown come from one read of the metrics cache, merged into one row per region; coverage counts
 * and freshness come from two grouped queries.
 */
export default async function NationalDashboardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await pageGate(locale, () => gateUser("national.read"));
  const query = parseNationalQuery(await searchParams);
  const year = query.year ?? currentYear();

  // Every metric the page shows, from one read of the metrics cache.
  const comparisons = nationalComparisons([...new Set([query.metric, ...COMPARISON_METRICS])], year);
  const selected = comparisons.then((byMetric) => byMetric.get(query.metric)!);
  const merged = comparisons.then(mergeComparisons);
  const coverage = Promise.all([listRegionSummaries(locale), regionFreshness()]);
  const t = await getTranslations("dashboards.national");
  const loading = (await getTranslations("dashboards.common"))("loading");

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{t("eyebrow")}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        <TextLink href="/national/recommendations">{t("recommendationsLink")}</TextLink>
      </div>

      <MetricForm query={query} year={year} />

      <Suspense fallback={null}>
        <Await promise={selected}>{(rows) => <StaleRegionsNote rows={rows} metric={query.metric} year={year} />}</Await>
      </Suspense>

      <Section id="map" title={t("mapHeading", { year })}>
        <Suspense fallback={<PanelSkeleton label={loading} height="h-96" />}>
          <Await promise={selected}>{(rows) => <TileMap rows={rows} metric={query.metric} year={year} />}</Await>
        </Suspense>
      </Section>

      <Section id="comparison" title={t("tableHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} height="h-96" />}>
          <Await promise={merged}>
            {(rows) => <ComparisonTable rows={sortNationalRows(rows, query.sort, query.dir, locale)} query={query} year={year} />}
          </Await>
        </Suspense>
      </Section>

      <Section id="compare" title={t("compareHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} />}>
          <Await promise={merged}>{(rows) => <CompareRegions rows={rows} query={query} year={year} />}</Await>
        </Suspense>
      </Section>

      <Section id="coverage" title={t("coverageHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} />}>
          <Await promise={coverage}>{([summaries, freshness]) => <CoverageTable summaries={summaries} freshness={freshness} />}</Await>
        </Suspense>
      </Section>
    </div>
  );
}
