import { getFormatter, getTranslations } from "next-intl/server";
import { CsvDownloadLink } from "@/components/charts/csv-download-link";
import type { DataColumn } from "@/components/charts/columns";
import { DataTable } from "@/components/charts/data-table";
import { HELICES, type HelixMatrix as Matrix } from "@/lib/metrics/types";
import type { Helix } from "@/lib/generated/prisma/enums";

/**
 * The helix link matrix as a table heat-map: each cell's shade grows with the weight of the links
 * between two helices, and the number is always written in the cell (the shade only echoes it).
 */
export async function HelixMatrix({ matrix, caption, filename }: { matrix: Matrix; caption: string; filename: string }) {
  const [t, tHelix, format] = await Promise.all([
    getTranslations("dashboards.matrix"),
    getTranslations("enums.helix"),
    getFormatter(),
  ]);
  const max = Math.max(0, ...HELICES.flatMap((a) => HELICES.map((b) => matrix[a]?.[b] ?? 0)));
  const value = (a: Helix, b: Helix) => matrix[a]?.[b] ?? 0;
  const number = (v: number) => format.number(v, { maximumFractionDigits: 1 });

  // One definition for the table and its CSV: the CSV gets the raw weights, the table the
  // formatted number on its shade.
  const columns: DataColumn<Helix>[] = [
    { header: t("helix"), rowHeader: true, value: (a) => tHelix(a) },
    ...HELICES.map(
      (b): DataColumn<Helix> => ({
        header: tHelix(b),
        numeric: true,
        value: (a) => value(a, b),
        display: (a) => ({ text: number(value(a, b)), shade: max > 0 ? value(a, b) / max : 0 }),
      }),
    ),
  ];

  return (
    <div className="space-y-3">
      <DataTable caption={caption} columns={columns} rows={HELICES} rowKey={(a) => a} />
      <p className="text-sm text-slate-700">{t("legend")}</p>
      <CsvDownloadLink filename={filename} columns={columns} rows={HELICES} subject={caption} />
    </div>
  );
}
