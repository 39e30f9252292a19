import { getFormatter, getTranslations } from "next-intl/server";
import { LazyBarChart } from "@/components/charts/lazy";
import { ChartFigure } from "@/components/charts/chart-figure";
import { SvgBarChart } from "@/components/charts/svg-bar-chart";
import type { DataColumn } from "@/components/charts/columns";
import type { PriorityAreaRow } from "@/lib/dashboards/data";
import type { FundingSourceRow } from "@/lib/regions/data";
import { PEN } from "@/lib/i18n/format";

type Props<Row> = {
  rows: Row[];
  regionName: string;
  regionSlug: string;
  /** "static": a server-drawn SVG with the table open (the printable report). */
  variant?: "interactive" | "static";
};

/** Projects per priority area, and how many of them join academia with business (study §17). */
export async function ProjectsByAreaChart({ rows, regionName, regionSlug, variant = "interactive" }: Props<PriorityAreaRow>) {
  const [t, format] = await Promise.all([getTranslations("dashboards.projects"), getFormatter()]);
  const columns: DataColumn<PriorityAreaRow>[] = [
    { header: t("colArea"), rowHeader: true, value: (r) => r.name },
    { header: t("colProjects"), numeric: true, value: (r) => r.projects },
    { header: t("colAcademiaBusiness"), numeric: true, value: (r) => r.academiaBusiness },
  ];
  return (
    <ChartFigure
      title={t("byAreaTitle", { region: regionName })}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id}
      filename={`proyectos-por-area-${regionSlug}`}
      empty={t("noAreas")}
      tableOpen={variant === "static"}
      chart={
        variant === "static" ? (
          <SvgBarChart
            title={t("byAreaTitle", { region: regionName })}
            bars={rows.map((r) => ({ label: r.name, value: r.projects, text: format.number(r.projects) }))}
          />
        ) : (
        <LazyBarChart
          rows={rows.map((r) => ({ name: r.name, projects: r.projects, academiaBusiness: r.academiaBusiness }))}
          categoryKey="name"
          series={[
            { key: "projects", name: t("colProjects"), color: "#0f766e" },
            { key: "academiaBusiness", name: t("colAcademiaBusiness"), color: "#E69F00" },
          ]}
        />
        )
      }
    />
  );
}

/** Projects and amounts (soles) per funding source. */
export async function ProjectsByFundingChart({ rows, regionName, regionSlug, variant = "interactive" }: Props<FundingSourceRow>) {
  const [t, tSource, format] = await Promise.all([
    getTranslations("dashboards.projects"),
    getTranslations("enums.fundingSource"),
    getFormatter(),
  ]);
  const otherLines = rows.reduce((n, r) => n + r.otherCurrencyLines, 0);
  const columns: DataColumn<FundingSourceRow>[] = [
    { header: t("colSource"), rowHeader: true, value: (r) => tSource(r.source) },
    { header: t("colProjects"), numeric: true, value: (r) => r.projects },
    { header: t("colAwarded"), numeric: true, value: (r) => r.awardedPen, display: (r) => format.number(r.awardedPen, PEN) },
    { header: t("colExecuted"), numeric: true, value: (r) => r.executedPen, display: (r) => format.number(r.executedPen, PEN) },
  ];
  return (
    <ChartFigure
      title={t("bySourceTitle", { region: regionName })}
      description={otherLines > 0 ? t("otherCurrency", { count: otherLines }) : undefined}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.source}
      filename={`proyectos-por-fuente-${regionSlug}`}
      empty={t("noFunding")}
      tableOpen={variant === "static"}
      chart={
        variant === "static" ? (
          <SvgBarChart
            title={t("bySourceTitle", { region: regionName })}
            bars={rows.map((r) => ({ label: tSource(r.source), value: r.awardedPen, text: format.number(r.awardedPen, { ...PEN, notation: "compact" }) }))}
          />
        ) : (
        <LazyBarChart
          rows={rows.map((r) => ({ name: tSource(r.source), awarded: r.awardedPen, executed: r.executedPen }))}
          categoryKey="name"
          numberFormat={{ ...PEN, notation: "compact" }}
          series={[
            { key: "awarded", name: t("colAwarded"), color: "#0072B2" },
            { key: "executed", name: t("colExecuted"), color: "#009E73" },
          ]}
        />
        )
      }
    />
  );
}
