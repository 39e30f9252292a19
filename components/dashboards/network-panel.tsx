import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/spreadsheets/export-menu";
import { HELIX_COLORS } from "@/lib/dashboards/helix-colors";
import { HELICES, type EdgeKind } from "@/lib/metrics/types";
import { NetworkExplorer } from "./network-explorer";

/**
 * The cooperation network of one year. The page renders only what does not depend on the size of
 * the network (the legend and the download links, which work without JavaScript); the summary,
 * drawing and tables come from the network API once the page is there (network-explorer.tsx).
 */
export async function NetworkPanel({
  regionSlug,
  regionCode,
  regionName,
  year,
  kinds,
  dataVersion,
}: {
  regionSlug: string;
  regionCode: string;
  regionName: string;
  year: number;
  kinds: EdgeKind[];
  /** The version of the figures on the page: when it changes (a refresh after a recomputation), the network is fetched again. */
  dataVersion: number | null;
}) {
  const [t, tHelix] = await Promise.all([getTranslations("dashboards.network"), getTranslations("enums.helix")]);
  // The downloads carry the page's filters, so the files hold the network the page shows.
  const query = new URLSearchParams([["year", String(year)], ...kinds.map((k) => ["kind", k])]).toString();

  return (
    <div className="space-y-4">
      <ul aria-label={t("legend")} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {HELICES.map((h) => (
          <li key={h} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-3.5 rounded-full border border-slate-700" style={{ backgroundColor: HELIX_COLORS[h] }} />
            {tHelix(h)}
          </li>
        ))}
        <li className="text-slate-700">{t("sizeLegend")}</li>
      </ul>
      <NetworkExplorer regionCode={regionCode} regionSlug={regionSlug} regionName={regionName} year={year} kinds={kinds} dataVersion={dataVersion} />
      <noscript>
        <p className="text-slate-800">{t("noScript")}</p>
      </noscript>
      <div className="space-y-2 print:hidden">
        <ExportMenu regionSlug={regionSlug} dataset="network-nodes" query={query} titled />
        <ExportMenu regionSlug={regionSlug} dataset="network-edges" query={query} titled />
      </div>
    </div>
  );
}
