"use client";

import { useState } from "react";
import { LazyLineChart } from "@/components/charts/lazy";
import { SERIES_COLORS, type ChartRow } from "@/components/charts/series";

/**
 * The trends chart with its metric picker: the reader ticks which metrics to draw. Every metric
 * offered is on a 0–100 scale (the index, and shares as percentages), so they share one axis.
 */
export function TrendsChart({
  rows,
  metrics,
  initial,
  legend,
}: {
  rows: ChartRow[];
  metrics: { key: string; name: string }[];
  initial: string[];
  legend: string;
}) {
  const [selected, setSelected] = useState<string[]>(initial);
  const series = metrics
    .filter((m) => selected.includes(m.key))
    .map((m) => ({ key: m.key, name: m.name, color: SERIES_COLORS[metrics.indexOf(m) % SERIES_COLORS.length]! }));
  return (
    <div className="space-y-3">
      <fieldset className="print:hidden">
        <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {metrics.map((m) => (
            <label key={m.key} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={selected.includes(m.key)}
                onChange={(e) =>
                  setSelected((s) => (e.target.checked ? [...s, m.key] : s.filter((k) => k !== m.key)))
                }
              />
              {m.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-hidden="true">
        <LazyLineChart rows={rows} xKey="year" series={series} yDomain={[0, 100]} numberFormat={{ maximumFractionDigits: 1 }} />
      </div>
    </div>
  );
}
