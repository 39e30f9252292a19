import { ApiError, apiRoute, json, principalOf, yearParameter } from "@/lib/api/http";
import { FIRST_API_YEAR } from "@/lib/api/openapi";
import { publicRegion, readableRegion } from "@/lib/api/regions";
import { EDGE_KINDS, regionNetwork, type EdgeKind } from "@/lib/metrics";

// GET /api/v1/regions/{code}/network?year=&kinds=&top= — a region's cooperation network in one
// year: every actor with its helix, degree and community, and the weighted links (docs/metrics.md),
// or with `top` only its core (lib/metrics/graph.ts, networkView). The region dashboard draws the
// core and lists it from here after the page has loaded, so neither the page nor the browser ever
// carries thousands of nodes. The ETag rests on the region's data version: a client
// that has the current network gets 304 after one indexed read, without the network being read.
export const GET = apiRoute<{ code: string }>(async (request, { code }) => {
  const principal = await principalOf(request);
  const url = new URL(request.url);
  const year = yearParameter(url, "year", FIRST_API_YEAR, new Date().getUTCFullYear()) ?? new Date().getUTCFullYear();
  const kinds = kindsParameter(url);
  const top = topParameter(url);
  const region = await readableRegion(principal, code, request);

  const tag = (version: number) => `W/"network-${region.code}-${version}-${year}-${kinds?.join("+") ?? "all"}${top === undefined ? "" : `-top${top}`}"`;
  if (request.headers.get("if-none-match") === tag(region.dataVersion)) {
    return new Response(null, { status: 304, headers: { ...CACHE_HEADERS, ETag: tag(region.dataVersion) } });
  }
  const network = await regionNetwork(region.id, { year, kinds, top });
  const response = json({
    region: publicRegion(region),
    year,
    kinds: kinds ?? EDGE_KINDS,
    dataVersion: network.dataVersion,
    stale: network.stale,
    nodes: network.nodes,
    edges: network.edges,
    totals: network.totals,
  });
  // Revalidated on every use (no-cache), never stored by shared caches (private).
  for (const [name, value] of Object.entries(CACHE_HEADERS)) response.headers.set(name, value);
  if (network.dataVersion !== null) response.headers.set("ETag", tag(network.dataVersion));
  return response;
});

const CACHE_HEADERS = { "Cache-Control": "private, no-cache", Vary: "Authorization, Cookie" };

/** `kinds=PROJECT,CONVENIO`: some kinds of evidence only; absent, empty or all four → every kind. */
function kindsParameter(url: URL): EdgeKind[] | undefined {
  const raw = url.searchParams.get("kinds");
  if (raw === null || raw.trim() === "") return undefined;
  const asked = [...new Set(raw.split(",").map((k) => k.trim()))];
  const unknown = asked.filter((k) => !(EDGE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new ApiError("invalid_parameter", `kinds must be a comma-separated list of: ${EDGE_KINDS.join(", ")}.`, "kinds");
  // In EDGE_KINDS order, so the same filter always has the same ETag.
  const kinds = EDGE_KINDS.filter((k) => asked.includes(k));
  return kinds.length === EDGE_KINDS.length ? undefined : kinds;
}

/** `top=300`: only the network's core (a whole number from 1 to 100,000); absent → the whole network. */
function topParameter(url: URL): number | undefined {
  const raw = url.searchParams.get("top");
  if (raw === null || raw === "") return undefined;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > 100_000) {
    throw new ApiError("invalid_parameter", "top must be a whole number from 1 to 100000.", "top");
  }
  return Number(raw);
}
