// From one region's evidence (lib/metrics/load.ts pulls it in one SQL statement) to its metrics
// for every year (docs/metrics.md, "Cooperation metrics"). Pure: "today" is an argument.
import type { Helix } from "@/lib/generated/prisma/enums";
import { indicatorStatus, isStale, type Direction, type Frequency } from "@/lib/plans/status";
import { cooperationIndex } from "@/lib/metrics/composite";
import { networkMetrics, round, type ActorRow, type PairRow, type SeatRow, type StoredNetwork } from "@/lib/metrics/graph";
import { HELICES, METRIC_KEYS, type HelixMatrix, type MetricKey } from "@/lib/metrics/types";

/** Everything the metrics of a region need, read in one snapshot. */
export interface RegionData {
  dataVersion: number;
  /** The first year with any dated evidence; null when there is none. */
  firstYear: number | null;
  /** The latest change to the region's records (ISO), for the national coverage view. */
  lastDataAt: string | null;
  actors: ActorRow[];
  pairs: PairRow[];
  seats: (SeatRow & { helix: Helix })[];
  /** Per year: projects active, with participants, spanning ≥2 helices, with a province, with one outside the capital. */
  projectYears: { year: number; projects: number; withParticipants: number; multiHelix: number; withProvince: number; outside: number }[];
  /** Per year: convenios and joint events that took place. */
  evidenceYears: { year: number; count: number }[];
  /** Per year: meetings held, and attendance rows of those meetings (present or not). */
  meetingYears: { year: number; held: number; seats: number; present: number }[];
  /** Per due year: agreements due (by today), and of those done on or before their due date. */
  agreementYears: { year: number; due: number; onTime: number }[];
  /** Per year of a plan in force: each indicator with its latest measurement up to the end of that year. */
  indicators: {
    year: number;
    indicatorId: string;
    baselineValue: number | null;
    baselineYear: number | null;
    targetValue: number | null;
    targetYear: number | null;
    direction: Direction;
    frequency: Frequency;
    measuredOn: string | null;
    value: number | null;
  }[];
}

export interface ComputedYear {
  year: number;
  values: Record<MetricKey, number | null>;
  helixMatrix: HelixMatrix;
  hasData: boolean;
  /** The year's network, for drawing. */
  network: StoredNetwork;
}

/** Years to compute: from the first year with evidence (at most 30 years back) to this year. */
export function yearsToCompute(firstYear: number | null, currentYear: number): number[] {
  const from = Math.max(firstYear ?? currentYear, currentYear - 30);
  const years: number[] = [];
  for (let y = Math.min(from, currentYear); y <= currentYear; y++) years.push(y);
  return years;
}

/** The date a year's figures are judged on: its last day, or today for the current year. */
export function referenceDate(year: number, today: Date): Date {
  const end = new Date(Date.UTC(year, 11, 31));
  return end.getTime() < today.getTime() ? end : today;
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** Shannon evenness of seats over the six helices: 1 when every helix holds as many seats. */
export function seatBalance(seatsByHelix: ReadonlyMap<Helix, number>): number | null {
  const total = [...seatsByHelix.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  let entropy = 0;
  for (const count of seatsByHelix.values()) {
    if (count > 0) entropy -= (count / total) * Math.log(count / total);
  }
  return entropy / Math.log(HELICES.length);
}

/**
 * Every year's figures and network. The app runs it on the metrics worker thread
 * (lib/metrics/thread.ts): a year of a large region is up to about a second of graph work
 * (Lima at benchmark scale 10: 13 years, about 8 s in all). Async to give that thread's event loop
 * back between years, so a small region's job posted meanwhile is not held behind a large one's
 * whole computation.
 */
export async function computeYears(data: RegionData, today: Date): Promise<ComputedYear[]> {
  const currentYear = today.getUTCFullYear();
  const byYear = <T extends { year: number }>(rows: T[]) => new Map(rows.map((r) => [r.year, r]));
  const projectYears = byYear(data.projectYears);
  const evidenceYears = byYear(data.evidenceYears);
  const meetingYears = byYear(data.meetingYears);
  const agreementYears = byYear(data.agreementYears);

  const out: ComputedYear[] = [];
  for (const year of yearsToCompute(data.firstYear, currentYear)) {
    if (out.length > 0) await new Promise((resolve) => setImmediate(resolve));
    const net = networkMetrics(data.actors, data.pairs, data.seats, year);
    const projects = projectYears.get(year);
    const meetings = meetingYears.get(year);
    const agreements = agreementYears.get(year);

    // Council: exists this year if a seat is active or a meeting was held.
    const seatsByHelix = new Map<Helix, number>();
    for (const seat of data.seats) {
      if (seat.fromYear <= year && seat.toYear >= year) seatsByHelix.set(seat.helix, (seatsByHelix.get(seat.helix) ?? 0) + 1);
    }
    const hasCouncil = seatsByHelix.size > 0 || (meetings?.held ?? 0) > 0;

    // Plan: the indicators of plans in force that year, judged on the year's reference date.
    const onDate = referenceDate(year, today);
    let indicators = 0;
    let monitored = 0;
    let judged = 0;
    let onTrack = 0;
    for (const row of data.indicators) {
      if (row.year !== year) continue;
      indicators += 1;
      const latest = row.measuredOn !== null && row.value !== null ? { measuredOn: new Date(`${row.measuredOn}T00:00:00Z`), value: row.value } : null;
      if (latest && !isStale(row.frequency, latest.measuredOn, onDate)) monitored += 1;
      const status = indicatorStatus(row, latest, onDate).status;
      if (status !== "NO_DATA") judged += 1;
      if (status === "ON_TRACK") onTrack += 1;
    }

    const values: Record<MetricKey, number | null> = {
      cooperationIndex: null,
      density: net.density,
      averageDegree: net.averageDegree,
      isolatedShare: net.isolatedShare,
      components: net.components,
      crossHelixShare: net.crossHelixShare,
      multiHelixProjectShare: share(projects?.multiHelix ?? 0, projects?.withParticipants ?? 0),
      govBetweenness: net.govBetweenness,
      councilBetweenness: net.councilBetweenness,
      communities: net.communities,
      crossHelixCommunityShare: net.crossHelixCommunityShare,
      councilMeetingsPerYear: hasCouncil ? (meetings?.held ?? 0) : null,
      councilAttendance: share(meetings?.present ?? 0, meetings?.seats ?? 0),
      agreementsOnTimeShare: share(agreements?.onTime ?? 0, agreements?.due ?? 0),
      seatBalance: seatBalance(seatsByHelix),
      planMonitoredShare: share(monitored, indicators),
      planOnTrackShare: share(onTrack, judged),
      territorialSpread: mean([share(net.provinces.outside, net.provinces.known), share(projects?.outside ?? 0, projects?.withProvince ?? 0)]),
      mseShare: share(net.firms.mse, net.firms.sizeKnown),
      informalShare: share(net.firms.informal, net.firms.formalityKnown),
      actors: net.actors,
      projects: projects?.projects ?? 0,
      evidence: evidenceYears.get(year)?.count ?? 0,
    };
    const hasData = net.actors > 0;
    values.cooperationIndex = hasData ? cooperationIndex(values) : null;
    if (!hasData) for (const key of METRIC_KEYS) values[key] = null;
    for (const key of METRIC_KEYS) {
      const v = values[key];
      if (v !== null) values[key] = round(v);
    }
    const helixMatrix = Object.fromEntries(
      Object.entries(net.helixMatrix).map(([a, row]) => [a, Object.fromEntries(Object.entries(row).map(([b, w]) => [b, round(w)]))]),
    ) as HelixMatrix;
    out.push({ year, values, helixMatrix, hasData, network: net.network });
  }
  return out;
}
