import { getFormatter, getTranslations } from "next-intl/server";
import { formatMetric, metricChange } from "@/lib/dashboards/format";
import { METRICS, type MetricKey } from "@/lib/metrics/types";

/** A metric's value as text; "no data" in words when there is none, never a zero. */
export async function MetricValue({ metric, value }: { metric: MetricKey; value: number | null }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("metrics")]);
  if (value === null) return <span className="text-slate-600 italic">{t("noData")}</span>;
  return <>{formatMetric(format.number, metric, value)}</>;
}

/**
 * The change since the previous year: an arrow AND words ("up 3 points since 2025"), and whether
 * that is an improvement, so colour is never the only cue.
 */
export async function MetricChangeText({
  metric,
  current,
  previous,
  previousYear,
}: {
  metric: MetricKey;
  current: number | null;
  previous: number | null;
  previousYear: number;
}) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("dashboards.change")]);
  const change = metricChange(metric, current, previous);
  if (!change) return <span className="text-sm text-slate-600">{t("none", { year: previousYear })}</span>;
  const amount = format.number(Math.abs(change.delta), { maximumFractionDigits: 2 });
  const unit = unitOf(metric);
  const arrow = change.direction === "up" ? "▲" : change.direction === "down" ? "▼" : "■";
  const tone = change.better === true ? "text-emerald-800" : change.better === false ? "text-red-800" : "text-slate-700";
  return (
    <span className={`text-sm font-medium ${tone}`}>
      <span aria-hidden="true">{arrow} </span>
      {unit === null
        ? t(`${change.direction}Plain`, { amount, year: previousYear })
        : t(change.direction, { amount, year: previousYear, unit: t(`unit.${unit}`) })}
      {change.better === null ? null : <> · {change.better ? t("better") : t("worse")}</>}
    </span>
  );
}

/** The word for a change: points of the index, percentage points of a share; none for plain numbers. */
function unitOf(metric: MetricKey): "points" | "percentagePoints" | null {
  const unit = METRICS[metric].unit;
  return unit === "share" ? "percentagePoints" : unit === "index" ? "points" : null;
}
