import type { ComparisonRow, MetricKey, RegionRef } from "@/lib/metrics/types";
import type { SortDirection } from "./query";

// The national dashboard joins several one-metric comparisons (lib/metrics nationalComparisons)
// into one row per region, and sorts them. Pure, so the sorting rule is unit-tested.

export interface NationalRow {
  region: RegionRef;
  hasData: boolean;
  lastDataAt: string | null;
  values: Partial<Record<MetricKey, number | null>>;
}

export function mergeComparisons(byMetric: ReadonlyMap<MetricKey, readonly ComparisonRow[]>): NationalRow[] {
  const rows = new Map<string, NationalRow>();
  for (const [metric, comparison] of byMetric) {
    for (const c of comparison) {
      const row = rows.get(c.region.id) ?? { region: c.region, hasData: false, lastDataAt: c.lastDataAt, values: {} };
      row.hasData ||= c.hasData;
      row.values[metric] = c.hasData ? c.value : null;
      rows.set(c.region.id, row);
    }
  }
  return [...rows.values()];
}

/**
 * Sorted by name or by one metric. Regions without a value always come last, whichever the
 * direction: "no data" is not a small number.
 */
export function sortNationalRows(rows: readonly NationalRow[], sort: "name" | MetricKey, dir: SortDirection, locale: string): NationalRow[] {
  const collator = new Intl.Collator(locale);
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: NationalRow, b: NationalRow) => collator.compare(a.region.name, b.region.name);
  return [...rows].sort((a, b) => {
    if (sort === "name") return sign * byName(a, b);
    const va = a.values[sort] ?? null;
    const vb = b.values[sort] ?? null;
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}
