import { getTranslations } from "next-intl/server";
import type { MetricKey, RegionYearMetrics } from "@/lib/metrics/types";
import { MetricChangeText, MetricValue } from "./metric-value";

/** The figures a region's dashboard opens with. */
export const HEADLINE_METRICS: readonly MetricKey[] = [
  "cooperationIndex",
  "density",
  "crossHelixShare",
  "multiHelixProjectShare",
  "councilAttendance",
  "agreementsOnTimeShare",
  "planMonitoredShare",
  "territorialSpread",
];

/** Headline figures of one year, each with its change since the year before. */
export async function HeadlineFigures({
  metrics,
  year,
  keys = HEADLINE_METRICS,
}: {
  metrics: RegionYearMetrics[];
  year: number;
  keys?: readonly MetricKey[];
}) {
  const t = await getTranslations("metrics");
  const current = metrics.find((m) => m.year === year);
  const previous = metrics.find((m) => m.year === year - 1);
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {keys.map((key) => (
        <div key={key} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4 shadow-sm break-inside-avoid">
          <dt className="text-sm text-slate-700">{t(`names.${key}`)}</dt>
          <dd className="text-2xl font-semibold tabular-nums text-slate-900">
            <MetricValue metric={key} value={current?.values[key] ?? null} />
          </dd>
          <dd>
            <MetricChangeText
              metric={key}
              current={current?.values[key] ?? null}
              previous={previous?.values[key] ?? null}
              previousYear={year - 1}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
