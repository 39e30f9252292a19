import "server-only";
import { currentYear, parseRegionDashboardQuery } from "@/lib/dashboards/query";
import { dataset, enumLabel } from "@/lib/spreadsheets/dataset";
import { regionNetwork, type NetworkEdge, type NetworkNode } from "@/lib/metrics";

// The region's cooperation network of one year as two spreadsheets (the dashboard's tables of
// actors and links, complete): `network-nodes` and `network-edges`. Filters as on the dashboard:
// `?year=2024` (absent or not a valid year → the current year) and `?kind=PROJECT&kind=CONVENIO`
// (repeatable or comma-separated; none or unknown ones → every kind). One cached read
// (regionNetwork), never a query per row.

/** The URL query as the dashboard's parser takes it (repeated keys → arrays). */
function networkQuery(params: URLSearchParams) {
  const record: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  const query = parseRegionDashboardQuery(record);
  // A download is a record of the data as it is: it waits for a recomputation, never shows the
  // previous network as a page may.
  return { year: query.year ?? currentYear(), kinds: query.kinds.length > 0 ? query.kinds : undefined, fresh: true };
}

interface EdgeRow extends NetworkEdge {
  sourceLabel: string;
  targetLabel: string;
}

export const networkNodesExport = dataset<NetworkNode>({
  title: "dashboards.network.nodesExportTitle",
  async load(ctx, params) {
    const { nodes } = await regionNetwork(ctx.regionId, networkQuery(params));
    return [...nodes].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label, "es") || a.id.localeCompare(b.id));
  },
  columns: [
    { label: "dashboards.network.colActor", value: (n) => n.label },
    { label: "dashboards.network.colHelix", value: (n, t) => enumLabel("helix", n.helix, t) },
    { label: "dashboards.network.colDegree", value: (n) => n.degree },
    // 1-based, as the dashboard's table shows it.
    { label: "dashboards.network.colCommunity", value: (n) => n.community + 1 },
  ],
});

export const networkEdgesExport = dataset<EdgeRow>({
  title: "dashboards.network.edgesExportTitle",
  async load(ctx, params) {
    const { nodes, edges } = await regionNetwork(ctx.regionId, networkQuery(params));
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    return edges
      .map((e) => ({ ...e, sourceLabel: labels.get(e.source) ?? e.source, targetLabel: labels.get(e.target) ?? e.target }))
      .sort((a, b) => b.weight - a.weight || a.sourceLabel.localeCompare(b.sourceLabel, "es") || a.targetLabel.localeCompare(b.targetLabel, "es"));
  },
  columns: [
    { label: "dashboards.network.colSource", value: (e) => e.sourceLabel },
    { label: "dashboards.network.colTarget", value: (e) => e.targetLabel },
    { label: "dashboards.network.colWeight", value: (e) => e.weight },
    { label: "dashboards.network.colKinds", value: (e, t) => e.kinds.map((k) => t(`metrics.edgeKinds.${k}`)).join(", ") },
  ],
});
