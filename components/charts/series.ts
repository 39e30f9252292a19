/** One drawn series of a chart: the data field it reads, its name in the legend, its colour. */
export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

/** A chart's rows: the category (or x value) under `categoryKey`, one number per series. */
export type ChartRow = Record<string, string | number | null>;

/** A small palette for series that have no colour of their own (Okabe–Ito, dark first). */
export const SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"] as const;
