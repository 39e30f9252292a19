import { getFormatter, getTranslations } from "next-intl/server";
import { CsvDownloadLink } from "@/components/charts/csv-download-link";
import type { DataColumn } from "@/components/charts/columns";
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

  const columns: DataColumn<Helix>[] = [
    { header: t("helix"), value: (a) => tHelix(a) },
    ...HELICES.map((b): DataColumn<Helix> => ({ header: tHelix(b), value: (a) => value(a, b) })),
  ];

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="px-4 pt-3 pb-2 text-left font-medium text-slate-700">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("helix")}
              </th>
              {HELICES.map((b) => (
                <th key={b} scope="col" className="px-3 py-2 text-right">
                  {tHelix(b)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HELICES.map((a) => (
              <tr key={a} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {tHelix(a)}
                </th>
                {HELICES.map((b) => {
                  const v = value(a, b);
                  const intensity = max > 0 ? v / max : 0;
                  return (
                    <td
                      key={b}
                      className="px-3 py-2 text-right tabular-nums"
                      // Dark text on every shade: teal over white at up to 80 % keeps it at 4.8:1 or
                      // more (WCAG AA); white text would fall below 4.5:1 on all but the darkest cells.
                      style={{ backgroundColor: `rgba(15, 118, 110, ${(intensity * 0.8).toFixed(2)})`, color: "#0f172a" }}
                    >
                      {number(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-700">{t("legend")}</p>
      <CsvDownloadLink filename={filename} columns={columns} rows={[...HELICES]} subject={caption} />
    </div>
  );
}
