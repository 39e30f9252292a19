"use client";

import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useEffect, useState, type ReactNode } from "react";
import type { DataColumn } from "@/components/charts/columns";
import { DataTable } from "@/components/charts/data-table";
import { StaleNote } from "@/components/dashboards/stale-note";
import { Button } from "@/components/ui/button";
import { HELIX_COLORS } from "@/lib/dashboards/helix-colors";
import { NETWORK_CORE_ACTORS, type EdgeKind, type NetworkEdge, type NetworkNode, type RegionNetwork } from "@/lib/metrics/types";
import { isUuid } from "@/lib/validation/identifiers";

// sigma needs the browser (WebGL) and is the heaviest library of the dashboard: it is fetched
// only once a network with nodes has arrived, and never server-rendered.
const NetworkGraph = dynamic(() => import("./network-graph"), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-[28rem] w-full animate-pulse rounded-md bg-slate-100" />,
});

/**
 * Rows the node and edge tables show (the strongest first); the downloads carry them all. Fewer
 * than NETWORK_CORE_ACTORS, so a core holds every row the tables show.
 */
const TABLE_ROWS = 100;

// Nodes that are actors have UUIDs; anything else (the council as a broker node) has no page.

/** What came back for one request (its URL and attempt): the network, or a failure. */
type Result = { key: string } & ({ status: "failed" } | { status: "ready"; network: RegionNetwork });

/**
 * The cooperation network of one year: its summary, the drawing and the node and edge tables.
 * The data comes from the JSON API (/api/v1/regions/{code}/network) after the page has loaded, so
 * the dashboard's own response stays the same size whether the region has 50 actors or 8,000; the
 * API answers 304 while the region's data is unchanged, so a revisit costs one small request.
 */
export function NetworkExplorer({
  regionCode,
  regionSlug,
  regionName,
  year,
  kinds,
  dataVersion,
}: {
  regionCode: string;
  regionSlug: string;
  regionName: string;
  year: number;
  /** Empty: every kind of evidence. */
  kinds: EdgeKind[];
  /** The version of the page's figures (NetworkPanel): a new one fetches the network again. */
  dataVersion: number | null;
}) {
  const t = useTranslations("dashboards.network");
  const tMetrics = useTranslations("metrics");
  const tHelix = useTranslations("enums.helix");
  const format = useFormatter();
  // A retry after a failure asks again with the same URL: the attempt is part of the key, as is
  // the page's data version (a refresh after a recomputation brings the new network).
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  const query = new URLSearchParams({ year: String(year), ...(kinds.length > 0 ? { kinds: kinds.join(",") } : {}), top: String(NETWORK_CORE_ACTORS) });
  const url = `/api/v1/regions/${encodeURIComponent(regionCode)}/network?${query}`;
  const key = `${url}#${dataVersion}#${attempt}`;

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, credentials: "same-origin" })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as RegionNetwork;
        setResult({ key, status: "ready", network: { nodes: body.nodes, edges: body.edges, totals: body.totals, stale: body.stale } });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ key, status: "failed" });
      });
    return () => controller.abort();
  }, [url, key]);

  // Until the answer for the current URL is in, the previous one (another year) is not shown.
  const state = result?.key === key ? result : { status: "loading" as const };

  if (state.status === "loading") {
    return (
      <div className="space-y-3">
        <p role="status" className="text-slate-800">
          {t("loading")}
        </p>
        <div aria-hidden="true" className="h-[28rem] w-full animate-pulse rounded-md bg-slate-100" />
      </div>
    );
  }
  if (state.status === "failed") {
    return (
      <div role="alert" className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        <p>{t("loadFailed")}</p>
        <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
          {t("retry")}
        </Button>
      </div>
    );
  }

  const { network } = state;
  const { totals } = network;
  const actorHref = (id: string) => (isUuid(id) ? `/r/${regionSlug}/actors/${id}` : null);
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  // The API's order is the cache's; the tables list the best connected and strongest first.
  const nodes = [...network.nodes].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const edges = [...network.edges].sort((a, b) => b.weight - a.weight);
  const kindNames = (ks: readonly EdgeKind[]) => ks.map((k) => tMetrics(`edgeKinds.${k}`)).join(", ");

  const nodeColumns: DataColumn<NetworkNode>[] = [
    {
      header: t("colActor"),
      rowHeader: true,
      value: (n) => n.label,
      display: (n) => {
        const href = actorHref(n.id);
        return href ? { text: n.label, href } : n.label;
      },
    },
    { header: t("colHelix"), value: (n) => tHelix(n.helix) },
    { header: t("colDegree"), value: (n) => n.degree, numeric: true },
    { header: t("colCommunity"), value: (n) => n.community + 1, numeric: true },
  ];
  const edgeColumns: DataColumn<NetworkEdge>[] = [
    { header: t("colSource"), rowHeader: true, value: (e) => labels.get(e.source) ?? e.source },
    { header: t("colTarget"), value: (e) => labels.get(e.target) ?? e.target },
    { header: t("colWeight"), value: (e) => e.weight, display: (e) => format.number(e.weight, { maximumFractionDigits: 2 }), numeric: true },
    { header: t("colKinds"), value: (e) => kindNames(e.kinds) },
  ];

  return (
    <div className="space-y-4">
      <p className="text-slate-800">
        {t("summary", { year, nodes: totals.nodes, edges: totals.edges, kinds: kinds.length > 0 ? kindNames(kinds) : t("allKinds") })}
      </p>
      {network.stale && <StaleNote>{t("stale")}</StaleNote>}
      {nodes.length < totals.nodes && <p className="text-slate-800">{t("core", { top: NETWORK_CORE_ACTORS, nodes: nodes.length, edges: edges.length })}</p>}
      {nodes.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-4">{t("empty", { year })}</p>
      ) : (
        <div className="print:hidden">
          <NetworkGraph
            nodes={nodes.map((n) => ({ id: n.id, label: n.label, helix: n.helix, degree: n.degree, href: actorHref(n.id) }))}
            edges={edges}
            colors={HELIX_COLORS}
            unavailableText={t("unavailable")}
          />
          <p className="mt-2 text-sm text-slate-700">{t("howTo")}</p>
        </div>
      )}
      <TableDisclosure summary={t("nodesToggle")} total={totals.nodes} truncated={t("tableTruncated", { shown: TABLE_ROWS, total: totals.nodes })}>
        <DataTable
          caption={t("nodesCaption", { region: regionName, year })}
          columns={nodeColumns}
          rows={nodes.slice(0, TABLE_ROWS)}
          rowKey={(n) => n.id}
          empty={t("empty", { year })}
        />
      </TableDisclosure>
      <TableDisclosure summary={t("edgesToggle")} total={totals.edges} truncated={t("tableTruncated", { shown: TABLE_ROWS, total: totals.edges })}>
        <DataTable
          caption={t("edgesCaption", { region: regionName, year })}
          columns={edgeColumns}
          rows={edges.slice(0, TABLE_ROWS)}
          rowKey={(e) => `${e.source}-${e.target}`}
          empty={t("empty", { year })}
        />
      </TableDisclosure>
    </div>
  );
}

function TableDisclosure({ summary, total, truncated, children }: { summary: string; total: number; truncated: string; children: ReactNode }) {
  return (
    <details className="space-y-3">
      <summary className="cursor-pointer font-semibold text-teal-800 underline underline-offset-4">{summary}</summary>
      <div className="mt-3 space-y-3">
        {children}
        {total > TABLE_ROWS && <p className="text-sm text-slate-700">{truncated}</p>}
      </div>
    </details>
  );
}
