"use client";

import { useFormatter, type NumberFormatOptions } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart as RechartsLineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "./series";

/**
 * Lines over an ordered x axis (years). A null value leaves a gap: a year without data is not
 * drawn as zero. Each series also gets its own dash pattern, so lines are told apart without
 * colour.
 */
export function LineChart({
  rows,
  xKey,
  series,
  numberFormat,
  yDomain,
}: {
  rows: ChartRow[];
  xKey: string;
  series: ChartSeries[];
  numberFormat?: NumberFormatOptions;
  yDomain?: [number, number];
}) {
  const format = useFormatter();
  const formatValue = (v: unknown) => (typeof v === "number" ? format.number(v, numberFormat) : String(v ?? ""));
  const dashes = ["", "6 3", "2 2", "8 3 2 3", "12 4", "4 4"];
  return (
    <ResponsiveContainer width="100%" height={300}>
      {/* No keyboard layer: ChartFigure hides the drawing from assistive technology (its table
          says the same), so a focusable chart would be a tab stop nobody can hear. */}
      <RechartsLineChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={xKey} />
        <YAxis domain={yDomain ?? ["auto", "auto"]} tickFormatter={formatValue} width={48} />
        <Tooltip formatter={formatValue} />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={dashes[i % dashes.length]}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </RechartsLineChart>
    </ResponsiveContainer>
  );
}
