import { getFormatter, getTranslations } from "next-intl/server";
import { MOMENT } from "@/components/admin/format";
import { StaleNote } from "@/components/dashboards/stale-note";
import { StaleRefresh } from "@/components/dashboards/stale-refresh";
import type { RegionYearMetrics } from "@/lib/metrics/types";

/**
 * A region's page (dashboard, report) when its metrics are the previous ones: when they were
 * computed, that new ones are being computed, and the page refreshes itself once they are there
 * (it polls the metrics API's answer for this year). Nothing when the metrics are current.
 */
export async function RegionStaleNote({ metrics, regionCode }: { metrics: RegionYearMetrics[]; regionCode: string }) {
  const stale = metrics.find((m) => m.stale);
  if (!stale) return null;
  const [t, format] = await Promise.all([getTranslations("dashboards.common"), getFormatter()]);
  const pollUrl = `/api/v1/regions/${encodeURIComponent(regionCode)}/metrics?year=${new Date().getUTCFullYear()}`;
  return (
    <StaleNote>
      {t("stale", { date: format.dateTime(new Date(stale.computedAt), MOMENT) })}
      <StaleRefresh pollUrl={pollUrl} />
    </StaleNote>
  );
}
