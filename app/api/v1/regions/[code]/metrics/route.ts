import { apiRoute, json, principalOf, yearParameter } from "@/lib/api/http";
import { publicRegion, readableRegion } from "@/lib/api/regions";
import { FIRST_API_YEAR } from "@/lib/api/openapi";
import { METRICS, regionMetrics } from "@/lib/metrics";

// GET /api/v1/regions/{code}/metrics?year= — a region's cooperation metrics, every year with data
// or one year (docs/metrics.md; docs: /api/v1/openapi.json).
export const GET = apiRoute<{ code: string }>(async (request, { code }) => {
  const principal = await principalOf(request);
  const year = yearParameter(new URL(request.url), "year", FIRST_API_YEAR, new Date().getUTCFullYear());
  const region = await readableRegion(principal, code, request);
  const years = await regionMetrics(region.id, year === undefined ? undefined : { years: [year] });
  return json({
    region: publicRegion(region),
    metrics: METRICS,
    data: years.map((y) => ({
      year: y.year,
      hasData: y.hasData,
      values: y.values,
      helixMatrix: y.helixMatrix,
      dataVersion: y.dataVersion,
      computedAt: y.computedAt,
      stale: y.stale,
    })),
  });
});
