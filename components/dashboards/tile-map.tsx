import { getFormatter, getTranslations } from "next-intl/server";
import { formatMetric } from "@/lib/dashboards/format";
import { classBreaks, legendSteps, NO_DATA_FILL, TILE_STEPS, tileOf, TILE_COLS, TILE_ROWS } from "@/lib/dashboards/tile-grid";
import type { ComparisonRow, MetricKey } from "@/lib/metrics/types";
import { RegionTile } from "./region-tile";

/**
 * The tile map of Peru: one tile per region, where it roughly lies, coloured by the metric, with
 * the value written on the tile. A region without data is hatched grey and says so in words;
 * it is never coloured as a zero. Every tile links to the region's dashboard.
 */
export async function TileMap({ rows, metric, year }: { rows: ComparisonRow[]; metric: MetricKey; year: number }) {
  const [t, tMetrics, format] = await Promise.all([getTranslations("dashboards.national"), getTranslations("metrics"), getFormatter()]);
  const withData = rows.filter((r) => r.hasData && r.value !== null);
  const breaks = withData.length > 0 ? classBreaks(withData.map((r) => r.value!), TILE_STEPS.length) : null;
  const text = (v: number) => formatMetric(format.number, metric, v);
  const placed = rows.filter((r) => tileOf(r.region.code));
  const unplaced = rows.filter((r) => !tileOf(r.region.code));
  const name = tMetrics(`names.${metric}`);

  const tile = (r: ComparisonRow) => {
    const noData = !r.hasData || r.value === null;
    return (
      <RegionTile
        slug={r.region.slug}
        name={r.region.name}
        label={noData ? tMetrics("noData") : text(r.value!)}
        step={noData || !breaks ? null : breaks.step(r.value!)}
      />
    );
  };

  return (
    <div className="space-y-4">
      <ul
        aria-label={t("mapLabel", { metric: name, year })}
        className="grid max-w-3xl gap-1.5"
        style={{ gridTemplateColumns: `repeat(${TILE_COLS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${TILE_ROWS}, auto)` }}
      >
        {placed.map((r) => {
          const p = tileOf(r.region.code)!;
          return (
            <li key={r.region.id} style={{ gridRow: p.row + 1, gridColumn: p.col + 1 }}>
              {tile(r)}
            </li>
          );
        })}
      </ul>
      {unplaced.length > 0 ? (
        <ul aria-label={t("unplaced")} className="flex flex-wrap gap-2">
          {unplaced.map((r) => (
            <li key={r.region.id} className="w-32">
              {tile(r)}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="space-y-2">
        <p className="text-sm font-semibold text-slate-900">{t("legendTitle", { metric: name })}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {breaks
            ? legendSteps(breaks, TILE_STEPS.length, (v, extra) => formatMetric(format.number, metric, v, extra)).map(({ step, from, to }) => (
                <li key={step} className="flex items-center gap-2">
                  <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-slate-500" style={{ backgroundColor: TILE_STEPS[step]!.fill }} />
                  {t("legendRange", { from, to })}
                </li>
              ))
            : null}
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-slate-500" style={{ background: NO_DATA_FILL }} />
            {tMetrics("noData")}
          </li>
        </ul>
      </div>
    </div>
  );
}
