import { apiRoute, json, principalOf } from "@/lib/api/http";
import { publicRegion, readableRegions } from "@/lib/api/regions";

// GET /api/v1/regions — the regions the caller may read (docs: /api/v1/openapi.json).
export const GET = apiRoute<Record<string, never>>(async (request) => {
  const principal = await principalOf(request);
  const regions = await readableRegions(principal);
  return json({
    data: regions.map((r) => ({ ...publicRegion(r), links: { metrics: `/api/v1/regions/${r.code}/metrics` } })),
  });
});
