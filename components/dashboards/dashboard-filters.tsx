import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { EDGE_KINDS, type EdgeKind } from "@/lib/metrics/types";

/**
 * The dashboard's year and the kinds of evidence the network is built from: a plain GET form, so
 * the choice lands in the URL (shareable, back-button friendly) and works without JavaScript.
 */
export async function DashboardFilters({ year, years: available, kinds }: { year: number; years: number[]; kinds: EdgeKind[] }) {
  const [t, tMetrics] = await Promise.all([getTranslations("dashboards.filters"), getTranslations("metrics")]);
  // The years the region's metrics have, newest first; the shown year is always offered.
  const years = [...new Set([...available, year])].sort((a, b) => b - a);
  return (
    <form method="get" aria-label={t("label")} className="flex flex-wrap items-end gap-6 rounded-lg border border-slate-300 bg-white p-4 print:hidden">
      <SelectField id="dashboard-year" name="year" label={t("year")} defaultValue={String(year)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">{t("kinds")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {EDGE_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="kind" value={k} defaultChecked={kinds.length === 0 || kinds.includes(k)} className="size-4" />
              {tMetrics(`edgeKinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
