import type { IndicatorStatus } from "@/lib/plans/status";

/**
 * Colours of the four statuses in the charts. The text (legend, table, badge) always names the
 * status; colour only echoes it. Each has ≥ 4.5:1 contrast on white.
 */
export const STATUS_COLOURS: Record<IndicatorStatus, string> = {
  ON_TRACK: "#0f766e",
  AT_RISK: "#b45309",
  OFF_TRACK: "#b91c1c",
  NO_DATA: "#475569",
};
