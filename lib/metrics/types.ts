// The cooperation metrics' vocabulary (docs/metrics.md, "Cooperation metrics"). Plain types and
// constants, safe to import from client components (charts, tables, CSV downloads); the functions
// that compute and read the metrics live in lib/metrics/index.ts (server-only).
import type { Helix } from "@/lib/generated/prisma/enums";

export type MetricKey =
  | "cooperationIndex"
  | "density"
  | "averageDegree"
  | "isolatedShare"
  | "components"
  | "crossHelixShare"
  | "multiHelixProjectShare"
  | "govBetweenness"
  | "councilBetweenness"
  | "communities"
  | "crossHelixCommunityShare"
  | "councilMeetingsPerYear"
  | "councilAttendance"
  | "agreementsOnTimeShare"
  | "seatBalance"
  | "planMonitoredShare"
  | "planOnTrackShare"
  | "territorialSpread"
  | "mseShare"
  | "informalShare"
  | "actors"
  | "projects"
  | "evidence";

export type MetricUnit = "index" | "share" | "count" | "ratio" | "perYear";

export interface MetricDefinition {
  /** index: 0–100; share: 0–1 (show as %); count: whole number; ratio: a plain number; perYear: count per year. */
  unit: MetricUnit;
  /** true: more is better; false: less is better; null: descriptive only (no judgement). */
  higherIsBetter: boolean | null;
}

export const METRICS: Record<MetricKey, MetricDefinition> = {
  cooperationIndex: { unit: "index", higherIsBetter: true },
  density: { unit: "share", higherIsBetter: true },
  averageDegree: { unit: "ratio", higherIsBetter: true },
  isolatedShare: { unit: "share", higherIsBetter: false },
  components: { unit: "count", higherIsBetter: null },
  crossHelixShare: { unit: "share", higherIsBetter: true },
  multiHelixProjectShare: { unit: "share", higherIsBetter: true },
  govBetweenness: { unit: "share", higherIsBetter: true },
  councilBetweenness: { unit: "share", higherIsBetter: true },
  communities: { unit: "count", higherIsBetter: null },
  crossHelixCommunityShare: { unit: "share", higherIsBetter: true },
  councilMeetingsPerYear: { unit: "perYear", higherIsBetter: true },
  councilAttendance: { unit: "share", higherIsBetter: true },
  agreementsOnTimeShare: { unit: "share", higherIsBetter: true },
  seatBalance: { unit: "share", higherIsBetter: true },
  planMonitoredShare: { unit: "share", higherIsBetter: true },
  planOnTrackShare: { unit: "share", higherIsBetter: true },
  territorialSpread: { unit: "share", higherIsBetter: true },
  mseShare: { unit: "share", higherIsBetter: null },
  informalShare: { unit: "share", higherIsBetter: null },
  actors: { unit: "count", higherIsBetter: null },
  projects: { unit: "count", higherIsBetter: null },
  evidence: { unit: "count", higherIsBetter: null },
};

/** Every metric, in the order tables and the API list them. */
export const METRIC_KEYS: readonly MetricKey[] = Object.keys(METRICS) as MetricKey[];

export function isMetricKey(value: unknown): value is MetricKey {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(METRICS, value);
}

/** The kinds of evidence an edge of the cooperation network comes from. */
export type EdgeKind = "PROJECT" | "CONVENIO" | "JOINT_EVENT" | "COUNCIL";
export const EDGE_KINDS: readonly EdgeKind[] = ["PROJECT", "CONVENIO", "JOINT_EVENT", "COUNCIL"];

export const HELICES: readonly Helix[] = ["GOVERNMENT", "ACADEMIA", "RESEARCH", "BUSINESS", "CIVIL_SOCIETY", "INTERNATIONAL"];

/** helixMatrix[a][b]: the summed weight of edges between an actor of helix a and one of helix b (symmetric). */
export type HelixMatrix = Record<Helix, Record<Helix, number>>;

export interface RegionYearMetrics {
  regionId: string;
  year: number;
  /** null: the metric cannot be computed for this region and year (no data), never shown as zero. */
  values: Record<MetricKey, number | null>;
  helixMatrix: HelixMatrix;
  /** The Region.dataVersion the figures were computed from. */
  dataVersion: number;
  /** ISO timestamp of the computation. */
  computedAt: string;
  /** false when the region had no actors at all in that year. */
  hasData: boolean;
  /**
   * true: the region has changed since (dataVersion is behind) and its figures are being
   * recomputed; these are the previous ones, shown meanwhile (lib/metrics, currentRows).
   */
  stale: boolean;
}

export interface RegionRef {
  id: string;
  /** INEI UBIGEO code ("08"). */
  code: string;
  slug: string;
  name: string;
}

export interface ComparisonRow {
  region: RegionRef;
  value: number | null;
  hasData: boolean;
  /** ISO timestamp of the region's most recent change of data (its last audited write), or null. */
  lastDataAt: string | null;
  /** The previous figures, shown while the region's new ones are computed (RegionYearMetrics.stale). */
  stale: boolean;
}

export interface NetworkNode {
  id: string;
  label: string;
  helix: Helix;
  /** Number of distinct neighbours in the filtered network. */
  degree: number;
  /** Louvain community index (0, 1, …), stable for the same data. */
  community: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Summed weight of the evidence (kind weight × recency decay). */
  weight: number;
  kinds: EdgeKind[];
}

/**
 * A network with more actors than this reaches the dashboard as its core (the network API's `top`,
 * lib/metrics/graph.ts networkView): a drawing of thousands of actors is unreadable, and Lima's
 * whole network at benchmark scale 10 (7,783 actors, 87,248 links, 12.6 MB of JSON) kept the
 * browser busy for seconds. At least the 100 rows the dashboard's tables show, so they stay exact.
 */
export const NETWORK_CORE_ACTORS = 300;

export interface RegionNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** The whole network's actors and links (with the kinds asked for), also when only its core was asked for. */
  totals: { nodes: number; edges: number };
  /** The previous network, shown while the region's new one is computed (RegionYearMetrics.stale). */
  stale: boolean;
}
