// The indicator status rule (docs/metrics.md, "Indicator status"): pure, so pages, exports, the
// dashboard metrics and the tests all judge an indicator the same way. No database, no clock:
// "today" is an argument.

export const INDICATOR_STATUSES = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type Frequency = "MONTHLY" | "QUARTERLY" | "SEMIANNUAL" | "ANNUAL" | "BIENNIAL";

/** Why an indicator has the status it has; the page explains each one in words. */
export type StatusReason =
  | "noTarget" // no target value or year: nothing to judge against
  | "noMeasurement" // never measured
  | "stale" // the latest measurement is older than twice the frequency
  | "noBaseline" // no baseline: judged only once the target is reached or its year has passed
  | "targetReached" // the latest value meets the target
  | "path"; // judged against the straight path from baseline to target

/**
 * Tolerance, as a share of the whole planned change |target − baseline|: a value behind the path
 * by at most ON_TRACK_TOLERANCE is on track, by at most AT_RISK_TOLERANCE at risk, further behind
 * off track. A share of the planned change (not of the expected value) keeps the bands the same
 * size from the first year to the last, and the same for "%" and "thousands of tourists".
 */
export const ON_TRACK_TOLERANCE = 0.1;
export const AT_RISK_TOLERANCE = 0.25;

/** A measurement is stale when older than this many periods of the indicator's frequency. */
export const STALE_PERIODS = 2;

export const FREQUENCY_MONTHS: Record<Frequency, number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  SEMIANNUAL: 6,
  ANNUAL: 12,
  BIENNIAL: 24,
};

export interface IndicatorTargets {
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  direction: Direction;
  frequency: Frequency;
}

export interface LatestMeasurement {
  /** A calendar date (UTC midnight, as PostgreSQL `date` columns arrive). */
  measuredOn: Date;
  value: number;
}

export interface StatusResult {
  status: IndicatorStatus;
  reason: StatusReason;
  /** The value the path expects at the latest measurement's date (null without a path). */
  expected: number | null;
  /**
   * How far the latest value is from the path, as a share of the planned change; positive is
   * better than planned, whatever the direction. Null when not judged against the path.
   */
  deviation: number | null;
  /** For a stale measurement: the status it had when it was taken (shown as "last known"). */
  lastKnown: Exclude<IndicatorStatus, "NO_DATA"> | null;
}

/**
 * Time as decimal years, where the value of year Y stands at the END of Y (Y + 1.0): plans state
 * "the 2010 baseline" and "the 2021 target" for year-end figures, and a measurement dated
 * 31 December 2021 is compared with the 2021 target itself.
 */
export function yearPoint(year: number): number {
  return year + 1;
}

export function dateToYears(date: Date): number {
  const y = date.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  // 1 January → Y + 1/days, 31 December → Y + 1.
  return y + (Math.floor((date.getTime() - start) / 86_400_000) + 1) / days;
}

/** The straight path at time t (decimal years), held at the baseline before it and the target after. */
export function pathValue(t: IndicatorTargets & { baselineValue: number; baselineYear: number; targetValue: number; targetYear: number }, at: number): number {
  const from = yearPoint(t.baselineYear);
  const to = yearPoint(t.targetYear);
  if (to <= from || at >= to) return t.targetValue;
  if (at <= from) return t.baselineValue;
  return t.baselineValue + ((t.targetValue - t.baselineValue) * (at - from)) / (to - from);
}

/** Is `value` at or beyond `target` in the good direction? */
export function meetsTarget(direction: Direction, value: number, target: number): boolean {
  return direction === "HIGHER_IS_BETTER" ? value >= target : value <= target;
}

/** The measurement is older than STALE_PERIODS periods of the frequency on `today`. */
export function isStale(frequency: Frequency, measuredOn: Date, today: Date): boolean {
  const limit = new Date(measuredOn.getTime());
  limit.setUTCMonth(limit.getUTCMonth() + STALE_PERIODS * FREQUENCY_MONTHS[frequency]);
  return today.getTime() > limit.getTime();
}

/** The status band of a deviation (share of the planned change; negative is behind). */
export function band(deviation: number): Exclude<IndicatorStatus, "NO_DATA"> {
  // A tiny epsilon so that exactly "10 % behind" is on track despite floating point.
  if (deviation >= -ON_TRACK_TOLERANCE - 1e-9) return "ON_TRACK";
  if (deviation >= -AT_RISK_TOLERANCE - 1e-9) return "AT_RISK";
  return "OFF_TRACK";
}

/** The status of the value alone, ignoring its age. */
function judge(t: IndicatorTargets, m: LatestMeasurement, today: Date): Omit<StatusResult, "lastKnown"> {
  const { targetValue, targetYear } = t;
  if (targetValue === null || targetYear === null) return { status: "NO_DATA", reason: "noTarget", expected: null, deviation: null };
  if (meetsTarget(t.direction, m.value, targetValue)) return { status: "ON_TRACK", reason: "targetReached", expected: null, deviation: null };
  if (t.baselineValue === null || t.baselineYear === null) {
    // No path to compare with: short of the target is a failure only once its year is over.
    const over = dateToYears(today) > yearPoint(targetYear);
    return over
      ? { status: "OFF_TRACK", reason: "noBaseline", expected: targetValue, deviation: null }
      : { status: "NO_DATA", reason: "noBaseline", expected: null, deviation: null };
  }
  const full = { ...t, baselineValue: t.baselineValue, baselineYear: t.baselineYear, targetValue, targetYear };
  const expected = pathValue(full, dateToYears(m.measuredOn));
  // The planned change sets the scale; "keep the value as it is" plans fall back to the target.
  const scale = Math.abs(targetValue - t.baselineValue) || Math.abs(targetValue) || 1;
  const sign = t.direction === "HIGHER_IS_BETTER" ? 1 : -1;
  const deviation = (sign * (m.value - expected)) / scale;
  return { status: band(deviation), reason: "path", expected, deviation };
}

/**
 * The status of one indicator from its targets and its latest measurement, on `today`.
 * A stale measurement gives NO_DATA (reason "stale"): the status says what is known now, and an
 * old figure is not knowledge of now; what it said then is kept in `lastKnown`.
 */
export function indicatorStatus(t: IndicatorTargets, latest: LatestMeasurement | null, today: Date): StatusResult {
  if (t.targetValue === null || t.targetYear === null) return { status: "NO_DATA", reason: "noTarget", expected: null, deviation: null, lastKnown: null };
  if (!latest) return { status: "NO_DATA", reason: "noMeasurement", expected: null, deviation: null, lastKnown: null };
  const judged = judge(t, latest, today);
  if (isStale(t.frequency, latest.measuredOn, today)) {
    return { ...judged, status: "NO_DATA", reason: "stale", lastKnown: judged.status === "NO_DATA" ? null : judged.status };
  }
  return { ...judged, lastKnown: null };
}

// ---------------------------------------------------------------------------------------------
// Roll-up: objectives and plans
// ---------------------------------------------------------------------------------------------

export type StatusCounts = Record<IndicatorStatus, number>;

export interface RollUp {
  counts: StatusCounts;
  total: number;
  status: IndicatorStatus;
}

const SCORE = { ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 2 } as const;

/**
 * An objective's or a plan's status from its indicators' (a plan: all indicators of all its
 * objectives, each counting once). Indicators without data are counted but do not vote; the rest
 * score on track 0, at risk 1, off track 2, and the mean decides: below 0.5 on track, below 1.5
 * at risk, otherwise off track. No judged indicator at all → NO_DATA.
 */
export function rollUp(statuses: readonly IndicatorStatus[]): RollUp {
  const counts: StatusCounts = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 };
  for (const s of statuses) counts[s] += 1;
  const judged = statuses.length - counts.NO_DATA;
  if (judged === 0) return { counts, total: statuses.length, status: "NO_DATA" };
  const mean = (counts.AT_RISK * SCORE.AT_RISK + counts.OFF_TRACK * SCORE.OFF_TRACK) / judged;
  const status = mean < 0.5 ? "ON_TRACK" : mean < 1.5 ? "AT_RISK" : "OFF_TRACK";
  return { counts, total: statuses.length, status };
}
