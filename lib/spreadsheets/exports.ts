import "server-only";
import { formatIsoDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { assertCan, type RegionContext } from "@/lib/tenancy";
import { actorsExport } from "./datasets/actors";
import { agreementsExport, seatsExport } from "./datasets/council";
import { perucrisConsortiumExport, perucrisFundingExport, perucrisProjectsExport, perucrisTeamExport, projectsExport } from "@/lib/projects/exports";
import { planExport } from "@/lib/plans/exports";
import { networkEdgesExport, networkNodesExport } from "@/lib/metrics/exports";
import type { ExportDataset } from "./dataset";
import { translatorFor } from "./messages";
import { toSpreadsheet, type SpreadsheetFormat } from "./write";

// Export datasets, by the name they have in URLs (/api/regions/<region>/exports/<name>).
// Adding one = writing an ExportDataset and adding one line to EXPORT_DATASETS
// (docs/spreadsheets.md).

export const EXPORT_DATASETS: Record<string, ExportDataset<unknown>> = {
  actors: actorsExport,
  seats: seatsExport,
  agreements: agreementsExport,
  projects: projectsExport,
  "perucris-projects": perucrisProjectsExport,
  "perucris-consortium": perucrisConsortiumExport,
  "perucris-team": perucrisTeamExport,
  "perucris-funding": perucrisFundingExport,
  plan: planExport,
  "network-nodes": networkNodesExport,
  "network-edges": networkEdgesExport,
};

/** The file of one dataset for the caller's region; unknown dataset → NotFoundError. */
export async function buildExport(
  ctx: RegionContext,
  name: string,
  format: SpreadsheetFormat,
  locale: Locale,
  params: URLSearchParams,
): Promise<{ bytes: Uint8Array; fileBase: string }> {
  const definition = Object.hasOwn(EXPORT_DATASETS, name) ? EXPORT_DATASETS[name] : undefined;
  if (!definition) throw new NotFoundError("dataset");
  await assertCan(ctx, "region.read");
  if (definition.permission) await assertCan(ctx, definition.permission);
  const t = translatorFor(locale);
  const rows = await definition.load(ctx, params);
  const header = definition.columns.map((c) => t(c.label));
  const cells = rows.map((r) => definition.columns.map((c) => c.value(r, t)));
  const title = t(definition.title);
  const bytes = await toSpreadsheet(format, title, header, cells);
  return { bytes, fileBase: `${ctx.regionSlug}-${title}-${formatIsoDay(new Date())}` };
}
