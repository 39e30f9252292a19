import "./print.css";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { DataColumn } from "@/components/charts/columns";
import { SvgBarChart } from "@/components/charts/svg-bar-chart";
import { CouncilPanels, PlanPanel } from "@/components/dashboards/governance-panels";
import { HeadlineFigures } from "@/components/dashboards/headline-figures";
import { HelixMatrix } from "@/components/dashboards/helix-matrix";
import { Section } from "@/components/dashboards/section";
import { PrintButton } from "@/components/dashboards/print-button";
import { RegionStaleNote } from "@/components/dashboards/region-stale-note";
import { ProjectsByAreaChart, ProjectsByFundingChart } from "@/components/dashboards/projects-panels";
import { DataTable } from "@/components/charts/data-table";
import {
  actorsByHelixAndType,
  cachedRegionMetrics,
  councilActivity,
  planMonitoring,
  projectsByPriorityArea,
  recommendationStatus,
  type ActorTypeRow,
  type RecommendationStatusRow,
} from "@/lib/dashboards/data";
import { HELIX_COLORS } from "@/lib/dashboards/helix-colors";
import { resolveYear } from "@/lib/dashboards/query";
import { formatIsoDay } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { HELICES, type MetricKey } from "@/lib/metrics/types";
import { currentCouncil, fundingBySource, getRegionBySlug } from "@/lib/regions/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { region: slug }] = await Promise.all([resolveLocale(params), params]);
  const region = await getRegionBySlug(slug);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "dashboards.report" });
  return { title: t("metaTitle", { region: region.name }), robots: { index: false } };
}

const COUNCIL_METRICS: MetricKey[] = ["councilMeetingsPerYear", "councilAttendance", "agreementsOnTimeShare", "seatBalance"];
const PLAN_METRICS: MetricKey[] = ["planMonitoredShare", "planOnTrackShare"];
const NETWORK_METRICS: MetricKey[] = [
  "cooperationIndex",
  "density",
  "averageDegree",
  "isolatedShare",
  "components",
  "communities",
  "crossHelixShare",
  "multiHelixProjectShare",
  "crossHelixCommunityShare",
  "govBetweenness",
  "councilBetweenness",
  "territorialSpread",
  "mseShare",
  "informalShare",
];

/**
 * The region's report for print and PDF, in the order of the study: actors, governance, the plan,
 * cooperation, the recommendations. Everything is fetched at once (it is read whole, so nothing
 * streams); charts are static SVG drawn on the server and every table is open.
 */
export default async function RegionReportPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region: slug } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(slug, "region.read"));
  const [profile, councilNow, metrics, actors, council, plans, areas, funding, recommendations, t, tEnums, format] = await Promise.all([
    getRegionBySlug(ctx.regionSlug),
    // Only the current council's facts: not the whole overview (nine statements) of the region's page.
    currentCouncil(ctx.regionId),
    cachedRegionMetrics(ctx.regionId),
    actorsByHelixAndType(ctx),
    councilActivity(ctx),
    planMonitoring(ctx),
    projectsByPriorityArea(ctx),
    fundingBySource(ctx.regionId),
    recommendationStatus(ctx),
    getTranslations("dashboards.report"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  if (!profile) notFound();
  const year = resolveYear(null, metrics.map((m) => m.year));
  const current = metrics.find((m) => m.year === year);
  const region = { regionName: ctx.regionName, regionSlug: ctx.regionSlug };

  const helixTotals = HELICES.map((helix) => ({ helix, count: actors.filter((a) => a.helix === helix).reduce((n, a) => n + a.count, 0) }));
  const actorTotal = helixTotals.reduce((n, h) => n + h.count, 0);
  const helixColumns: DataColumn<(typeof helixTotals)[number]>[] = [
    { header: t("colHelix"), rowHeader: true, value: (r) => tEnums(`helix.${r.helix}`) },
    { header: t("colActors"), numeric: true, value: (r) => r.count },
  ];
  const typeColumns: DataColumn<ActorTypeRow>[] = [
    { header: t("colHelix"), value: (r) => tEnums(`helix.${r.helix}`) },
    { header: t("colType"), rowHeader: true, value: (r) => tEnums(`actorType.${r.type}`) },
    { header: t("colActors"), numeric: true, value: (r) => r.count },
  ];
  const recColumns: DataColumn<RecommendationStatusRow>[] = [
    { header: t("colCode"), rowHeader: true, value: (r) => r.code },
    { header: t("colRecommendation"), value: (r) => (locale === "en" ? r.titleEn : r.titleEs) },
    { header: t("colStatus"), value: (r) => tEnums(`recommendationStatus.${r.status}`) },
    { header: t("colResponsible"), value: (r) => r.responsibleName ?? t("none") },
    {
      header: t("colUpdated"),
      value: (r) => formatIsoDay(r.updatedAt),
      display: (r) => (r.updatedAt ? format.dateTime(r.updatedAt, DATE) : t("none")),
    },
  ];
  const headline = (keys: MetricKey[]) => (current ? <HeadlineFigures metrics={metrics} year={year} keys={keys} /> : <p>{t("noMetrics")}</p>);

  return (
    <article className="minka-report space-y-10">
      <header className="space-y-2 border-b border-slate-300 pb-4">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{t("eyebrow")}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading", { region: ctx.regionName })}</h1>
        <p className="text-slate-800">
          {t("subtitle", { code: profile.code, capital: profile.capital, provinces: profile.provinceCount, year, date: format.dateTime(new Date(), DATE) })}
        </p>
        <RegionStaleNote metrics={metrics} regionCode={ctx.regionCode} />
        <PrintButton label={t("print")} />
      </header>

      <Section className="report-chapter" id="report-actors" title={t("actorsHeading")}>
        <p>{t("actorsIntro", { total: actorTotal })}</p>
        <div className="grid gap-6 lg:grid-cols-2">
          <ChartFigure
            title={t("byHelixTitle", { region: ctx.regionName })}
            rows={helixTotals}
            columns={helixColumns}
            rowKey={(r) => r.helix}
            filename={`actores-por-helice-${ctx.regionSlug}`}
            tableOpen
            chart={
              <SvgBarChart
                title={t("byHelixTitle", { region: ctx.regionName })}
                bars={helixTotals.map((r) => ({ label: tEnums(`helix.${r.helix}`), value: r.count, text: format.number(r.count), color: HELIX_COLORS[r.helix] }))}
              />
            }
          />
          <ChartFigure
            title={t("byTypeTitle", { region: ctx.regionName })}
            rows={actors}
            columns={typeColumns}
            rowKey={(r) => `${r.helix}-${r.type}`}
            filename={`actores-por-tipo-${ctx.regionSlug}`}
            tableOpen
          />
        </div>
      </Section>

      <Section className="report-chapter" id="report-governance" title={t("governanceHeading")}>
        {councilNow ? (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <Fact label={t("councilName")}>
              {councilNow.name}
              {councilNow.acronym ? ` (${councilNow.acronym})` : ""}
            </Fact>
            <Fact label={t("councilKind")}>
              {tEnums(`councilKind.${councilNow.kind}`)} · {tEnums(`councilStatus.${councilNow.status}`)}
            </Fact>
            <Fact label={t("councilLegalBasis")}>
              {councilNow.ordinanceNumber
                ? `${councilNow.ordinanceNumber}${councilNow.ordinanceDate ? ` (${format.dateTime(councilNow.ordinanceDate, DATE)})` : ""}`
                : t("none")}
            </Fact>
            <Fact label={t("councilSeats")}>{format.number(councilNow.activeSeats)}</Fact>
          </dl>
        ) : (
          <p>{t("noCouncil")}</p>
        )}
        {headline(COUNCIL_METRICS)}
        <CouncilPanels activity={council} {...region} tableOpen />
      </Section>

      <Section className="report-chapter" id="report-plan" title={t("planHeading")}>
        {headline(PLAN_METRICS)}
        <PlanPanel plans={plans} {...region} />
      </Section>

      <Section className="report-chapter" id="report-cooperation" title={t("cooperationHeading")}>
        {headline(NETWORK_METRICS)}
        {current ? (
          <HelixMatrix matrix={current.helixMatrix} caption={t("matrixCaption", { region: ctx.regionName, year })} filename={`matriz-helices-${ctx.regionSlug}-${year}`} />
        ) : null}
        <div className="grid gap-6 lg:grid-cols-2">
          <ProjectsByAreaChart rows={areas} {...region} variant="static" />
          <ProjectsByFundingChart rows={funding} {...region} variant="static" />
        </div>
      </Section>

      <Section className="report-chapter" id="report-recommendations" title={t("recommendationsHeading")}>
        <DataTable caption={t("recommendationsCaption", { region: ctx.regionName })} columns={recColumns} rows={recommendations} rowKey={(r) => r.code} empty={t("none")} />
      </Section>
    </article>
  );
}


function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}
