"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  /** Decimal years; the value of year Y sits at Y + 1 (its end), as in lib/plans/status.ts. */
  t: number;
  value: number;
  /** What the tooltip says for this point ("31 dic 2013: 9,8"). */
  label: string;
}

/**
 * An indicator's measurements (points) against its target path (a line from baseline to target).
 * Drawing only: the figure around it gives the title and the table with the same numbers.
 */
export function IndicatorChart({
  title,
  path,
  measurements,
  names,
}: {
  title: string;
  path: ChartPoint[];
  measurements: ChartPoint[];
  names: { path: string; measurements: string; yearEnd: string };
}) {
  const all = [...path, ...measurements];
  const from = Math.floor(Math.min(...all.map((p) => p.t)));
  const to = Math.ceil(Math.max(...all.map((p) => p.t)));
  const step = Math.max(1, Math.ceil((to - from) / 12));
  const ticks = Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
  return (
    <div className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 10, right: 20, bottom: 20, left: 10 }} title={title}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis
            type="number"
            dataKey="t"
            domain={[from, to]}
            ticks={ticks}
            // A tick at Y + 1 is the end of year Y: labelled Y.
            tickFormatter={(v: number) => String(v - 1)}
            label={{ value: names.yearEnd, position: "insideBottom", offset: -10, fill: "#334155" }}
            stroke="#334155"
          />
          <YAxis type="number" dataKey="value" stroke="#334155" width={70} />
          <Tooltip
            formatter={(_value, _name, item) => [(item.payload as ChartPoint).label, ""]}
            labelFormatter={() => ""}
            separator=""
          />
          <Legend verticalAlign="top" />
          {path.length ? <Line data={path} dataKey="value" name={names.path} stroke="#334155" strokeDasharray="6 4" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} /> : null}
          <Scatter data={measurements} dataKey="value" name={names.measurements} fill="#0f766e" shape="circle" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
