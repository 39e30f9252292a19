import { EDGE_KINDS, isMetricKey, type EdgeKind, type MetricKey } from "@/lib/metrics/types";

// The dashboards' URL parameters. A bad value in the URL is ignored (the default is used), never
// an error page: these links get shared and edited by hand.

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The first year the national dashboard offers (a region's own dashboard offers the years its
 * metrics have). The study dates from 2013; the demo plans start in 2011.
 */
export const FIRST_YEAR = 2010;

export function currentYear(now = new Date()): number {
  return now.getUTCFullYear();
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(","));
}

export function parseYear(value: string | string[] | undefined, now = new Date()): number | null {
  const raw = first(value);
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= FIRST_YEAR && year <= currentYear(now) ? year : null;
}

/**
 * The year a dashboard shows: the one asked for if the metrics have it, else the most recent year
 * the metrics have, else the current year.
 */
export function resolveYear(requested: number | null, available: readonly number[], now = new Date()): number {
  if (requested !== null && (available.length === 0 || available.includes(requested))) return requested;
  return available.length > 0 ? Math.max(...available) : currentYear(now);
}

export interface RegionDashboardQuery {
  year: number | null;
  /** Empty: every kind. */
  kinds: EdgeKind[];
}

export function parseRegionDashboardQuery(params: SearchParams, now = new Date()): RegionDashboardQuery {
  const kinds = [...new Set(all(params.kind))].filter((k): k is EdgeKind => (EDGE_KINDS as readonly string[]).includes(k));
  return { year: parseYear(params.year, now), kinds: kinds.length === EDGE_KINDS.length ? [] : kinds };
}

/** The metrics the national comparison table shows side by side (and the compare view charts). */
export const COMPARISON_METRICS: readonly MetricKey[] = [
  "cooperationIndex",
  "density",
  "crossHelixShare",
  "multiHelixProjectShare",
  "councilAttendance",
  "planMonitoredShare",
  "territorialSpread",
  "actors",
  "projects",
];

export type SortDirection = "asc" | "desc";

export interface NationalQuery {
  metric: MetricKey;
  year: number | null;
  /** "name" or one of COMPARISON_METRICS. */
  sort: "name" | MetricKey;
  dir: SortDirection;
  /** Region slugs to compare (the form's checkboxes), at most MAX_COMPARED. */
  compare: string[];
}

export const MAX_COMPARED = 6;

export function parseNationalQuery(params: SearchParams, now = new Date()): NationalQuery {
  const metric = first(params.metric);
  const sort = first(params.sort);
  const dir = first(params.dir);
  return {
    metric: isMetricKey(metric) ? metric : "cooperationIndex",
    year: parseYear(params.year, now),
    sort: sort === "name" ? "name" : isMetricKey(sort) && COMPARISON_METRICS.includes(sort) ? sort : "name",
    dir: dir === "desc" ? "desc" : "asc",
    compare: [...new Set(all(params.compare).filter((s) => /^[a-z0-9-]{1,40}$/.test(s)))].slice(0, MAX_COMPARED),
  };
}
