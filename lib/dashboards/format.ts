import type { NumberFormatOptions } from "next-intl";
import { METRICS, type MetricKey } from "@/lib/metrics/types";

// How a metric's value reads, by its unit (lib/metrics/types.ts): shares as percentages, the
// index on 0–100, counts as whole numbers. Takes next-intl's `format.number` so the same rule
// serves server and client components.

type NumberFormatter = (value: number, options?: NumberFormatOptions) => string;

export function metricNumberOptions(key: MetricKey): NumberFormatOptions {
  switch (METRICS[key].unit) {
    case "share":
      return { style: "percent", maximumFractionDigits: 0 };
    case "index":
      return { maximumFractionDigits: 0 };
    case "count":
      return { maximumFractionDigits: 0 };
    case "perYear":
      return { maximumFractionDigits: 1 };
    case "ratio":
      return { maximumFractionDigits: 2 };
  }
}

/**
 * The value as text; `null` (no data) is the caller's to word, so it is never shown as zero.
 * `extraDigits` adds decimals to the metric's own precision (a legend whose steps would read alike).
 */
export function formatMetric(number: NumberFormatter, key: MetricKey, value: number, extraDigits = 0): string {
  const options = metricNumberOptions(key);
  if (extraDigits === 0) return number(value, options);
  const digits = (options.maximumFractionDigits ?? 0) + extraDigits;
  return number(value, { ...options, minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * The value on a 0–100 scale, for charts that draw shares and the index on one axis; null for
 * units that do not fit such an axis (counts, ratios).
 */
export function onHundredScale(key: MetricKey, value: number | null): number | null {
  if (value === null) return null;
  const unit = METRICS[key].unit;
  if (unit === "share") return Math.round(value * 1000) / 10;
  if (unit === "index") return Math.round(value * 10) / 10;
  return null;
}

export interface MetricChange {
  direction: "up" | "down" | "same";
  /** The change in the metric's own terms: percentage points for shares, points for the index. */
  delta: number;
  /** true/false when the metric has a better direction; null when it is descriptive only. */
  better: boolean | null;
}

/** The change between two years' values; null when either year has no data. */
export function metricChange(key: MetricKey, current: number | null, previous: number | null): MetricChange | null {
  if (current === null || previous === null) return null;
  const scale = METRICS[key].unit === "share" ? 100 : 1;
  const delta = Math.round((current - previous) * scale * 100) / 100;
  const direction = delta > 0 ? "up" : delta < 0 ? "down" : "same";
  const higher = METRICS[key].higherIsBetter;
  return {
    direction,
    delta,
    better: higher === null || direction === "same" ? null : (direction === "up") === higher,
  };
}
