// The composite cooperation index, 0–100 (docs/metrics.md, "Cooperation index"). Pure.
// Each sub-indicator is scaled against FIXED reference bounds — never against the other regions —
// so a region's index does not move when another region's data changes, and years compare.
import type { MetricKey } from "@/lib/metrics/types";

export interface IndexComponent {
  /** Value at or below which the sub-indicator scores 0 (or 1 when lower is better). */
  min: number;
  /** Value at or above which it scores 1 (or 0 when lower is better). */
  max: number;
  weight: number;
  lowerIsBetter?: boolean;
}

/** The sub-indicators of the index, their reference bounds and weights (they sum to 1). */
export const INDEX_COMPONENTS = {
  averageDegree: { min: 0, max: 6, weight: 0.15 },
  isolatedShare: { min: 0, max: 1, weight: 0.1, lowerIsBetter: true },
  crossHelixShare: { min: 0, max: 0.8, weight: 0.15 },
  multiHelixProjectShare: { min: 0, max: 1, weight: 0.1 },
  govBetweenness: { min: 0, max: 0.3, weight: 0.05 },
  councilMeetingsPerYear: { min: 0, max: 6, weight: 0.08 },
  councilAttendance: { min: 0, max: 1, weight: 0.06 },
  agreementsOnTimeShare: { min: 0, max: 1, weight: 0.06 },
  seatBalance: { min: 0, max: 1, weight: 0.05 },
  planMonitoredShare: { min: 0, max: 1, weight: 0.07 },
  planOnTrackShare: { min: 0, max: 1, weight: 0.05 },
  territorialSpread: { min: 0, max: 0.5, weight: 0.08 },
} as const satisfies Partial<Record<MetricKey, IndexComponent>>;

export type IndexInput = Partial<Record<keyof typeof INDEX_COMPONENTS, number | null>>;

/** A sub-indicator scaled to 0–1 against its bounds (clamped), flipped when lower is better. */
export function scaleComponent(component: IndexComponent, value: number): number {
  const share = Math.min(1, Math.max(0, (value - component.min) / (component.max - component.min)));
  return component.lowerIsBetter ? 1 - share : share;
}

/**
 * The weighted mean of the scaled sub-indicators × 100. A missing (null) sub-indicator leaves the
 * index and the others' weights are scaled up to sum to 1; nothing at all → null ("no data").
 */
export function cooperationIndex(values: IndexInput): number | null {
  let weighted = 0;
  let weights = 0;
  for (const [key, component] of Object.entries(INDEX_COMPONENTS) as [keyof typeof INDEX_COMPONENTS, IndexComponent][]) {
    const value = values[key];
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    weighted += component.weight * scaleComponent(component, value);
    weights += component.weight;
  }
  if (weights === 0) return null;
  return Math.round((100 * weighted) / weights * 10) / 10;
}
