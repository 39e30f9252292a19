import { ApiError, apiRoute, canReadNational, json, principalOf, yearParameter } from "@/lib/api/http";
import { FIRST_API_YEAR } from "@/lib/api/openapi";
import { isMetricKey, METRIC_KEYS, METRICS, nationalComparison } from "@/lib/metrics";

// GET /api/v1/national/comparison?metric=&year= — one metric, every region (national.read, or a
// NATIONAL token). Regions without data are listed with value null and hasData false.
export const GET = apiRoute<Record<string, never>>(async (request) => {
  const principal = await principalOf(request);
  if (!canReadNational(principal)) throw new ApiError("forbidden", "The national comparison needs national access.");
  const url = new URL(request.url);
  const currentYear = new Date().getUTCFullYear();
  const metric = url.searchParams.get("metric");
  if (!isMetricKey(metric)) {
    throw new ApiError("invalid_parameter", `metric must be one of: ${METRIC_KEYS.join(", ")}.`, "metric");
  }
  const year = yearParameter(url, "year", FIRST_API_YEAR, currentYear) ?? currentYear;
  const rows = await nationalComparison(metric, year);
  return json({
    metric,
    year,
    ...METRICS[metric],
    data: rows.map((r) => ({
      region: { code: r.region.code, slug: r.region.slug, name: r.region.name },
      value: r.value,
      hasData: r.hasData,
      lastDataAt: r.lastDataAt,
      stale: r.stale,
    })),
  });
});
