import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { Await } from "@/components/dashboards/await";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { CouncilPanels, PlanPanel } from "@/components/dashboards/governance-panels";
import { HeadlineFigures } from "@/components/dashboards/headline-figures";
import { HelixMatrix } from "@/components/dashboards/helix-matrix";
import { NetworkPanel } from "@/components/dashboards/network-panel";
import { ProjectsByAreaChart, ProjectsByFundingChart } from "@/components/dashboards/projects-panels";
import { Section } from "@/components/dashboards/section";
import { PanelSkeleton } from "@/components/dashboards/skeleton";
import { RegionStaleNote } from "@/components/dashboards/region-stale-note";
import { TrendsPanel } from "@/components/dashboards/trends-panel";
import { LinkButton } from "@/components/ui/link-button";
import {
  cachedRegionMetrics,
  councilActivity,
  planMonitoring,
  projectsByPriorityArea,
} from "@/lib/dashboards/data";
import { parseRegionDashboardQuery, resolveYear, type RegionDashboardQuery } from "@/lib/dashboards/query";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import type { RegionYearMetrics } from "@/lib/metrics";
import { fundingBySource } from "@/lib/regions/data";
import { gateRegionFor, pageGate, type RegionContext } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("dashboards.region", "metaTitle");

// Every query starts as soon as the gate has passed, all in parallel; each panel then waits only
// for its own figures under its own Suspense boundary. The network, whose size grows with the
// region's data, is not in this response at all: the browser fetches it from the network API.
export default async function RegionDashboardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  const query = parseRegionDashboardQuery(await searchParams);

  const metrics = cachedRegionMetrics(ctx.regionId);
  const areas = projectsByPriorityArea(ctx);
  const funding = fundingBySource(ctx.regionId);
  const council = councilActivity(ctx);
  const plans = planMonitoring(ctx);
  const [t, tCommon] = await Promise.all([getTranslations("dashboards.region"), getTranslations("dashboards.common")]);
  const loading = tCommon("loading");
  const names = { regionName: ctx.regionName, regionSlug: ctx.regionSlug };

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        <LinkButton variant="secondary" href={`/r/${ctx.regionSlug}/report`}>
          {t("reportLink")}
        </LinkButton>
      </div>

      <Suspense fallback={<PanelSkeleton label={loading} height="h-16" />}>
        <Filters metrics={metrics} query={query} />
      </Suspense>

      <Section id="headline" title={t("headlineHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} height="h-32" />}>
          <Headline metrics={metrics} query={query} regionCode={ctx.regionCode} />
        </Suspense>
      </Section>

      <Section id="network" title={t("networkHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} height="h-96" />}>
          <Network ctx={ctx} metrics={metrics} query={query} />
        </Suspense>
      </Section>

      <Section id="matrix" title={t("matrixHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} />}>
          <Matrix metrics={metrics} query={query} {...names} />
        </Suspense>
      </Section>

      <Section id="trends" title={t("trendsHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} height="h-72" />}>
          <Await promise={metrics}>{(all) => <TrendsPanel metrics={all} {...names} />}</Await>
        </Suspense>
      </Section>

      <Section id="governance" title={t("governanceHeading")}>
        <Suspense fallback={<PanelSkeleton label={loading} />}>
          <Await promise={council}>{(activity) => <CouncilPanels activity={activity} {...names} />}</Await>
        </Suspense>
        <Suspense fallback={<PanelSkeleton label={loading} />}>
          <Await promise={plans}>{(rows) => <PlanPanel plans={rows} {...names} />}</Await>
        </Suspense>
      </Section>

      <Section id="projects" title={t("projectsHeading")}>
        <div className="grid gap-6 lg:grid-cols-2">
          <Suspense fallback={<PanelSkeleton label={loading} />}>
            <Await promise={areas}>{(rows) => <ProjectsByAreaChart rows={rows} {...names} />}</Await>
          </Suspense>
          <Suspense fallback={<PanelSkeleton label={loading} />}>
            <Await promise={funding}>{(rows) => <ProjectsByFundingChart rows={rows} {...names} />}</Await>
          </Suspense>
        </div>
      </Section>
    </div>
  );
}


type MetricsProps = { metrics: Promise<RegionYearMetrics[]>; query: RegionDashboardQuery };

async function yearOf({ metrics, query }: MetricsProps): Promise<[RegionYearMetrics[], number]> {
  const all = await metrics;
  return [all, resolveYear(query.year, all.map((m) => m.year))];
}

async function Filters(props: MetricsProps) {
  const [all, year] = await yearOf(props);
  return <DashboardFilters year={year} years={all.map((m) => m.year)} kinds={props.query.kinds} />;
}

async function Headline({ regionCode, ...props }: MetricsProps & { regionCode: string }) {
  const [all, year] = await yearOf(props);
  const t = await getTranslations("dashboards.region");
  return (
    <div className="space-y-3">
      <RegionStaleNote metrics={all} regionCode={regionCode} />
      <p className="text-slate-800">{t("headlineYear", { year })}</p>
      <HeadlineFigures metrics={all} year={year} />
    </div>
  );
}

// Only the year is resolved here: the network itself is fetched by the browser (NetworkPanel).
async function Network({ ctx, ...props }: MetricsProps & { ctx: RegionContext }) {
  const [all, year] = await yearOf(props);
  return (
    <NetworkPanel
      regionSlug={ctx.regionSlug}
      regionCode={ctx.regionCode}
      regionName={ctx.regionName}
      year={year}
      kinds={props.query.kinds}
      dataVersion={all[0]?.dataVersion ?? null}
    />
  );
}

async function Matrix({ regionName, regionSlug, ...props }: MetricsProps & { regionName: string; regionSlug: string }) {
  const [all, year] = await yearOf(props);
  const t = await getTranslations("dashboards.matrix");
  const current = all.find((m) => m.year === year);
  if (!current) return <p>{t("empty", { year })}</p>;
  return <HelixMatrix matrix={current.helixMatrix} caption={t("caption", { region: regionName, year })} filename={`matriz-helices-${regionSlug}-${year}`} />;
}
