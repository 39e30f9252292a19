import { getFormatter, getTranslations } from "next-intl/server";
import type { DataColumn } from "@/components/charts/columns";
import { CsvDownloadLink } from "@/components/charts/csv-download-link";
import { DataTable } from "@/components/charts/data-table";
import { formatMetric, onHundredScale } from "@/lib/dashboards/format";
import { METRIC_KEYS, METRICS, type MetricKey, type RegionYearMetrics } from "@/lib/metrics/types";
import { TrendsChart } from "./trends-chart";

/** Metrics that fit the trends chart's 0–100 axis. */
const TREND_METRICS = METRIC_KEYS.filter((k) => METRICS[k].unit === "share" || METRICS[k].unit === "index");
const INITIAL: MetricKey[] = ["cooperationIndex", "crossHelixShare", "planMonitoredShare"];

/** Selected metrics over the years: a line chart, and every metric of every year as a table. */
export async function TrendsPanel({ metrics, regionName, regionSlug }: { metrics: RegionYearMetrics[]; regionName: string; regionSlug: string }) {
  const [t, tMetrics, format] = await Promise.all([getTranslations("dashboards.trends"), getTranslations("metrics"), getFormatter()]);
  const years = [...metrics].sort((a, b) => a.year - b.year);
  const rows = years.map((m) => ({
    year: m.year,
    ...Object.fromEntries(TREND_METRICS.map((k) => [k, onHundredScale(k, m.values[k])])),
  }));
  const caption = t("caption", { region: regionName });
  // The table lists every metric (counts too): rows are years, one column per metric.
  const columns: DataColumn<RegionYearMetrics>[] = [
    { header: t("colYear"), rowHeader: true, value: (m) => m.year },
    ...METRIC_KEYS.map(
      (k): DataColumn<RegionYearMetrics> => ({
        header: tMetrics(`names.${k}`),
        numeric: true,
        value: (m) => m.values[k],
        display: (m) => (m.values[k] === null ? tMetrics("noData") : formatMetric(format.number, k, m.values[k])),
      }),
    ),
  ];
  return (
    <div className="space-y-4">
      {years.length > 0 ? (
        <TrendsChart
          rows={rows}
          metrics={TREND_METRICS.map((k) => ({ key: k, name: tMetrics(`names.${k}`) }))}
          initial={INITIAL}
          legend={t("pick")}
        />
      ) : null}
      <p className="text-sm text-slate-700">{t("scale")}</p>
      <details>
        <summary className="cursor-pointer font-semibold text-teal-800 underline underline-offset-4">{t("tableToggle")}</summary>
        <div className="mt-3">
          <DataTable caption={caption} columns={columns} rows={years} rowKey={(m) => String(m.year)} empty={tMetrics("noData")} />
        </div>
      </details>
      <CsvDownloadLink filename={`tendencias-${regionSlug}`} columns={columns} rows={years} subject={caption} />
    </div>
  );
}
