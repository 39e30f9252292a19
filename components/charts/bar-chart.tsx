"use client";

import { useFormatter, type NumberFormatOptions } from "next-intl";
import { Bar, BarChart as RechartsBarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "./series";

/**
 * A bar chart of categories (horizontal bars: long category names stay readable). Props are plain
 * data so a server component can render it; the table alternative sits next to it (ChartFigure).
 */
export function BarChart({
  rows,
  categoryKey,
  series,
  numberFormat,
  stacked = false,
}: {
  rows: ChartRow[];
  categoryKey: string;
  series: ChartSeries[];
  numberFormat?: NumberFormatOptions;
  stacked?: boolean;
}) {
  const format = useFormatter();
  const formatValue = (v: unknown) => (typeof v === "number" ? format.number(v, numberFormat) : String(v ?? ""));
  const height = Math.max(160, rows.length * (series.length > 1 && !stacked ? 44 : 32) + 60);
  return (
    <ResponsiveContainer width="100%" height={height}>
      {/* No keyboard layer: ChartFigure hides the drawing from assistive technology (its table
          says the same), so a focusable chart would be a tab stop nobody can hear. */}
      <RechartsBarChart data={rows} accessibilityLayer={false} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={formatValue} allowDecimals={false} />
        <YAxis type="category" dataKey={categoryKey} width={170} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={formatValue} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={stacked ? "stack" : undefined}
            isAnimationActive={false}
          />
        ))}
      </RechartsBarChart>
    </ResponsiveContainer>
  );
}
