import { getFormatter, getTranslations } from "next-intl/server";
import type { DataColumn } from "@/components/charts/columns";
import { CsvDownloadLink } from "@/components/charts/csv-download-link";
import { DataTable } from "@/components/charts/data-table";
import { TextLink } from "@/components/ui/text-link";
import { HELIX_COLORS } from "@/lib/dashboards/helix-colors";
import { HELICES, type EdgeKind, type NetworkEdge, type NetworkNode, type RegionNetwork } from "@/lib/metrics/types";
import { NetworkGraphLoader } from "./network-graph-loader";

/** Rows the node and edge tables show on the page (the strongest first); the CSV has them all. */
const TABLE_ROWS = 100;

// Nodes that are actors have UUIDs; anything else (the council as a broker node) has no page.
const ACTOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cooperation network of one year: the drawing, its legend, and its node and edge tables. */
export async function NetworkPanel({
  network,
  regionSlug,
  regionName,
  year,
  kinds,
}: {
  network: RegionNetwork;
  regionSlug: string;
  regionName: string;
  year: number;
  kinds: EdgeKind[];
}) {
  const [t, tMetrics, tHelix, format] = await Promise.all([
    getTranslations("dashboards.network"),
    getTranslations("metrics"),
    getTranslations("enums.helix"),
    getFormatter(),
  ]);
  const actorHref = (id: string) => (ACTOR_ID.test(id) ? `/r/${regionSlug}/actors/${id}` : null);
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  const nodes = [...network.nodes].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const edges = [...network.edges].sort((a, b) => b.weight - a.weight);
  // A large region has thousands of links: the page lists the strongest, the CSV carries all, so
  // the page stays light enough to render on every request.
  const shown = { nodes: nodes.slice(0, TABLE_ROWS), edges: edges.slice(0, TABLE_ROWS) };
  const kindNames = (ks: readonly EdgeKind[]) => ks.map((k) => tMetrics(`edgeKinds.${k}`)).join(", ");
  const number = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  const slugYear = `${regionSlug}-${year}`;

  const nodeColumns: DataColumn<NetworkNode>[] = [
    {
      header: t("colActor"),
      rowHeader: true,
      value: (n) => n.label,
      display: (n) => {
        const href = actorHref(n.id);
        return href ? <TextLink href={href}>{n.label}</TextLink> : n.label;
      },
    },
    { header: t("colHelix"), value: (n) => tHelix(n.helix) },
    { header: t("colDegree"), value: (n) => n.degree, numeric: true },
    { header: t("colCommunity"), value: (n) => n.community + 1, numeric: true },
  ];
  const edgeColumns: DataColumn<NetworkEdge>[] = [
    { header: t("colSource"), rowHeader: true, value: (e) => labels.get(e.source) ?? e.source },
    { header: t("colTarget"), value: (e) => labels.get(e.target) ?? e.target },
    { header: t("colWeight"), value: (e) => e.weight, display: (e) => number(e.weight), numeric: true },
    { header: t("colKinds"), value: (e) => kindNames(e.kinds) },
  ];

  return (
    <div className="space-y-4">
      <p className="text-slate-800">
        {t("summary", {
          year,
          nodes: network.nodes.length,
          edges: network.edges.length,
          kinds: kinds.length > 0 ? kindNames(kinds) : t("allKinds"),
        })}
      </p>
      {network.nodes.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-4">{t("empty", { year })}</p>
      ) : (
        <>
          <ul aria-label={t("legend")} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {HELICES.map((h) => (
              <li key={h} className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block size-3.5 rounded-full border border-slate-700" style={{ backgroundColor: HELIX_COLORS[h] }} />
                {tHelix(h)}
              </li>
            ))}
            <li className="text-slate-700">{t("sizeLegend")}</li>
          </ul>
          <div className="print:hidden">
            <NetworkGraphLoader
              nodes={network.nodes.map((n) => ({ id: n.id, label: n.label, helix: n.helix, degree: n.degree, href: actorHref(n.id) }))}
              edges={network.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }))}
              colors={{ ...HELIX_COLORS }}
              unavailableText={t("unavailable")}
            />
            <p className="mt-2 text-sm text-slate-700">{t("howTo")}</p>
          </div>
        </>
      )}
      <details className="space-y-3">
        <summary className="cursor-pointer font-semibold text-teal-800 underline underline-offset-4">{t("nodesToggle")}</summary>
        <div className="mt-3 space-y-3">
          <DataTable
            caption={t("nodesCaption", { region: regionName, year })}
            columns={nodeColumns}
            rows={shown.nodes}
            rowKey={(n) => n.id}
            empty={t("empty", { year })}
          />
          {nodes.length > TABLE_ROWS && <p className="text-sm text-slate-700">{t("tableTruncated", { shown: TABLE_ROWS, total: nodes.length })}</p>}
          <CsvDownloadLink filename={`red-actores-${slugYear}`} columns={nodeColumns} rows={nodes} subject={t("nodesCaption", { region: regionName, year })} />
        </div>
      </details>
      <details className="space-y-3">
        <summary className="cursor-pointer font-semibold text-teal-800 underline underline-offset-4">{t("edgesToggle")}</summary>
        <div className="mt-3 space-y-3">
          <DataTable
            caption={t("edgesCaption", { region: regionName, year })}
            columns={edgeColumns}
            rows={shown.edges}
            rowKey={(e) => `${e.source}-${e.target}`}
            empty={t("empty", { year })}
          />
          {edges.length > TABLE_ROWS && <p className="text-sm text-slate-700">{t("tableTruncated", { shown: TABLE_ROWS, total: edges.length })}</p>}
          <CsvDownloadLink filename={`red-vinculos-${slugYear}`} columns={edgeColumns} rows={edges} subject={t("edgesCaption", { region: regionName, year })} />
        </div>
      </details>
    </div>
  );
}
