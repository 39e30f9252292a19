"use client";

import { useId } from "react";

/**
 * A static horizontal bar chart in plain SVG: rendered to HTML on the server, so it shows before
 * any script runs, prints crisply, and fits the printable report and small multiples. Values are
 * printed at the end of each bar, so the chart reads without colour and without hovering. A client
 * component only so the page's RSC payload carries its bars as data, not its SVG elements
 * (decision 0010); it has no state and no effects.
 */
export function SvgBarChart({
  title,
  bars,
  max,
  color = "#0f766e",
  width = 360,
}: {
  /** The accessible name of the drawing. */
  title: string;
  /** `value` null: no data — drawn as a hatched stub with its text, never as zero. */
  bars: { label: string; value: number | null; text: string; color?: string }[];
  /** The value of a full-width bar (defaults to the largest value). */
  max?: number;
  color?: string;
  width?: number;
}) {
  const hatch = useId();
  const rowHeight = 22;
  const labelWidth = Math.round(width * 0.38);
  const textWidth = 64;
  const barSpace = width - labelWidth - textWidth;
  // About 6 px per character at 11 px: longer labels are cut (the table has them whole).
  const maxChars = Math.floor((labelWidth - 8) / 6);
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value ?? 0), 0) || 1;
  const height = bars.length * rowHeight + 4;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" className="max-w-md">
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#e2e8f0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#64748b" strokeWidth="2" />
        </pattern>
      </defs>
      {bars.map((bar, i) => {
        const y = i * rowHeight + 2;
        const w = bar.value === null ? 12 : Math.max(1, (bar.value / top) * barSpace);
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={labelWidth - 6} y={y + 14} textAnchor="end" fontSize="11" fill="#0f172a">
              {bar.label.length > maxChars ? `${bar.label.slice(0, maxChars - 1)}…` : bar.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={w}
              height={rowHeight - 6}
              fill={bar.value === null ? `url(#${hatch})` : (bar.color ?? color)}
            />
            <text x={labelWidth + w + 4} y={y + 14} fontSize="11" fill="#0f172a">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
